#!/usr/bin/env bash
# PostgreSQL stopped for a while under load, then started again: every acknowledged message must be stored, every
# refused one must be a 503 JSON error. It stops and starts ONLY the cluster named in FAULT_PG_CLUSTER ("15/nura"),
# with pg_ctlcluster: never point it at a cluster other applications use.
#   FAULT_PG_CLUSTER=15/faults NURA_URL=http://localhost:8080 FAULT_PSQL_URL=postgresql://postgres@localhost:5433/nura \
#     deployment/faults/postgres-restart.sh [MESSAGES=300] [DOWN_SECONDS=12]
. "$(dirname "$0")/lib.sh"
CLUSTER="${FAULT_PG_CLUSTER:?set FAULT_PG_CLUSTER=VERSION/NAME of a cluster this script may restart}"
MESSAGES="${1:-300}"; DOWN="${2:-12}"
say "sending $MESSAGES messages over ~30 s; PostgreSQL cluster $CLUSTER stopped for $DOWN s in the middle"
send_load "$MESSAGES" 10 30 &
load=$!
sleep 8
say "stopping $CLUSTER"; pg_ctlcluster ${CLUSTER/\// } stop -m fast
sleep "$DOWN"
say "starting $CLUSTER"; pg_ctlcluster ${CLUSTER/\// } start
up=$(date +%s.%N)
wait "$load"
say "ready again after $(wait_status /v1/health/ready 60) s"
report
bad=$(awk '$1!=200 && $1!=503' "$OUT/replies" | wc -l)
say "answers other than 200 and 503: $bad"
[[ $bad == 0 ]]
