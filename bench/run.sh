#!/usr/bin/env bash
# The benchmark suite (not run by CI; about 20 minutes on 2 cores). One command:
#
#   bench/run.sh
#
# Builds the services (./mvnw package, tests skipped) and runs a suite of its own from a copy of
# the packaged jars (deploy/local/start.sh with ports 28080-28083, its own PostgreSQL cluster from
# port 55632 and state in .local/bench), so nothing else on the machine is touched. Then:
#   1. start-up: each service restarted alone, time from process start to /q/health/ready, and its
#      resident memory (VmRSS) idle a few seconds later;
#   2. facility search (radius 25 mi + one level around real sites' positions, with a CALL_CENTER
#      token) at 1k, 12k (the 2015 national file, imported through the API) and 100k sites (jittered
#      copies of the real rows), each at 1, 8, 32 and 128 concurrent clients: directly on
#      facility-service, through the gateway, and the service's own SQL through pgbench;
#   3. at 12k, through the gateway: care matches, network checks of 50 facilities, instrument
#      scoring, coverage-request intake, partner referrals (POST /referrals, with consent and
#      insurance, so each is checked against facility-service and insurance-service) and the levels
#      of care (GET /levels-of-care), at the same concurrencies;
#   4. cold starts at 12k: each service restarted alone and, the moment /q/health/ready says UP,
#      the first request that needs it sent through the gateway, its latency against the care
#      match's budget (2 s);
#   5. the resident memory of each service, sampled every second, idle and under load.
# The CPU time wrk or pgbench itself used is measured for every figure and printed beside it, as a
# share of the machine's cores: the load generator competes with what it measures.
# Load comes from wrk (or pgbench) in separate processes on loopback, bounded in time: each figure
# is WARMUP seconds unrecorded, then DURATION seconds recorded. Results: bench/results/results.md
# (tables, targets met or missed), bench/results/search-scaling.png, and the raw figures beside them.
#
# Settings (environment): DURATION (10) WARMUP (3) FIRST_WARMUP (15) CLIENTS ("1 8 32 128")
#   SIZES ("1000 12000 100000": 12000 stands for the whole national file; 1000000 may be added)
#   STARTUP_RUNS (3) SKIP_COLD=1 (no cold-start figures)
#   SKIP_BUILD=1 (use */target/quarkus-app as packaged) KEEP=1 (leave the suite running)
#   WAIT_LOAD (1.0) WAIT_LOAD_MAX (900): wait up to WAIT_LOAD_MAX seconds for the 1-minute load
#   average to fall below WAIT_LOAD before measuring (0 skips the wait)
#   JAVA_OPTS ("-XX:MaxRAM=320m -XX:MaxRAMPercentage=40 -XX:+UseSerialGC", with MALLOC_ARENA_MAX=2:
#   the JVM sized as in the Kubernetes manifests, whose containers are limited to 320 MiB)
#   RESULTS (bench/results) SKIP_OTHER=1
# The gateway's rate limits are raised for the run (GATEWAY_RATE_LIMIT_* below): every request
# still passes through the limiter, but no bucket runs dry, so no 429 distorts a figure.
# Needs: JDK 17+, PostgreSQL server binaries with pgbench, wrk, openssl, curl (Debian:
# apt-get install postgresql postgresql-contrib wrk).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
LOCAL="$ROOT/deploy/local"
export CARENET_LOCAL_DIR=${CARENET_LOCAL_DIR:-$ROOT/.local/bench}
export PG_PORT=${PG_PORT:-55632}
export GATEWAY_PORT=${GATEWAY_PORT:-28080} FACILITY_PORT=${FACILITY_PORT:-28081}
export ASSESSMENT_PORT=${ASSESSMENT_PORT:-28082} INSURANCE_PORT=${INSURANCE_PORT:-28083} REFERRAL_PORT=${REFERRAL_PORT:-28084}
export JAVA_OPTS=${JAVA_OPTS:--XX:MaxRAM=320m -XX:MaxRAMPercentage=40 -XX:+UseSerialGC}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export QUARKUS_LOG_CONSOLE_JSON_ENABLED=false
# Rate limits for the bench only (requests per minute per client and route class).
export GATEWAY_RATE_LIMIT_READ=${GATEWAY_RATE_LIMIT_READ:-100000000}
export GATEWAY_RATE_LIMIT_WRITE=${GATEWAY_RATE_LIMIT_WRITE:-100000000}
export GATEWAY_RATE_LIMIT_ANONYMOUS_READ=${GATEWAY_RATE_LIMIT_ANONYMOUS_READ:-100000000}
export GATEWAY_RATE_LIMIT_ANONYMOUS_WRITE=${GATEWAY_RATE_LIMIT_ANONYMOUS_WRITE:-100000000}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-3}
FIRST_WARMUP=${FIRST_WARMUP:-15}
CLIENTS=${CLIENTS:-1 8 32 128}
SIZES=${SIZES:-1000 12000 100000}
STARTUP_RUNS=${STARTUP_RUNS:-3}
WAIT_LOAD=${WAIT_LOAD:-1.0}
WAIT_LOAD_MAX=${WAIT_LOAD_MAX:-900}
RESULTS=${RESULTS:-$HERE/results}
STATE=$CARENET_LOCAL_DIR
WORK="$STATE/work"
CSV="$ROOT/facility-service/src/test/resources/nssats-2015/facilities-2015.csv"
SERVICES=(facility-service assessment-service insurance-service referral-service gateway)

