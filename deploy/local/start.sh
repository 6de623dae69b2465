#!/usr/bin/env bash
# Builds and starts the whole suite on this machine: a private PostgreSQL (pg.sh), then
# facility-service :8081, assessment-service :8082, insurance-service :8083 and the gateway :8080,
# with the demo data, and waits until every one is ready. Running it again reuses what runs.
#   SKIP_BUILD=1 deploy/local/start.sh   start without rebuilding
# Stop everything with deploy/local/stop.sh. Logs: .local/logs/<service>.log
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE="$ROOT/.local"
HERE="$ROOT/deploy/local"
ISSUER=${JWT_ISSUER:-https://auth.carenet.local}
mkdir -p "$STATE/logs" "$STATE/run" "$STATE/jwt"

"$HERE/pg.sh" start
for db in facility assessment insurance; do "$HERE/pg.sh" ensure-db "$db"; done
eval "$("$HERE/pg.sh" env)"

# A development signing key, made on this machine and kept out of git (.local is ignored).
if [ ! -f "$STATE/jwt/private.pem" ]; then
  (umask 077; openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$STATE/jwt/private.pem" 2>/dev/null)
  openssl rsa -in "$STATE/jwt/private.pem" -pubout -out "$STATE/jwt/public.pem" 2>/dev/null
fi

# The gateway's API keys (hashes only), kept outside git; apikey.sh --local adds more.
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
  [ -f "$jar" ] || { echo "$jar missing: run without SKIP_BUILD" >&2; exit 1; }
  env QUARKUS_PROFILE=local QUARKUS_HTTP_PORT="$port" \
      DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_USER="$PGUSER" DB_PASSWORD="$PGPASSWORD" \
      MP_JWT_VERIFY_PUBLICKEY_LOCATION="$STATE/jwt/public.pem" JWT_ISSUER="$ISSUER" \
      "$@" nohup java -jar "$jar" >>"$STATE/logs/$name.log" 2>&1 &
  echo $! >"$STATE/run/$name.pid"
  echo "$name starting on :$port (pid $!)"
}

await_ready() {
  local name=$1 port=$2 deadline=$((SECONDS + 120))
  until curl -fs -o /dev/null "http://localhost:$port/q/health/ready"; do
    alive "$name" || { echo "$name exited; last lines of .local/logs/$name.log:" >&2; tail -n 20 "$STATE/logs/$name.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "$name not ready after 120 s; see .local/logs/$name.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "$name ready"
}

start_service facility-service 8081 DB_NAME=facility
start_service assessment-service 8082 DB_NAME=assessment
start_service insurance-service 8083 DB_NAME=insurance FACILITY_SERVICE_URL=http://localhost:8081
await_ready facility-service 8081
await_ready assessment-service 8082
await_ready insurance-service 8083
# Locally the gateway signs API-key callers' internal tokens with the dev issuer key, which the
# services already trust; in production it has a key of its own that the services also trust.
start_service gateway 8080 FACILITY_SERVICE_URL=http://localhost:8081 \
  ASSESSMENT_SERVICE_URL=http://localhost:8082 INSURANCE_SERVICE_URL=http://localhost:8083 \
  SMALLRYE_JWT_SIGN_KEY_LOCATION="$STATE/jwt/private.pem" \
  QUARKUS_CONFIG_LOCATIONS="$STATE/gateway/api-keys.properties" \
  CORS_ORIGINS="http://localhost:3000,http://localhost:5173"
await_ready gateway 8080

cat <<TXT

The suite is up.
  Public API (gateway)   http://localhost:8080/api/v1/facilities
  Swagger UI             http://localhost:8080/q/swagger-ui
  OpenAPI document       http://localhost:8080/q/openapi
  Health                 http://localhost:8080/q/health/ready
  facility-service       http://localhost:8081/q/swagger-ui
  assessment-service     http://localhost:8082/q/swagger-ui
  insurance-service      http://localhost:8083/q/swagger-ui
  PostgreSQL             127.0.0.1:$PGPORT (deploy/local/pg.sh psql -d facility)

A token for a role (CALL_CENTER, ADMISSIONS, PARTNER, ADMIN), signed with the local dev key:
  TOKEN=\$(deploy/local/token.sh ADMIN)
  curl -H "Authorization: Bearer \$TOKEN" http://localhost:8080/api/v1/facilities
An API key for a machine client: deploy/local/apikey.sh helpline PARTNER --local (then restart the gateway)
Stop everything: deploy/local/stop.sh
TXT
