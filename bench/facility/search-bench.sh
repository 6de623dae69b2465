#!/usr/bin/env bash
# Search benchmark of facility-service (not run by CI). Loads the 2015 N-SSATS national file
# (11,924 sites) through POST /facilities/import, measures a radius+level search with wrk, then
# grows the catalog to 100,000 sites with jittered copies of the real rows and measures again.
#
#   bench/facility/search-bench.sh            # 30 s per size, 32 connections
#   DURATION=60 CONNECTIONS=64 bench/facility/search-bench.sh
#
# Needs: the packaged service (built here if missing), PostgreSQL server binaries (deploy/local/pg.sh),
# wrk (Debian: apt-get install wrk), openssl, curl. Uses its own database (facility_bench) and a
# throwaway signing key; talks to the service on loopback only; stops what it started.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${BENCH_PORT:-18081}
DB=${BENCH_DB:-facility_bench}
TARGET=${TARGET_SITES:-100000}
APP="$ROOT/facility-service/target/quarkus-app/quarkus-run.jar"
CSV="$ROOT/facility-service/src/test/resources/nssats-2015/facilities-2015.csv"
PG="$ROOT/deploy/local/pg.sh"

command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install wrk)" >&2; exit 1; }
[ -f "$APP" ] || (cd "$ROOT" && ./mvnw -B -q package -pl facility-service -DskipTests)

WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$PG" start >/dev/null
"$PG" recreate-db "$DB" >/dev/null
eval "$("$PG" env)"
psql_bench() { "$PG" psql -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }

# A signing key for this run only; the service trusts its public half.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
openssl rsa -in "$WORK/key.pem" -pubout -out "$WORK/public.pem" 2>/dev/null
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"https://bench.local","sub":"bench","upn":"bench","groups":["ADMIN"],"iat":%d,"exp":%d}' \
  "$now" $((now + 3600)) | b64url)
TOKEN="$header.$payload.$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)"

echo "== starting facility-service on 127.0.0.1:$PORT (database $DB)"
DB_HOST=$PGHOST DB_PORT=$PGPORT DB_USER=$PGUSER DB_PASSWORD=$PGPASSWORD DB_NAME=$DB \
  QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  QUARKUS_LOG_LEVEL=WARN MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/public.pem" JWT_ISSUER=https://bench.local \
  java -Xmx1g -jar "$APP" >"$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
  sleep 1
done

echo "== importing the 2015 national file"
start=$(date +%s.%N)
curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary @"$CSV" \
  "http://127.0.0.1:$PORT/facilities/import" -o "$WORK/import.json"
end=$(date +%s.%N)
python3 -c "import json,sys; r=json.load(open('$WORK/import.json')); print('   rows %(rows)d, imported %(imported)d, updated %(updated)d, rejected %(rejected)d' % r)"
printf '   import took %.1f s\n' "$(echo "$end - $start" | bc)"
psql_bench -c "ANALYZE facility" -c "ANALYZE program"

# 2,000 search centres: real sites' positions, each with a level of care; the same list at both sizes.
psql_bench -c "SELECT '/facilities?levelOfCare=' || (ARRAY['IOP','OP','DETOX','RESIDENTIAL','MAT'])[1 + (abs(hashtext(id::text)) % 5)]
  || '&lat=' || round(lat::numeric, 4) || '&lon=' || round(lon::numeric, 4) || '&radiusMiles=25'
  FROM facility WHERE lat IS NOT NULL ORDER BY md5(id::text) LIMIT 2000" > "$WORK/paths.txt"
sed "s|@PATHS@|$WORK/paths.txt|" "$HERE/search.lua" > "$WORK/search.lua"

measure() {
  local label=$1
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/search.lua" "http://127.0.0.1:$PORT" >/dev/null
  echo "== $label: radius 25 mi + level, $CONNECTIONS connections, ${DURATION}s"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$WORK/search.lua" "http://127.0.0.1:$PORT" | grep -E '^RESULT' \
    | sed "s/^RESULT/   $label/"
}

sites=$(psql_bench -c "SELECT count(*) FROM facility")
measure "$sites sites"

echo "== growing the catalog to $TARGET sites (jittered copies of the real rows, +-0.2 degrees)"
psql_bench <<SQL
CREATE TEMP TABLE copies AS
  SELECT gen_random_uuid() AS new_id, f.id AS orig_id, g
  FROM facility f CROSS JOIN generate_series(1, 20) g
  WHERE f.lat IS NOT NULL
  ORDER BY g, f.id
  LIMIT $TARGET - (SELECT count(*) FROM facility);
INSERT INTO facility (id, name, line1, line2, city, state, postal_code, lat, lon, phone, note, payment_types, languages,
                      directory_codes, source)
  SELECT c.new_id, f.name || ' (copy ' || c.g || ')', f.line1, f.line2, f.city, f.state, f.postal_code,
         greatest(-90, least(90, f.lat + (random() - 0.5) * 0.4)), greatest(-180, least(180, f.lon + (random() - 0.5) * 0.4)),
         f.phone, f.note, f.payment_types, f.languages, f.directory_codes, 'DIRECTORY'
  FROM copies c JOIN facility f ON f.id = c.orig_id;
INSERT INTO program (id, facility_id, level_of_care, asam_level, populations, conditions, medications)
  SELECT gen_random_uuid(), c.new_id, p.level_of_care, p.asam_level, p.populations, p.conditions, p.medications
  FROM copies c JOIN program p ON p.facility_id = c.orig_id;
ANALYZE facility;
ANALYZE program;
SQL
sites=$(psql_bench -c "SELECT count(*) FROM facility")
measure "$sites sites"

echo "== the plan of one search at this size"
psql_bench -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
  WITH c AS (SELECT ll_to_earth(41.6558, -83.5368) AS centre, 2 * earth() * sin(25 * 1609.344 / 6371008.8 / 2) AS chord)
  SELECT f.id FROM facility f, c WHERE f.deleted_at IS NULL
    AND cube_enlarge(c.centre, c.chord + 1, 3) @> f.earth AND cube_distance(f.earth, c.centre) <= c.chord
    AND f.levels && '{IOP}'" | sed 's/^/   /'