missing() { echo "$1 is missing (Debian: apt-get install postgresql postgresql-contrib wrk curl openssl python3)" >&2; exit 1; }
# wrk is the one tool a fresh machine lacks: installed from Debian's packages when we may.
if ! command -v wrk >/dev/null && command -v apt-get >/dev/null; then
  if [ "$(id -u)" = 0 ]; then SUDO=(); else SUDO=(sudo -n); fi
  echo "== installing wrk (apt-get install wrk)"
  "${SUDO[@]}" apt-get install -y -q wrk >/dev/null 2>&1 \
    || { "${SUDO[@]}" apt-get update -q >/dev/null 2>&1 && "${SUDO[@]}" apt-get install -y -q wrk >/dev/null 2>&1; } || true
fi
for tool in wrk curl openssl java python3; do command -v "$tool" >/dev/null || missing "$tool"; done
PGBENCH=$(command -v pgbench || ls -d /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1) || true
[ -n "$PGBENCH" ] && [ -x "$PGBENCH" ] || missing pgbench

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== building (./mvnw package, tests neither compiled nor run)"
  (cd "$ROOT" && ./mvnw -B -q package -Dmaven.test.skip=true)
fi
export SKIP_BUILD=1

mkdir -p "$STATE" "$RESULTS"
rm -rf "$WORK"; mkdir -p "$WORK"
# The services run from a copy, so a build in the working tree during the run cannot change them.
export CARENET_APP_DIR="$STATE/apps"
rm -rf "$CARENET_APP_DIR"; mkdir -p "$CARENET_APP_DIR"
for s in "${SERVICES[@]}"; do
  [ -f "$ROOT/$s/target/quarkus-app/quarkus-run.jar" ] || { echo "$s is not packaged: run without SKIP_BUILD" >&2; exit 1; }
  cp -a "$ROOT/$s/target/quarkus-app" "$CARENET_APP_DIR/$s"
done

SAMPLER=
stop_all() {
  [ -z "$SAMPLER" ] || kill "$SAMPLER" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then
    echo "The suite is still running (KEEP=1): gateway http://127.0.0.1:$GATEWAY_PORT; stop it with"
    echo "  CARENET_LOCAL_DIR=$STATE deploy/local/stop.sh"
  else
    "$LOCAL/stop.sh" >/dev/null 2>&1 || true
  fi
}
trap stop_all EXIT

load1() { cut -d' ' -f1 /proc/loadavg; }
wait_for_quiet() {
  [ "$WAIT_LOAD" != 0 ] || return 0
  local deadline=$((SECONDS + WAIT_LOAD_MAX))
  while awk -v l="$(load1)" -v t="$WAIT_LOAD" 'BEGIN{exit !(l >= t)}' && [ $SECONDS -lt $deadline ]; do
    echo "   load average $(load1) >= $WAIT_LOAD: waiting ($((deadline - SECONDS)) s left)"
    sleep 30
  done
}

