#!/usr/bin/env bash
# kill -9 of the server under customer load, then `deployment/nura start` again: how long until it is ready, what the
# customers got meanwhile (JSON 503 from the gate, HTML, 404, 500, no answer), and whether every acknowledged message
# is stored with its answer. Run it with the environment the server was started with (NURA_HOME, NURA_PORT_BASE,
# NURA_DB_URL, API_KEY, ...: the restart uses it), e.g.
#   NURA_SKIP_BUILD=1 NURA_HOME=/tmp/nura NURA_PORT_BASE=8000 NURA_DB_URL=jdbc:postgresql://localhost:5432/nura \
#   NURA_URL=http://localhost:8080 FAULT_PSQL_URL=postgresql://postgres@localhost:5432/nura \
#     deployment/faults/kill-server.sh [SECONDS_BEFORE_KILL=10] [RATE_PER_SECOND=4] [LIMIT_SECONDS=300]
# It kills only the process in $NURA_HOME/payara6/glassfish/domains/nura/config/pid, and only when that is a java
# process of this domain.
. "$(dirname "$0")/lib.sh"
BEFORE="${1:-10}"; RATE="${2:-4}"; LIMIT="${3:-300}"
NURA="${FAULT_NURA:-$(cd "$(dirname "$0")/.." && pwd)/nura}"   # FAULT_NURA: another start script, e.g. an older one to compare
DOMAIN_DIR="${NURA_HOME:?set NURA_HOME (and the rest of the server environment)}/payara6/glassfish/domains/nura"
pid=$(cat "$DOMAIN_DIR/config/pid" 2>/dev/null) || { echo "no running domain under $DOMAIN_DIR" >&2; exit 2; }
grep -q "$DOMAIN_DIR" "/proc/$pid/cmdline" 2>/dev/null || { echo "pid $pid is not this domain's server" >&2; exit 2; }
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$NURA_URL/v1/health/ready")" == 200 ]] || { echo "not ready before the fault" >&2; exit 2; }

# customers: a new session and message every 1/RATE s until $OUT/stop exists (and never beyond LIMIT + 60 s)
customers() {
  local i=0 pause; pause=$(awk -v r="$RATE" 'BEGIN{printf "%.3f", 1/r}')
  while [[ ! -e "$OUT/stop" ]] && ((i < (LIMIT + BEFORE + 60) * RATE)); do
    send_one "$i" &
    i=$((i + 1)); sleep "$pause"
  done
  wait
}
customers &
load=$!
sleep "$BEFORE"
say "load average before the kill: $(load_avg); reference work on one core: $(cpu_ref)"
killed=$(now)
kill -9 "$pid"
say "killed the server (pid $pid) with kill -9; restarting with deployment/nura start"
NURA_SKIP_BUILD=1 "$NURA" start >"$OUT/start.log" 2>&1 &
starter=$!
ready=""
while [[ -z "$ready" ]] && awk -v k="$killed" -v n="$(now)" -v l="$LIMIT" 'BEGIN{exit !(n - k < l)}'; do
  [[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$NURA_URL/v1/health/ready")" == 200 ]] && ready=$(now)
  sleep 0.2
done
if [[ -n "$ready" ]]; then
  # CPU seconds the new server process used until ready: what the start costs whatever else the machine is doing
  cpu=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) / t}' "/proc/$(cat "$DOMAIN_DIR/config/pid")/stat" 2>/dev/null || echo "?")
  say "the new server used $cpu CPU seconds until ready (the machine has $(nproc) cores)"
  say "ready again $(awk -v k="$killed" -v r="$ready" 'BEGIN{printf "%.1f", r - k}') s after the kill (load average now $(load_avg); reference work: $(cpu_ref))"
else
  say "NOT ready within $LIMIT s of the kill; see $OUT/start.log"
fi
sleep 10 # customers keep coming after ready: those must all be answered
touch "$OUT/stop"
wait "$load"
wait "$starter" || say "deployment/nura start failed: $(tail -3 "$OUT/start.log")"
grep -o 'NURA is running ([0-9]* s)' "$OUT/start.log" | sed 's/^/[fault] deployment\/nura start: /' || true
report
bad=$(bad_answers)
say "answers a customer must not get (HTML, empty, 404, 5xx but 503): $bad"
[[ -n "$ready" && $bad == 0 ]]
