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
  body=$(curl -s -m 30 -o "$OUT/r.$i" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
    -d "{\"message\":\"${QUESTIONS[$((i % ${#QUESTIONS[@]}))]}\"}" "$NURA_URL/v1/message" || echo "000 30")
  status=${body%% *}
  local id=""
  [[ $status == 200 ]] && id=$(grep -o '"message_id":"[^"]*"' "$OUT/r.$i" | cut -d'"' -f4 || true)
  local json=yes; [[ -s "$OUT/r.$i" ]] && ! head -c1 "$OUT/r.$i" | grep -q '{' && json=no
  echo "$body $id $json" >>"$OUT/replies"
  rm -f "$OUT/r.$i"
}

# send COUNT messages, CONCURRENCY at a time, spread over about SECONDS
send_load() {
  local count=$1 concurrency=$2 seconds=$3 i
  local pause; pause=$(awk -v s="$seconds" -v c="$count" -v k="$concurrency" 'BEGIN{printf "%.3f", s*k/c}')
  for ((i = 0; i < count; i++)); do
    send_one "$i" &
    if (((i + 1) % concurrency == 0)); then wait; sleep "$pause"; fi
  done
  wait
}

# what was sent, acknowledged, refused (by status), answered as non-JSON, stored and lost
report() {
  local sent acked stored=0 lost ids
  sent=$(wc -l <"$OUT/replies")
  acked=$(awk '$1==200' "$OUT/replies" | wc -l)
  ids=$(awk '$1==200 && $3!="" {printf "%s\x27%s\x27", (n++ ? "," : ""), $3}' "$OUT/replies")
  if [[ -n "$ids" ]]; then
    stored=$(psql "$PSQL_URL" -tAc "SELECT count(DISTINCT message_id) FROM conversation_logs WHERE message_id IN ($ids)")
  fi
  lost=$((acked - stored))
  say "sent $sent, acknowledged $acked, stored $stored, lost $lost"
  say "answers by status: $(awk '{print $1}' "$OUT/replies" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
  say "non-JSON error bodies: $(awk '$1!=200 && $4=="no"' "$OUT/replies" | wc -l)"
  say "latency of acknowledged (s): $(awk '$1==200 {print $2}' "$OUT/replies" | sort -n | awk '{a[NR]=$1} END{if(NR) printf "median %.2f p99 %.2f max %.2f", a[int((NR+1)/2)], a[int(NR*0.99+0.5)>0?int(NR*0.99+0.5):1], a[NR]}')"
  say "raw answers: $OUT/replies"
  [[ $lost == 0 ]]
}

# seconds until GET path answers 200 (polls every 0.2 s, at most LIMIT seconds)
wait_status() {
  local path=$1 limit=$2 start=$SECONDS
  until [[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$NURA_URL$path")" == 200 ]]; do
    ((SECONDS - start < limit)) || return 1
    sleep 0.2
  done
  echo $((SECONDS - start))
}