# -- the suite -------------------------------------------------------------------------------------
"$LOCAL/stop.sh" --keep-db >/dev/null 2>&1 || true
for db in facility assessment insurance referral; do "$LOCAL/pg.sh" recreate-db "$db" >/dev/null; done
rm -rf "$STATE/logs"
wait_for_quiet
LOAD_START=$(cat /proc/loadavg)
echo "== starting the suite (:$GATEWAY_PORT, services :$FACILITY_PORT :$ASSESSMENT_PORT :$INSURANCE_PORT :$REFERRAL_PORT), state in $STATE"
"$LOCAL/start.sh" >"$WORK/start.log" 2>&1 || { cat "$WORK/start.log" >&2; exit 1; }
eval "$("$LOCAL/pg.sh" env)"
export PGHOST PGPORT PGUSER PGPASSWORD
fpsql() { "$LOCAL/pg.sh" psql -d facility -v ON_ERROR_STOP=1 -qAt "$@"; }
port_of() {
  case $1 in facility-service) echo "$FACILITY_PORT" ;; assessment-service) echo "$ASSESSMENT_PORT" ;;
    insurance-service) echo "$INSURANCE_PORT" ;; referral-service) echo "$REFERRAL_PORT" ;; gateway) echo "$GATEWAY_PORT" ;; esac
}
pid_of() { cat "$STATE/run/$1.pid"; }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# Resident memory of every service, every second, labelled with the phase the run is in.
echo idle >"$WORK/phase"
: >"$RESULTS/rss.tsv"
(
  while :; do
    phase=$(cat "$WORK/phase")
    for s in "${SERVICES[@]}"; do
      p=$(cat "$STATE/run/$s.pid" 2>/dev/null) || continue
      r=$(rss_kb "$p"); [ -n "$r" ] && [ "$r" != 0 ] && printf '%s\t%s\t%s\n' "$phase" "$s" "$r"
    done
    sleep 1
  done >>"$RESULTS/rss.tsv"
) &
SAMPLER=$!

# -- start-up ------------------------------------------------------------------------------------
# Milliseconds since process $1 started (from /proc: includes the JVM's own start).
age_ms() {
  awk -v tck="$(getconf CLK_TCK)" -v up="$(cut -d' ' -f1 /proc/uptime)" \
    '{ sub(/^.*\) /, ""); printf "%d", (up - $20 / tck) * 1000 }' "/proc/$1/stat"
}
echo "== start-up: each service restarted alone, $STARTUP_RUNS times"
# CPU time (user + system, all threads) process $1 has used, in ms: unlike the wall time it hardly
# depends on what else the machine runs.
cpu_ms() {
  awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / tck }' "/proc/$1/stat"
}
printf 'service\trun\tready_ms\trss_idle_kb\tcpu_to_ready_ms\tload1\n' >"$RESULTS/startup.tsv"
for run in $(seq 1 "$STARTUP_RUNS"); do
  for s in "${SERVICES[@]}"; do
    old=$(pid_of "$s")
    "$LOCAL/stop.sh" "$s" >/dev/null
    "$LOCAL/start.sh" >>"$WORK/start.log" 2>&1 &
    starter=$!
    until [ -f "$STATE/run/$s.pid" ] && [ "$(pid_of "$s")" != "$old" ]; do sleep 0.01; done
    pid=$(pid_of "$s"); port=$(port_of "$s")
    until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$port/q/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { echo "$s died at start; see $STATE/logs/$s.log" >&2; exit 1; }
      sleep 0.02
    done
    ready=$(age_ms "$pid"); cpu=$(cpu_ms "$pid"); load=$(load1)
    wait "$starter"
    sleep 5
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$s" "$run" "$ready" "$(rss_kb "$pid")" "$cpu" "$load" >>"$RESULTS/startup.tsv"
    echo "   $s: ready in $ready ms ($cpu ms of CPU), $(( $(rss_kb "$pid") / 1024 )) MB resident idle"
  done
done

# -- credentials and data ------------------------------------------------------------------------
TOKEN=$("$LOCAL/token.sh" CALL_CENTER --sub bench-caller --minutes 600)
ADMIN=$("$LOCAL/token.sh" ADMIN --sub bench-admin --minutes 600)
FAC="http://127.0.0.1:$FACILITY_PORT"
GW="http://127.0.0.1:$GATEWAY_PORT"

import() {
  local file=$1
  curl -fsS -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv' --data-binary @"$file" \
    "$FAC/facilities/import" -o "$WORK/import.json"
  python3 -c "import json; r=json.load(open('$WORK/import.json')); print('   imported %(imported)d, unchanged %(unchanged)d, rejected %(rejected)d' % r)" \
    2>/dev/null || cat "$WORK/import.json"
  # As autovacuum would leave the tables: statistics, and the visibility map that lets the point
  # index answer the search's level filter and count without the table (V7__search_knn).
  fpsql -c "VACUUM ANALYZE facility" -c "VACUUM ANALYZE program"
}

