#!/usr/bin/env bash
# Builds and starts the whole suite on this machine: a private PostgreSQL (pg.sh), then
# facility-service :8081, assessment-service :8082, insurance-service :8083, referral-service :8084
# and the gateway :8080,
# with the demo data, and waits until every one is ready. Running it again reuses what runs (and
# starts again whichever service is not running).
#   SKIP_BUILD=1 deploy/local/start.sh   start without rebuilding
# Stop everything with deploy/local/stop.sh. Logs: .local/logs/<service>.log
#
# A second suite beside the first (deploy/faults/run.sh runs one) overrides, all optional:
#   CARENET_LOCAL_DIR   state directory instead of .local (logs, pids, dev key, PostgreSQL cluster)
#   PG_PORT             first port pg.sh tries for a new cluster (default 55432)
#   GATEWAY_PORT FACILITY_PORT ASSESSMENT_PORT INSURANCE_PORT REFERRAL_PORT   (default 8080 ... 8084)
#   CARENET_APP_DIR     run <dir>/<service>/quarkus-run.jar instead of <service>/target/quarkus-app
#   JAVA_OPTS           extra JVM options for the services (e.g. -Xmx256m)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${CARENET_LOCAL_DIR:-$ROOT/.local}
HERE="$ROOT/deploy/local"
ISSUER=${JWT_ISSUER:-https://auth.carenet.local}
GATEWAY_PORT=${GATEWAY_PORT:-8080}
FACILITY_PORT=${FACILITY_PORT:-8081}
ASSESSMENT_PORT=${ASSESSMENT_PORT:-8082}
INSURANCE_PORT=${INSURANCE_PORT:-8083}
REFERRAL_PORT=${REFERRAL_PORT:-8084}
mkdir -p "$STATE/logs" "$STATE/run" "$STATE/jwt"

"$HERE/pg.sh" start
for db in facility assessment insurance referral; do "$HERE/pg.sh" ensure-db "$db"; done
eval "$("$HERE/pg.sh" env)"

# A development signing key, made on this machine and kept out of git (.local is ignored).
if [ ! -f "$STATE/jwt/private.pem" ]; then
  (umask 077; openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$STATE/jwt/private.pem" 2>/dev/null)
  openssl rsa -in "$STATE/jwt/private.pem" -pubout -out "$STATE/jwt/public.pem" 2>/dev/null
fi

# The gateway's API keys (hashes only), kept outside git; apikey.sh --local adds more while the
# gateway runs (it reads the file again when it changes).
mkdir -p "$STATE/gateway"
touch "$STATE/gateway/api-keys.properties"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building (./mvnw package, tests skipped)..."
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi

alive() { [ -f "$STATE/run/$1.pid" ] && kill -0 "$(cat "$STATE/run/$1.pid")" 2>/dev/null; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_service() {
  local name=$1 port=$2; shift 2
  if alive "$name"; then echo "$name already running (pid $(cat "$STATE/run/$name.pid"))"; return; fi
  port_in_use "$port" && { echo "port $port is taken by another process; free it or stop it first" >&2; exit 1; }
  local jar="$ROOT/$name/target/quarkus-app/quarkus-run.jar"
  [ -z "${CARENET_APP_DIR:-}" ] || jar="$CARENET_APP_DIR/$name/quarkus-run.jar"
  [ -f "$jar" ] || { echo "$jar missing: run without SKIP_BUILD" >&2; exit 1; }
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  env QUARKUS_PROFILE=local QUARKUS_HTTP_PORT="$port" \
      DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_USER="$PGUSER" DB_PASSWORD="$PGPASSWORD" \
      MP_JWT_VERIFY_PUBLICKEY_LOCATION="$STATE/jwt/public.pem" JWT_ISSUER="$ISSUER" \
      "$@" nohup java ${JAVA_OPTS:-} -jar "$jar" >>"$STATE/logs/$name.log" 2>&1 &
  echo $! >"$STATE/run/$name.pid"
  echo "$name starting on :$port (pid $!)"
}

await_ready() {
  local name=$1 port=$2 deadline=$((SECONDS + 120))
  until curl -fs -o /dev/null "http://localhost:$port/q/health/ready"; do
    alive "$name" || { echo "$name exited; last lines of $STATE/logs/$name.log:" >&2; tail -n 20 "$STATE/logs/$name.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "$name not ready after 120 s; see $STATE/logs/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$name ready"
}

start_service facility-service "$FACILITY_PORT" DB_NAME=facility
start_service assessment-service "$ASSESSMENT_PORT" DB_NAME=assessment
start_service insurance-service "$INSURANCE_PORT" DB_NAME=insurance FACILITY_SERVICE_URL="http://localhost:$FACILITY_PORT"
start_service referral-service "$REFERRAL_PORT" DB_NAME=referral FACILITY_SERVICE_URL="http://localhost:$FACILITY_PORT" \
  INSURANCE_SERVICE_URL="http://localhost:$INSURANCE_PORT"
await_ready facility-service "$FACILITY_PORT"
await_ready assessment-service "$ASSESSMENT_PORT"
await_ready insurance-service "$INSURANCE_PORT"
await_ready referral-service "$REFERRAL_PORT"
# Locally the gateway signs API-key callers' internal tokens with the dev issuer key, which the
# services already trust; in production it has a key of its own that the services also trust.
start_service gateway "$GATEWAY_PORT" FACILITY_SERVICE_URL="http://localhost:$FACILITY_PORT" \
  ASSESSMENT_SERVICE_URL="http://localhost:$ASSESSMENT_PORT" INSURANCE_SERVICE_URL="http://localhost:$INSURANCE_PORT" \
  REFERRAL_SERVICE_URL="http://localhost:$REFERRAL_PORT" \
  GATEWAY_PUBLIC_URL="http://localhost:$GATEWAY_PORT" GATEWAY_PUBLIC_ENVIRONMENT=local \
  SMALLRYE_JWT_SIGN_KEY_LOCATION="$STATE/jwt/private.pem" \
  GATEWAY_API_KEYS_FILE="$STATE/gateway/api-keys.properties" \
  CORS_ORIGINS="http://localhost:3000,http://localhost:5173"
await_ready gateway "$GATEWAY_PORT"

cat <<TXT

The suite is up.
  Public API (gateway)   http://localhost:$GATEWAY_PORT/api/v1/facilities
  Swagger UI             http://localhost:$GATEWAY_PORT/q/swagger-ui
  OpenAPI document       http://localhost:$GATEWAY_PORT/q/openapi
  Health                 http://localhost:$GATEWAY_PORT/q/health/ready
  facility-service       http://localhost:$FACILITY_PORT/q/swagger-ui
  assessment-service     http://localhost:$ASSESSMENT_PORT/q/swagger-ui
  insurance-service      http://localhost:$INSURANCE_PORT/q/swagger-ui
  referral-service       http://localhost:$REFERRAL_PORT/q/swagger-ui
  PostgreSQL             127.0.0.1:$PGPORT (deploy/local/pg.sh psql -d facility)

A token for a role (CALL_CENTER, ADMISSIONS, PARTNER, ADMIN), signed with the local dev key:
  TOKEN=\$(deploy/local/token.sh ADMIN)
  curl -H "Authorization: Bearer \$TOKEN" http://localhost:$GATEWAY_PORT/api/v1/facilities
An API key for a machine client: deploy/local/apikey.sh helpline PARTNER --local (works at once, no restart)
Stop everything: deploy/local/stop.sh
TXT
