#!/usr/bin/env bash
# The job broker restarted under job load: every customer message enqueues an insight job; while they flow, the broker
# is restarted. Payara Server's OpenMQ broker runs inside the server's JVM (EMBEDDED) and cannot be restarted alone, so
# this restarts the server (`deployment/nura restart`: listeners closed, the gate answers JSON 503, broker and server
# stop, start again). Then no job may be lost: every acknowledged message gets its message_insights row, no job stays
# queued. Jobs the safety net (JobRecovery, every JOB_RECOVERY_INTERVAL_SECONDS) had to send again are counted apart.
# Run it with the environment the server was started with (NURA_HOME, NURA_PORT_BASE, NURA_DB_URL, API_KEY, ...):
#   NURA_SKIP_BUILD=1 NURA_HOME=... NURA_PORT_BASE=... NURA_DB_URL=... NURA_URL=http://localhost:PORT \
#   FAULT_PSQL_URL=postgresql://postgres@localhost:5432/nura deployment/faults/broker-restart.sh \
#     [SECONDS_BEFORE=10] [RATE_PER_SECOND=8] [WAIT_SECONDS=300]
. "$(dirname "$0")/lib.sh"
BEFORE="${1:-10}"; RATE="${2:-8}"; WAIT="${3:-300}"
NURA="${FAULT_NURA:-$(cd "$(dirname "$0")/.." && pwd)/nura}"   # FAULT_NURA: another start script, e.g. an older one to compare
LOG="${NURA_HOME:?set NURA_HOME (and the rest of the server environment)}/payara6/glassfish/domains/nura/logs/server.log"
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$NURA_URL/v1/health/ready")" == 200 ]] || { echo "not ready before the fault" >&2; exit 2; }
sql() { psql "$PSQL_URL" -tAc "$1"; }
since=$(sql "SELECT now()")
log_lines=$(wc -l <"$LOG")

customers() {
  local i=0 pause; pause=$(awk -v r="$RATE" 'BEGIN{printf "%.3f", 1/r}')
  while [[ ! -e "$OUT/stop" ]] && ((i < (WAIT + BEFORE) * RATE)); do
    send_one "$i" &
    i=$((i + 1)); sleep "$pause"
  done
  wait
}
customers &
load=$!
sleep "$BEFORE"
say "jobs queued at the restart: $(sql "SELECT count(*) FROM jobs WHERE created_at >= '$since' AND status = 'queued'"); load average $(load_avg)"
restarted=$(now)
say "restarting the server and its broker (deployment/nura restart)"
NURA_SKIP_BUILD=1 "$NURA" restart >"$OUT/restart.log" 2>&1 || { say "restart failed: $(tail -3 "$OUT/restart.log")"; touch "$OUT/stop"; wait; exit 1; }
ready=$(now)
say "ready again $(awk -v a="$restarted" -v b="$ready" 'BEGIN{printf "%.1f", b - a}') s after the restart began (load average $(load_avg))"
sleep 10
touch "$OUT/stop"
wait "$load"

# every job of the run done (or retried to its end) within WAIT seconds
left=""
for _ in $(seq 1 "$((WAIT / 2))"); do
  left=$(sql "SELECT count(*) FROM jobs WHERE created_at >= '$since' AND status = 'queued'")
  [[ $left == 0 ]] && break
  sleep 2
done
drained=$(now)
say "jobs of the run by type and status: $(sql "SELECT string_agg(job_type || ' ' || status || ' ×' || n, ', ') FROM (SELECT job_type, status, count(*) n FROM jobs WHERE created_at >= '$since' GROUP BY 1, 2) t")"
say "queue drained $(awk -v a="$ready" -v b="$drained" 'BEGIN{printf "%.1f", b - a}') s after ready; still queued: $left"
say "jobs delivered more than once (attempts > 1): $(sql "SELECT count(*) FROM jobs WHERE created_at >= '$since' AND attempts > 1")"
say "sent again by the recovery sweep: $(tail -n +"$((log_lines + 1))" "$LOG" | grep -o 'Job recovery sent [0-9]*' | awk '{s += $4} END {print s + 0}')"
ids=$(awk '$1==200 && $3!="-" && $3!="" {printf "%s\x27%s\x27", (n++ ? "," : ""), $3}' "$OUT/replies")
missing=0
# the answer's message_id is the assistant's row; the insight is written for the customer's message of the same
# session (each customer here has a session of its own)
[[ -n "$ids" ]] && missing=$(sql "SELECT count(*) FROM conversation_logs c WHERE c.message_id IN ($ids) AND NOT EXISTS (SELECT 1 FROM message_insights i WHERE i.session_id = c.session_id)")
say "acknowledged messages without their insight (jobs lost): $missing"
report
bad=$(bad_answers)
say "answers a customer must not get (HTML, empty, 404, 5xx but 503): $bad"
[[ $left == 0 && $missing == 0 && $bad == 0 ]]