grow_to() {
  local target=$1
  echo "== growing the catalog to $target sites (jittered copies of the real rows, +-0.2 degrees, programs copied)"
  fpsql <<SQL
CREATE TEMP TABLE copies AS
  SELECT gen_random_uuid() AS new_id, f.id AS orig_id, g
  FROM facility f CROSS JOIN generate_series(1, greatest(20, ceil($target / 11000.0)::int)) g
  WHERE f.lat IS NOT NULL AND f.source = 'DIRECTORY' AND f.name NOT LIKE '% (copy %)'
  ORDER BY g, f.id
  LIMIT greatest(0, $target - (SELECT count(*) FROM facility));
INSERT INTO facility (id, name, line1, line2, city, state, postal_code, lat, lon, phone, note, payment_types, languages,
                      directory_codes, source)
  SELECT c.new_id, f.name || ' (copy ' || c.g || ')', f.line1, f.line2, f.city, f.state, f.postal_code,
         greatest(-90, least(90, f.lat + (random() - 0.5) * 0.4)), greatest(-180, least(180, f.lon + (random() - 0.5) * 0.4)),
         f.phone, f.note, f.payment_types, f.languages, f.directory_codes, 'DIRECTORY'
  FROM copies c JOIN facility f ON f.id = c.orig_id;
INSERT INTO program (id, facility_id, level_of_care, asam_level, populations, conditions, medications)
  SELECT gen_random_uuid(), c.new_id, p.level_of_care, p.asam_level, p.populations, p.conditions, p.medications
  FROM copies c JOIN program p ON p.facility_id = c.orig_id;
SQL
  fpsql -c "VACUUM ANALYZE facility" -c "VACUUM ANALYZE program"
}

# The 1k catalog: every 12th listing of the national file (so it covers the whole country).
LC_ALL=C awk 'NR == 1 || NR % 12 == 2' "$CSV" >"$WORK/sample-1k.csv"

# Search centres: the positions of the 1k sample's sites (all of which stay in the larger catalogs),
# each with one level of care; the same list at every size, for the service and for pgbench.
prepare_centres() {
  fpsql -c "SELECT row_number() OVER (ORDER BY md5(id::text)), round(lat::numeric, 4), round(lon::numeric, 4),
      (ARRAY['IOP','OP','DETOX','RESIDENTIAL','MAT'])[1 + (abs(hashtext(id::text)) % 5)]
    FROM facility WHERE lat IS NOT NULL AND source = 'DIRECTORY'" | tr '|' '\t' >"$WORK/centres.tsv"
  awk -F'\t' '{ printf "%s\t%s\t%s\t{%s}\n", $1, $2, $3, $4 }' "$WORK/centres.tsv" >"$WORK/centres-pg.tsv"
  awk -F'\t' '{ printf "GET\t/facilities?levelOfCare=%s&lat=%s&lon=%s&radiusMiles=25\n", $4, $2, $3 }' \
    "$WORK/centres.tsv" >"$WORK/search-direct.txt"
  sed 's|\t/facilities|\t/api/v1/facilities|' "$WORK/search-direct.txt" >"$WORK/search-gateway.txt"
  # pgbench: the same centres, with the parameters Geo computes in Java (point, box, chord).
  fpsql <<SQL
DROP TABLE IF EXISTS bench_centre;
CREATE TABLE bench_centre (n int PRIMARY KEY, lat float8, lon float8, levels text[], point cube, box cube, chord float8);
\copy bench_centre (n, lat, lon, levels) FROM '$WORK/centres-pg.tsv'
UPDATE bench_centre SET point = ll_to_earth(lat, lon), chord = 2 * 6378168.0 * sin(25 * 1609.344 / 6371008.8 / 2);
UPDATE bench_centre SET box = cube_enlarge(point, chord + 1, 3);
ANALYZE bench_centre;
SQL
}

