#!/usr/bin/env bash
# The fault run: starts a suite of its own (own ports, own PostgreSQL cluster, fresh databases),
# drives a steady, bounded load through the gateway on loopback, and while it runs stops
# insurance-service, then facility-service, then PostgreSQL, for a few seconds each, and brings
# each back. Then it counts every accepted write in the databases and prints a summary: requests
# sent, faults injected, answers and errors by class, readiness changes, recovery times, records
# accepted against records found. Exits 1 when any invariant is broken (see deploy/faults/README.md).
#
#   deploy/faults/run.sh                 build (./mvnw package, tests skipped), run, stop
#   SKIP_BUILD=1 deploy/faults/run.sh    use the services already packaged in */target/quarkus-app
#   KEEP=1 deploy/faults/run.sh          leave the suite running afterwards (stop it with
#                                        CARENET_LOCAL_DIR=.local/faults deploy/local/stop.sh)
#
# Defaults keep clear of deploy/local/start.sh's suite: ports 18080-18084, PostgreSQL from 55532,
# state (logs, pids, dev key, cluster, a copy of the packaged services) in .local/faults.
# Override with GATEWAY_PORT FACILITY_PORT ASSESSMENT_PORT INSURANCE_PORT REFERRAL_PORT PG_PORT CARENET_LOCAL_DIR;
# FAULTS_DOWN_SECONDS (8), FAULTS_STEADY_SECONDS (12), FAULTS_WARMUP_SECONDS (20) shape the run.
# Takes about four minutes on two cores with the build. Summary: .local/faults/faults-summary.txt.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export CARENET_LOCAL_DIR=${CARENET_LOCAL_DIR:-$ROOT/.local/faults}
export PG_PORT=${PG_PORT:-55532}
export GATEWAY_PORT=${GATEWAY_PORT:-18080} FACILITY_PORT=${FACILITY_PORT:-18081}
export ASSESSMENT_PORT=${ASSESSMENT_PORT:-18082} INSURANCE_PORT=${INSURANCE_PORT:-18083} REFERRAL_PORT=${REFERRAL_PORT:-18084}
export JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
export FAULTS_ROOT="$ROOT"
STATE=$CARENET_LOCAL_DIR
LOCAL="$ROOT/deploy/local"
mkdir -p "$STATE"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building (./mvnw package, tests neither compiled nor run)..."
  (cd "$ROOT" && ./mvnw -B -q package -Dmaven.test.skip=true)
fi
export SKIP_BUILD=1

# A suite of this state directory left from an earlier run goes first; then fresh databases.
"$LOCAL/stop.sh" --keep-db >/dev/null
for db in facility assessment insurance referral; do "$LOCAL/pg.sh" recreate-db "$db" >/dev/null; done

# The services run from a copy, so a build in the working tree during the run cannot change them.
export CARENET_APP_DIR="$STATE/apps"
rm -rf "$CARENET_APP_DIR"
mkdir -p "$CARENET_APP_DIR"
for s in facility-service assessment-service insurance-service referral-service gateway; do
  [ -f "$ROOT/$s/target/quarkus-app/quarkus-run.jar" ] || { echo "$s is not packaged: run without SKIP_BUILD" >&2; exit 1; }
  cp -a "$ROOT/$s/target/quarkus-app" "$CARENET_APP_DIR/$s"
done
# Each run's service logs start empty: the run scans them for the PHI it sent.
rm -rf "$STATE/logs"

stop_suite() {
  if [ "${KEEP:-0}" = 1 ]; then
    echo "The suite is still running (KEEP=1): gateway http://localhost:$GATEWAY_PORT; stop it with"
    echo "  CARENET_LOCAL_DIR=$STATE deploy/local/stop.sh"
  else
    "$LOCAL/stop.sh" >/dev/null
  fi
}
trap stop_suite EXIT

echo "Starting the suite on :$GATEWAY_PORT (services :$FACILITY_PORT :$ASSESSMENT_PORT :$INSURANCE_PORT :$REFERRAL_PORT), state in $STATE"
"$LOCAL/start.sh" >"$STATE/start.log" 2>&1 || { cat "$STATE/start.log" >&2; exit 1; }

java "$ROOT/deploy/faults/FaultRun.java"
