#!/usr/bin/env bash
# The customer message path against the no-op baseline, in the same run, on a running NURA server.
#
#   deployment/bench/message-load.sh [BASE_URL] [SECONDS] [CONNECTIONS]
#   (defaults: http://localhost:8080, 20, 32; 2 wrk threads; NURA_API_KEY (or API_KEY) lets it watch the job queue)
#
# Warms both paths up, then runs GET /v1/articles/{id} (no-op baseline) and POST /v1/message (Arabic, Kurmanji,
# Sorani and English questions from the tuning sets, new and continuing sessions mixed) for SECONDS each, and
# prints throughput, p50, p99, errors, the ratio of the two throughputs, and how long the background jobs the
# messages started (insights) took to drain after the load stopped.
# The server's customer rate limits must allow a benchmark from one address: start it with
# RATE_LIMIT_SESSIONS_PER_IP=0 RATE_LIMIT_MESSAGES_PER_IP=0 RATE_LIMIT_MESSAGES_PER_SESSION=0.
# Needs wrk (Debian: apt-get install wrk) and python3.
set -euo pipefail
BASE="${1:-http://localhost:8080}"
SECONDS_RUN="${2:-20}"
CONNECTIONS="${3:-32}"
KEY="${NURA_API_KEY:-${API_KEY:-}}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
EVAL="$HERE/../eval"
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }

QUESTIONS="$(mktemp --suffix=.lua)"
trap 'rm -f "$QUESTIONS"' EXIT
# tuning questions only: the held-out check (multilingual-check.csv) stays unseen by anything but its own run
python3 - "$QUESTIONS" "$EVAL"/intents-dev.csv "$EVAL"/kurmanji-dev.csv "$EVAL"/english-dev.csv "$EVAL"/arabizi-dev.csv <<'PY'
import csv, json, sys
out, files = sys.argv[1], sys.argv[2:]
qs = []
for name in files:
    with open(name, encoding="utf-8") as f:
        rows = (line for line in f if not line.startswith("#"))
        qs += [r["question"] for r in csv.DictReader(rows) if r.get("question")]
with open(out, "w", encoding="utf-8") as f:
    f.write("return {\n" + ",\n".join(json.dumps(q, ensure_ascii=False) for q in qs) + "\n}\n")
print(f"{len(qs)} questions", file=sys.stderr)
PY
export NURA_BENCH_QUESTIONS="$QUESTIONS"
field() { sed -nE "s/.*\\b$1=([0-9.]+).*/\\1/p" <<<"$2"; }

# The server's process (found by its port) lets each run also say how much CPU the server spent per request:
# on a shared machine that figure moves much less than throughput does.
PORT="$(sed -nE 's#^https?://[^:/]+:([0-9]+).*#\1#p' <<<"$BASE")"; PORT="${PORT:-80}"
SERVER_PID="${NURA_SERVER_PID:-$(ss -ltnpH "sport = :$PORT" 2>/dev/null | sed -nE 's/.*pid=([0-9]+).*/\1/p' | head -1)}"
cpu_ticks() { [[ -n "$SERVER_PID" ]] && awk '{print $14 + $15}' "/proc/$SERVER_PID/stat" || echo 0; }
run() { # script seconds -> the RESULT line, with the server's CPU milliseconds per request
  local before after line requests
  before=$(cpu_ticks)
  line="$(wrk -t2 -c"$CONNECTIONS" -d"${2}s" --timeout 5s --latency -s "$HERE/$1" "$BASE" | grep '^RESULT' | sed 's/^RESULT //')"
  after=$(cpu_ticks)
  requests=$(field requests "$line")
  if [[ -n "$SERVER_PID" && "${requests:-0}" -gt 0 ]]; then
    line+=" server_cpu_ms_per_request=$(python3 -c "print('%.2f' % (($after - $before) * 1000 / $(getconf CLK_TCK) / $requests))")"
  fi
  echo "$line"
}
queued() {
  curl -fsS -H "Authorization: Bearer $KEY" "$BASE/v1/jobs/counts" |
    python3 -c 'import json,sys; c=json.load(sys.stdin); c=c.get("counts", c); print(int(c.get("queued",0))+int(c.get("retrying",0)))'
}

echo "warm-up (10 s messages, 5 s baseline)"
run message-load.lua 10 >/dev/null
run noop-load.lua 5 >/dev/null
sleep 2
noop="$(run noop-load.lua "$SECONDS_RUN")"
echo "baseline GET /v1/articles: $noop"
msg="$(run message-load.lua "$SECONDS_RUN")"
end=$(date +%s%N)
echo "POST /v1/message:          $msg"
if [[ -n "$KEY" ]]; then
  while (( $(queued) > 0 )); do sleep 0.1; done
  echo "job queue empty $(( ($(date +%s%N) - end) / 1000000 )) ms after the load ended"
fi
python3 -c "print('ratio messages/baseline: %.3f' % ($(field rps "$msg") / $(field rps "$noop")))"