# -- measuring -----------------------------------------------------------------------------------
printf 'measure\tsize\tpath\tclients\tp50_ms\tp99_ms\trps\trequests\terrors\tnon2xx\tload1\tloadgen_cpu_pct\n' >"$RESULTS/raw.tsv"
lua_for() { # $1 requests file → a wrk script for it
  sed -e "s|@REQUESTS@|$1|" -e "s|@TOKEN@|$TOKEN|" "$HERE/lib/requests.lua" >"$1.lua"
  echo "$1.lua"
}
# Runs a load generator and writes the CPU time it used (user + system, ms) to $WORK/loadgen.cpu:
# the subshell's `times` reports its children's CPU time once they have ended.
measured_cpu() {
  ( "$@"; rc=$?; times >"$WORK/loadgen.times"   # not in a pipe: a pipe's side would have no children
    tail -n 1 "$WORK/loadgen.times" | awk '{ for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); ms += (t[1] * 60 + t[2]) * 1000 }
      printf "%d\n", ms }' >"$WORK/loadgen.cpu"; exit $rc )
}
# The load generator's share of the machine during a figure: its CPU time over (seconds x cores).
loadgen_share() { # seconds
  awk -v ms="$(cat "$WORK/loadgen.cpu" 2>/dev/null || echo 0)" -v s="$1" -v n="$(nproc)" 'BEGIN { printf "%.1f", 100 * ms / (s * 1000 * n) }'
}
wrk_run() { # seconds clients script url → "p50 p99 rps requests errors non2xx"
  local threads=$(( $2 < 2 ? $2 : 2 ))
  measured_cpu wrk -t"$threads" -c"$2" -d"$1s" --timeout 10s -s "$3" "$4" >"$WORK/wrk.out"
  awk '/^RESULT/ { $1 = ""; print substr($0, 2) }' "$WORK/wrk.out"
}
record() { # measure size path clients "figures" (the load generator's CPU from the last run)
  local load share; load=$(load1); share=$(loadgen_share "$DURATION")
  set -- "$1" "$2" "$3" "$4" $5
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" "$load" "$share" >>"$RESULTS/raw.tsv"
  printf '   %-16s %-7s %-8s c=%-4s p50 %8s ms  p99 %8s ms  %8s/s  (%s requests, %s errors, %s non-2xx; load generator %s %% of the CPUs)\n' "$@" "$share"
}
http_series() { # measure size path requests-file base-url
  local script; script=$(lua_for "$4")
  echo idle >"$WORK/phase"
  echo "load:$1-$2" >"$WORK/phase"
  wrk_run "$FIRST_WARMUP" 32 "$script" "$5" >/dev/null
  for c in $CLIENTS; do
    wrk_run "$WARMUP" "$c" "$script" "$5" >/dev/null
    record "$1" "$2" "$3" "$c" "$(wrk_run "$DURATION" "$c" "$script" "$5")"
  done
  echo idle >"$WORK/phase"
}
pgbench_series() { # size
  local n; n=$(wc -l <"$WORK/centres.tsv")
  sed "s/@CENTRES@/$n/" "$HERE/lib/search.sql" >"$WORK/search.sql"
  echo "load:search-$1" >"$WORK/phase"
  "$PGBENCH" -n -M prepared -c 32 -j 2 -T "$FIRST_WARMUP" -f "$WORK/search.sql" facility >/dev/null 2>&1
  for c in $CLIENTS; do
    local threads=$(( c < 2 ? c : 2 ))
    "$PGBENCH" -n -M prepared -c "$c" -j "$threads" -T "$WARMUP" -f "$WORK/search.sql" facility >/dev/null 2>&1
    rm -f "$WORK"/pgbench_log.*
    measured_cpu "$PGBENCH" -n -M prepared -c "$c" -j "$threads" -T "$DURATION" -f "$WORK/search.sql" \
      -l --log-prefix="$WORK/pgbench_log" facility >"$WORK/pgbench.out" 2>&1 || { cat "$WORK/pgbench.out" >&2; exit 1; }
    local tps; tps=$(awk '/^tps/ { print $3; exit }' "$WORK/pgbench.out")
    local failed; failed=$(awk '/number of failed transactions/ { print $5; exit }' "$WORK/pgbench.out")
    record search "$1" sql "$c" "$(cat "$WORK"/pgbench_log.* | awk '{ print $3 / 1000 }' | sort -n | awk -v tps="$tps" -v f="${failed:-0}" \
      '{ v[NR] = $1 } END { a = int(NR * 0.5); b = int(NR * 0.99); if (a < 1) a = 1; if (b < 1) b = 1
        printf "%.3f %.3f %.1f %d %d 0", v[a], v[b], tps, NR, f }')"
  done
  echo idle >"$WORK/phase"
}
search_at() { # size label
  echo "== search at $1 sites: direct, gateway, SQL (pgbench); ${DURATION}s each after ${WARMUP}s, clients: $CLIENTS"
  http_series search "$1" direct "$WORK/search-direct.txt" "$FAC"
  http_series search "$1" gateway "$WORK/search-gateway.txt" "$GW"
  pgbench_series "$1"
  plan_of 1 >"$RESULTS/plan-$1.txt"
}
# EXPLAIN ANALYZE of the very statement pgbench runs (bench/lib/search.sql), for centre $1, with
# the parameters as literals (psql variables), after the figures (so with warm caches).
plan_of() {
  { echo "SET jit = off;"
    sed -e '/^--/d' -e '/^\\set/d' -e "s/:i /$1 /" -e "s/:\([a-z]*\)::/:'\1'::/g" -e 's/^WITH kth/EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) WITH kth/' \
      "$HERE/lib/search.sql"; } >"$WORK/plan.sql"
  fpsql -f "$WORK/plan.sql"
}
# How full the first page is, over the search centres: the mean of min(matches, 20), and the
# centres whose matches pass the exact count's cap (1,000). A fuller page costs more to build and
# send whatever the catalog's size: the figure beside each size's search cost.
page_fill() {
  fpsql -F ' ' -c "SELECT round(avg(least(m, 20)), 1), round(100.0 * avg((m > 1000)::int), 1), percentile_disc(0.5) WITHIN GROUP (ORDER BY m)
    FROM (SELECT (SELECT count(*) FROM facility f WHERE f.deleted_at IS NULL AND NOT f.closed AND c.box @> f.earth
                   AND cube_distance(f.earth, c.point) <= c.chord AND f.levels && c.levels) AS m FROM bench_centre c) x"
}

