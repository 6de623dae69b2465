#!/usr/bin/env bash
# Stops what deploy/local/start.sh started: the five services, then PostgreSQL.
#   deploy/local/stop.sh --keep-db             leave PostgreSQL running
#   deploy/local/stop.sh insurance-service ... stop only these services (PostgreSQL stays up)
# CARENET_LOCAL_DIR names the state directory of a suite started with the same override.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUN="${CARENET_LOCAL_DIR:-$ROOT/.local}/run"
services=(gateway referral-service insurance-service assessment-service facility-service)
keep_db=0
chosen=()
for a in "$@"; do
  case "$a" in
    --keep-db) keep_db=1 ;;
    gateway|facility-service|assessment-service|insurance-service|referral-service) chosen+=("$a"); keep_db=1 ;;
    *) echo "unknown argument: $a (--keep-db, or service names: ${services[*]})" >&2; exit 2 ;;
  esac
done
[ ${#chosen[@]} -eq 0 ] || services=("${chosen[@]}")
for name in "${services[@]}"; do
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
[ "$keep_db" = 1 ] || "$ROOT/deploy/local/pg.sh" stop
