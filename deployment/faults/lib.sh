# Shared by the fault scripts: send customer messages, count what was acknowledged, check what PostgreSQL stored.
# Loopback only: NURA_URL must point at this machine.
set -euo pipefail
NURA_URL="${NURA_URL:-http://localhost:8080}"
PSQL_URL="${FAULT_PSQL_URL:-postgresql://postgres@localhost:5432/nura}"   # the database the server writes to
case "$NURA_URL" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "NURA_URL must be http://localhost:PORT" >&2; exit 2;; esac
OUT="$(mktemp -d "${TMPDIR:-/tmp}/nura-fault.XXXXXX")"
QUESTIONS=("How do I activate an eSIM?" "What are your working hours?" "My internet is very slow" "How do I top up?")

say() { printf '[fault] %s\n' "$*"; }

# one message in its own new session; writes "status seconds message_id" to $OUT/replies
send_one() {
  local i=$1 body status
  # each customer from an address of its own (the server must trust this machine as its proxy: TRUSTED_PROXIES=127.0.0.1),
  # so that the per-address limits on new sessions do not answer a fault run with 429s
  body=$(curl -s -m 30 -o "$OUT/r.$i" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
    -H "X-Forwarded-For: 10.$((i / 65536 % 256)).$((i / 256 % 256)).$((i % 256 + 1))" \
    -d "{\"message\":\"${QUESTIONS[$((i % ${#QUESTIONS[@]}))]}\"}" "$NURA_URL/v1/message") || true
  body=${body:-000 30} # curl writes "000 <time>" itself when no answer came
  status=${body%% *}
  local id="-" # a column of its own even when there is no id, so that the JSON column stays the fourth
  [[ $status == 200 ]] && id=$(grep -o '"message_id":"[^"]*"' "$OUT/r.$i" | cut -d'"' -f4 || true)
  [[ -n "$id" ]] || id="-"
  local json=yes
  if [[ ! -s "$OUT/r.$i" ]]; then json=empty; elif ! head -c1 "$OUT/r.$i" | grep -q '{'; then json=no; fi
  echo "$body $id $json" >>"$OUT/replies"
  rm -f "$OUT/r.$i"
}

# send COUNT messages, CONCURRENCY at a time, spread over about SECONDS
# (waits for its own requests only: a caller's background helper, such as the fake LLM, runs on)
send_load() {
  local count=$1 concurrency=$2 seconds=$3 i pids=()
  local pause; pause=$(awk -v s="$seconds" -v c="$count" -v k="$concurrency" 'BEGIN{printf "%.3f", s*k/c}')
  for ((i = 0; i < count; i++)); do
    send_one "$i" &
    pids+=($!)
    if (((i + 1) % concurrency == 0)); then wait "${pids[@]}"; pids=(); sleep "$pause"; fi
  done
  ((${#pids[@]} == 0)) || wait "${pids[@]}"
}

# what was sent, acknowledged, refused (by status), answered as non-JSON, stored and lost
report() {
  local sent acked stored=0 lost ids
  sent=$(wc -l <"$OUT/replies")
  acked=$(awk '$1==200' "$OUT/replies" | wc -l)
  ids=$(awk '$1==200 && $3!="-" && $3!="" {printf "%s\x27%s\x27", (n++ ? "," : ""), $3}' "$OUT/replies")
  if [[ -n "$ids" ]]; then
    stored=$(psql "$PSQL_URL" -tAc "SELECT count(DISTINCT message_id) FROM conversation_logs WHERE message_id IN ($ids)")
  fi
  local half=0
  if [[ -n "$ids" ]]; then
    half=$(psql "$PSQL_URL" -tAc "SELECT count(*) FROM conversation_logs WHERE message_id IN ($ids) AND response IS NULL")
  fi
  lost=$((acked - stored))
  say "sent $sent, acknowledged $acked, stored $stored, lost $lost, half-written (no answer stored) $half"
  say "answers by status (000: no answer, connection refused or reset): $(awk '{print $1}' "$OUT/replies" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
  say "by kind: $(classes)"
  say "non-JSON error bodies: $(awk '$1!=200 && $1!="000" && $4!="yes"' "$OUT/replies" | wc -l)"
  say "latency of acknowledged (s): $(awk '$1==200 {print $2}' "$OUT/replies" | sort -n | awk '{a[NR]=$1} END{if(NR) {i = int(NR*0.99+0.5); if (i < 1) i = 1; printf "median %.2f p99 %.2f max %.2f", a[int((NR+1)/2)], a[i], a[NR]}}')"
  say "raw answers: $OUT/replies"
  [[ $lost == 0 && $half == 0 ]]
}

# the answers sorted into what a client can tell apart: acknowledged, JSON 503, any HTML, 404, 500, no answer
classes() {
  awk '{ if ($1 == 200) k = "200"; else if ($1 == "000") k = "no-answer"; else if ($4 == "no") k = "HTML/other-" $1;
         else if ($4 == "empty") k = "empty-" $1; else k = "JSON-" $1; n[k]++ }
       END { for (k in n) printf "%s×%d ", k, n[k] }' "$OUT/replies"
}

# what a client could not accept during a fault: HTML or empty error bodies, a 404, a 5xx other than 503
bad_answers() { awk '$1 != 200 && $1 != "000" && ($4 != "yes" || $1 == 404 || ($1 >= 500 && $1 != 503))' "$OUT/replies" | wc -l; }

# seconds (with fractions) since the epoch, and the load average, for the figures
now() { date +%s.%N; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }

# seconds until GET path answers 200 (polls every 0.2 s, at most LIMIT seconds)
wait_status() {
  local path=$1 limit=$2 start=$SECONDS
  until [[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$NURA_URL$path")" == 200 ]]; do
    ((SECONDS - start < limit)) || return 1
    sleep 0.2
  done
  echo $((SECONDS - start))
}

# how much slower than its CPU time a fixed piece of single-threaded work runs now ("wall/cpu", 1.0 on an idle
# machine): start-up times measured on a shared machine are compared through it
cpu_ref() {
  python3 -c '
import hashlib, time
w, c = time.monotonic(), time.process_time()
h = hashlib.sha256()
for _ in range(5000): h.update(b"x" * 65536)
w, c = time.monotonic() - w, time.process_time() - c
print("%.2f s for %.2f s CPU: %.1fx" % (w, c, w / c))'
}