other_calls() {
  echo "== other calls at $1 sites, through the gateway"
  python3 - "$WORK" <<'PY'
import json, random, sys, uuid
work = sys.argv[1]
random.seed(8)
centres = [l.rstrip('\n').split('\t') for l in open(work + '/centres.tsv')]
ids = [l.strip() for l in open(work + '/facility-ids.txt') if l.strip()]
demo = ['5f0c1a52-7c1e-4a8e-9b0e-00000000010%d' % i for i in range(1, 6)]
payers = [('aetna', 'PPO'), ('cigna', 'HMO'), ('bcbs', 'PPO'), ('humana', None)]
with open(work + '/care-match.txt', 'w') as out:
    for n, lat, lon, level in centres[:1000]:
        payer, plan = random.choice(payers)
        body = {'levelOfCare': level, 'lat': float(lat), 'lon': float(lon), 'radiusMiles': 50, 'payer': payer}
        if plan:
            body['planType'] = plan
        out.write('POST\t/api/v1/care-matches\t%s\n' % json.dumps(body, separators=(',', ':')))
    for lat, lon in [(41.65, -83.54), (41.56, -83.65), (41.10, -80.65)]:
        out.write('POST\t/api/v1/care-matches\t%s\n' % json.dumps({'levelOfCare': 'IOP', 'lat': lat, 'lon': lon,
            'radiusMiles': 50, 'payer': 'aetna', 'planType': 'PPO'}, separators=(',', ':')))
with open(work + '/network-check.txt', 'w') as out:
    for _ in range(500):
        payer, plan = random.choice(payers)
        body = {'payer': payer, 'facilityIds': demo + random.sample(ids, 45)}
        if plan:
            body['planType'] = plan
        out.write('POST\t/api/v1/network-checks\t%s\n' % json.dumps(body, separators=(',', ':')))
with open(work + '/scoring.txt', 'w') as out:
    for _ in range(500):
        out.write('POST\t/api/v1/instruments/PHQ-9/score\t%s\n' % json.dumps({'answers': [random.randint(0, 3) for _ in range(9)]}))
        out.write('POST\t/api/v1/instruments/GAD-7/score\t%s\n' % json.dumps({'answers': [random.randint(0, 3) for _ in range(7)]}))
letters = 'abcdefghijklmnopqrstuvwxyz'
with open(work + '/coverage.txt', 'w') as out:
    for _ in range(2000):
        word = lambda: ''.join(random.choice(letters) for _ in range(7)).capitalize()
        body = {'seekingCareFor': 'LOVED_ONE', 'firstName': 'Benchfirst' + word(), 'lastName': 'Benchlast' + word(),
                'dateOfBirth': '%d-%02d-%02d' % (random.randint(1950, 2004), random.randint(1, 12), random.randint(1, 28)),
                'phone': '(419) 555-%04d' % random.randint(2000, 9999), 'email': 'bench%d@example.org' % random.randint(10**6, 10**7),
                'preferredContact': 'PHONE', 'payer': 'aetna', 'planType': 'PPO', 'memberId': 'BQ%d' % random.randint(10**9, 10**10),
                'subscriberRelationship': 'CHILD', 'policyHolder': {'firstName': 'Benchholder' + word(),
                'lastName': 'Benchlast' + word(), 'dateOfBirth': '%d-%02d-%02d' % (random.randint(1940, 1960), random.randint(1, 12), random.randint(1, 28))},
                'facilityId': random.choice(demo[:2]), 'levelOfCare': 'IOP',
                'consent': {'agreed': True, 'text': 'I agree that the admissions team may contact me.', 'agreedAt': '2026-01-01T00:00:00Z'}}
        out.write('POST\t/api/v1/coverage-requests\t%s\n' % json.dumps(body, separators=(',', ':')))
with open(work + '/referral.txt', 'w') as out:
    for _ in range(2000):
        word = lambda: ''.join(random.choice(letters) for _ in range(7)).capitalize()
        body = {'facilityId': random.choice(demo[:2]), 'levelOfCare': 'IOP', 'reason': 'Discharged from the ED; asks for an evening IOP.',
                'insurance': {'payer': 'aetna', 'planType': 'PPO', 'memberId': 'BR%d' % random.randint(10**9, 10**10)},
                'person': {'firstName': 'Benchfirst' + word(), 'lastName': 'Benchlast' + word(),
                           'dateOfBirth': '%d-%02d-%02d' % (random.randint(1950, 2004), random.randint(1, 12), random.randint(1, 28)),
                           'phone': '+1419555%04d' % random.randint(2000, 9999), 'preferredContact': 'PHONE'},
                'consent': {'given': True, 'text': 'I agree that my referral may be shared with the treatment site.',
                            'at': '2026-01-01T00:00:00Z'}}
        out.write('POST\t/api/v1/referrals\t%s\n' % json.dumps(body, separators=(',', ':')))
PY
  http_series care-match "$1" gateway "$WORK/care-match.txt" "$GW"
  http_series network-check-50 "$1" gateway "$WORK/network-check.txt" "$GW"
  http_series scoring "$1" gateway "$WORK/scoring.txt" "$GW"
  http_series coverage-intake "$1" gateway "$WORK/coverage.txt" "$GW"
  check_once "$WORK/referral.txt" "$GW" 201
  http_series referral-intake "$1" gateway "$WORK/referral.txt" "$GW"
  printf 'GET\t/api/v1/levels-of-care\n' >"$WORK/levels.txt"
  check_once "$WORK/levels.txt" "$GW" 200
  http_series levels-of-care "$1" gateway "$WORK/levels.txt" "$GW"
}

