#!/usr/bin/env bash
# Redis stopped for a third of the messages: NURA must answer and store them all (sessions from PostgreSQL alone).
# The script stops Redis with `redis-cli -p PORT shutdown nosave` and starts it with FAULT_REDIS_START (a command).
#   FAULT_REDIS_PORT=6379 FAULT_REDIS_START='redis-server --port 6379 --daemonize yes' NURA_URL=http://localhost:8080 \
#     deployment/faults/redis-outage.sh [MESSAGES=300]
. "$(dirname "$0")/lib.sh"
PORT="${FAULT_REDIS_PORT:?set FAULT_REDIS_PORT}"; START="${FAULT_REDIS_START:?set FAULT_REDIS_START}"
MESSAGES="${1:-300}"
third=$((MESSAGES / 3))
say "sending $MESSAGES messages; Redis on port $PORT down for the middle $third"
send_load "$third" 10 10
say "stopping Redis"; redis-cli -p "$PORT" shutdown nosave >/dev/null 2>&1 || true
curl -s -o /dev/null -w '[fault] /v1/health during the outage: %{http_code} in %{time_total} s\n' "$NURA_URL/v1/health"
send_load "$third" 10 10
say "starting Redis"; bash -c "$START"
send_load "$((MESSAGES - 2 * third))" 10 10
report
[[ $(awk '$1!=200' "$OUT/replies" | wc -l) == 0 ]]
