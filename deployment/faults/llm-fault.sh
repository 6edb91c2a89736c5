#!/usr/bin/env bash
# The LLM answering 500 or hanging: customers must still be answered at once, and questions the on-box model answers
# confidently must keep their normal latency. Starts a fake OpenAI-compatible server (fake-llm.py) on loopback; the
# server under test must have been started with OPENAI_API_KEY set and OPENAI_BASE_URL=http://127.0.0.1:PORT/v1.
#   NURA_URL=http://localhost:8080 API_KEY=... FAULT_LLM_PORT=8092 FAULT_PSQL_URL=... \
#     deployment/faults/llm-fault.sh hang|500 [CUSTOMERS=40]
. "$(dirname "$0")/lib.sh"
MODE="${1:?hang or 500}"; CUSTOMERS="${2:-40}"; PORT="${FAULT_LLM_PORT:?set FAULT_LLM_PORT}"
AUTH="Authorization: Bearer ${API_KEY:?set API_KEY: the bearer of the server}"
python3 "$(dirname "$0")/fake-llm.py" "$PORT" "$MODE" 120 &
fake=$!
ai_switch() { curl -s -o /dev/null -X PUT -H "$AUTH" -H 'Content-Type: application/json' -d "{\"enabled\":$1}" "$NURA_URL/v1/admin/ai"; }
trap 'kill $fake 2>/dev/null; ai_switch false' EXIT
sleep 1
# /v1/health N times, 0.2 s apart: "median X s, max Y s" (one sample on a shared machine may just wait for a core)
health_times() {
  local i
  for ((i = 0; i < $1; i++)); do
    curl -s -o /dev/null -m 10 -w '%{time_total}\n' "$NURA_URL/v1/health"; sleep 0.2
  done | sort -n | awk '{a[NR]=$1} END{printf "median %.2f s, max %.2f s", a[int((NR+1)/2)], a[NR]}'
}
say "/v1/health before the fault: $(health_times 7)"
say "baseline: $CUSTOMERS confident questions with the AI switch off"
QUESTIONS=("How do I activate an eSIM?" "What are your working hours?")
send_load "$CUSTOMERS" "$CUSTOMERS" 1; mv "$OUT/replies" "$OUT/baseline"
ai_switch true
say "LLM $MODE: $CUSTOMERS customers at once, half with questions only the LLM could answer"
QUESTIONS=("How do I activate an eSIM?" "Zxq vbnm kjhg wrtp, what about the quantum router warranty?")
send_load "$CUSTOMERS" "$CUSTOMERS" 1 &
load=$!
sleep 1
say "/v1/health during the fault: $(health_times 7)"
wait "$load"
# the p-th quantile (0..1) of the latency column of an answers file
pct() { awk '{print $2}' "$1" | sort -n | awk -v q="$2" '{a[NR]=$1} END{i=int(NR*q+0.5); if (i<1) i=1; printf "%.2f", a[i]}'; }
base50=$(pct "$OUT/baseline" 0.5); base99=$(pct "$OUT/baseline" 0.99)
fault50=$(pct "$OUT/replies" 0.5); fault99=$(pct "$OUT/replies" 0.99)
say "baseline: p50 $base50 s, p99 $base99 s; during the fault: p50 $fault50 s, p99 $fault99 s"
report