# -- cold starts -----------------------------------------------------------------------------------
# Each service stopped and started alone with the catalog loaded; the moment its readiness check
# says UP, the first request that needs it goes through the gateway (so the gateway's own client
# to it is warm and only the service is cold; for the gateway, everything behind it is warm).
# Recorded: ready time (process start to /q/health/ready UP) and the first answer's status and
# latency, against the care match's budget (gateway.care-match.budget, 2 s).
first_request_of() { # service → METHOD<TAB>PATH[<TAB>BODY], the first line of the calls measured above
  case $1 in
    facility-service|insurance-service|gateway) head -n 1 "$WORK/care-match.txt" ;;
    assessment-service) head -n 1 "$WORK/scoring.txt" ;;
    referral-service) sed -n 2p "$WORK/referral.txt" ;;
  esac
}
cold_starts() {
  echo "== cold starts at $1 sites: each service restarted, its first request sent the moment it is ready"
  printf 'service\tready_ms\tfirst_status\tfirst_ms\tcall\tload1\n' >"$RESULTS/coldstart.tsv"
  echo cold-start >"$WORK/phase"
  for s in "${SERVICES[@]}"; do
    local old pid port starter line method path body ready status ms
    old=$(pid_of "$s")
    "$LOCAL/stop.sh" "$s" >/dev/null
    "$LOCAL/start.sh" >>"$WORK/start.log" 2>&1 &
    starter=$!
    until [ -f "$STATE/run/$s.pid" ] && [ "$(pid_of "$s")" != "$old" ]; do sleep 0.01; done
    pid=$(pid_of "$s"); port=$(port_of "$s")
    until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$port/q/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { echo "$s died at start; see $STATE/logs/$s.log" >&2; exit 1; }
      sleep 0.02
    done
    ready=$(age_ms "$pid")
    line=$(first_request_of "$s"); method=$(cut -f1 <<<"$line"); path=$(cut -f2 <<<"$line"); body=$(cut -f3- <<<"$line")
    local args=(-s -o "$WORK/first.json" -w '%{http_code} %{time_total}' --max-time 30 -X "$method" -H "Authorization: Bearer $TOKEN")
    [ -z "$body" ] || args+=(-H 'Content-Type: application/json' --data "$body")
    read -r status ms <<<"$(curl "${args[@]}" "$GW$path" | awk '{ printf "%s %.1f", $1, $2 * 1000 }')"
    wait "$starter"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$s" "$ready" "$status" "$ms" "$method $path" "$(load1)" >>"$RESULTS/coldstart.tsv"
    echo "   $s: ready in $ready ms; first $method $path answered $status in $ms ms"
    sleep 3
  done
  echo idle >"$WORK/phase"
}

