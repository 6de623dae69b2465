#!/usr/bin/env bash
# Stops what deploy/local/start.sh started: the four services, then PostgreSQL.
#   deploy/local/stop.sh --keep-db   leave PostgreSQL running
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN="$ROOT/.local/run"
for name in gateway insurance-service assessment-service facility-service; do
  pidfile="$RUN/$name.pid"
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "$name stopped"
  fi
  rm -f "$pidfile"
done
[ "${1:-}" = "--keep-db" ] || "$ROOT/deploy/local/pg.sh" stop