# A first check that each kind of request is answered as it should be (a bench of 4xx is no bench).
check_once() { # requests-file base-url expected-status
  local line method path body
  line=$(head -n 1 "$1"); method=$(cut -f1 <<<"$line"); path=$(cut -f2 <<<"$line"); body=$(cut -f3- <<<"$line")
  local args=(-s -o "$WORK/check.json" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $TOKEN")
  [ -z "$body" ] || args+=(-H 'Content-Type: application/json' --data "$body")
  local status; status=$(curl "${args[@]}" "$2$path")
  [ "$status" = "$3" ] || { echo "$method $path answered $status, not $3:" >&2; head -c 600 "$WORK/check.json" >&2; echo >&2; exit 1; }
}

loaded=0
for size in $SIZES; do
  if [ "$size" -le 1000 ]; then
    echo "== importing every 12th listing of the national file"
    import "$WORK/sample-1k.csv"
  elif [ "$loaded" -lt 11000 ]; then
    echo "== importing the 2015 national file"
    import "$CSV"
  else
    grow_to "$size"
  fi
  [ -f "$WORK/centres.tsv" ] || prepare_centres
  sites=$(fpsql -c "SELECT count(*) FROM facility WHERE deleted_at IS NULL")
  loaded=$sites
  label=$size; [ "$size" != 12000 ] || label=12k; [ "$size" != 1000 ] || label=1k; [ "$size" != 100000 ] || label=100k
  read -r fill over_cap median_matches <<<"$(page_fill)"
  echo "   $sites sites; first page $fill items on average (median $median_matches matches; $over_cap % of centres past the cap)"
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$sites" "$fill" "$median_matches" "$over_cap" >>"$WORK/sizes.tsv"
  check_once "$WORK/search-direct.txt" "$FAC" 200
  check_once "$WORK/search-gateway.txt" "$GW" 200
  search_at "$label"
  if [ "$label" = 12k ] && [ "${SKIP_OTHER:-0}" != 1 ]; then
    fpsql -c "SELECT id FROM facility WHERE source = 'DIRECTORY' ORDER BY md5(id::text) LIMIT 2000" >"$WORK/facility-ids.txt"
    other_calls "$label"
  fi
  if [ "$label" = 12k ] && [ "${SKIP_COLD:-0}" != 1 ]; then
    if [ -f "$WORK/care-match.txt" ]; then cold_starts "$label"; else echo "== no cold starts: they send the other calls' requests (SKIP_OTHER=1)"; fi
  fi
done
cp "$WORK/sizes.tsv" "$RESULTS/sizes.tsv"

# -- report --------------------------------------------------------------------------------------
LOAD_END=$(cat /proc/loadavg)
{
  echo "date	$(date -u +%Y-%m-%dT%H:%MZ)"
  echo "commit	$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- facility-service gateway common-web assessment-service insurance-service referral-service 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "cpu	$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores"
  echo "memory	$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "os	$(. /etc/os-release && echo "$PRETTY_NAME"), Linux $(uname -r)"
  echo "java	$(java -version 2>&1 | head -n 2 | tail -n 1)"
  echo "quarkus	$(sed -n 's|.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*|\1|p' "$ROOT/pom.xml" | head -n 1)"
  echo "postgresql	$("$LOCAL/pg.sh" psql -d facility -qAt -c 'SHOW server_version')"
  echo "wrk	$(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
  echo "pgbench	$("$PGBENCH" --version)"
  echo "java_opts	$JAVA_OPTS (MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX)"
  echo "rate_limits	GATEWAY_RATE_LIMIT_READ=$GATEWAY_RATE_LIMIT_READ GATEWAY_RATE_LIMIT_WRITE=$GATEWAY_RATE_LIMIT_WRITE (and the anonymous ones alike)"
  echo "timing	$WARMUP s warm-up then $DURATION s measured per figure ($FIRST_WARMUP s warm-up before each series); clients: $CLIENTS"
  echo "load_start	$LOAD_START"
  echo "load_end	$LOAD_END"
} >"$RESULTS/env.tsv"
java "$HERE/lib/Report.java" "$RESULTS"
echo "== results: $RESULTS/results.md, $RESULTS/search-scaling.png"
