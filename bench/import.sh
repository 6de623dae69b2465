#!/usr/bin/env bash
# Import speed per directory layout: rows per second of POST /facilities/import into a running
# facility-service, for each layout's file, first into the catalog as it is and then again
# (a re-import: every row unchanged). See bench/README.md ("Import speed per layout").
#
#   bench/import.sh                                     # a suite started by deploy/local/start.sh (:8081)
#   FACILITY_URL=http://127.0.0.1:28081 CARENET_LOCAL_DIR=.local/bench bench/import.sh   # bench/run.sh's (KEEP=1)
#
# Files, in this order (each after the one before, as a catalog meets them):
#   NSSATS_2015       facility-service/src/test/resources/nssats-2015/facilities-2015.csv (real, with coordinates)
#   NSSATS_LATER      facility-service/src/test/resources/nssats-later/facilities-later-derived.csv
#                     (derived from it, no coordinates: every row placed by ZIP; merges into the 2015 sites)
#   FINDTREATMENT_V2  the same 2015 rows written as a FindTreatment.gov JSON v2 export by this script
#                     (services as N-SSATS codes in f3; merges too)
# Prints one table (markdown) and writes it to $OUT (default bench/results/import.md).
# Needs curl, python3 and the suite's dev key (deploy/local/token.sh). Imports real listings into
# the catalog it is pointed at: not for a catalog you care about.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
FAC=${FACILITY_URL:-http://127.0.0.1:${FACILITY_PORT:-8081}}
OUT=${OUT:-$HERE/results/import.md}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ADMIN=$("$ROOT/deploy/local/token.sh" ADMIN --sub bench-import --minutes 120)
CSV2015="$ROOT/facility-service/src/test/resources/nssats-2015/facilities-2015.csv"
LATER="$ROOT/facility-service/src/test/resources/nssats-later/facilities-later-derived.csv"

curl -fsS -o /dev/null "$FAC/q/health/ready" || { echo "no facility-service ready at $FAC" >&2; exit 1; }

# The 2015 rows as a FindTreatment.gov export (deterministic).
python3 - "$CSV2015" "$WORK/findtreatment.json" <<'PY'
import csv, json, re, sys
rows = []
with open(sys.argv[1], encoding='latin-1', newline='') as f:
    for r in csv.DictReader(f):
        codes = [c.strip() for c in r['Keys'].split('/') if re.fullmatch(r'[A-Z][A-Z0-9]{0,5}', c.strip())]
        rows.append({'name1': r['Name1'], 'name2': ' '.join(x for x in (r['Name2'], r['Name3']) if x),
                     'street1': r['Address1'], 'street2': ', '.join(x for x in (r['Address2'], r['Address3']) if x),
                     'city': r['City'], 'state': r['State'], 'zip': r['ZIP_Code'], 'phone': r['Contact'],
                     'website': '', 'latitude': r['Latitude'], 'longitude': r['Longitude'],
                     'services': [{'f1': 'Codes', 'f2': '', 'f3': '; '.join(codes)}]})
json.dump({'page': 1, 'totalPages': 1, 'rows': rows}, open(sys.argv[2], 'w'))
PY

run() { # layout file content-type pass
  local started ended
  started=$(date +%s.%N)
  curl -fsS -H "Authorization: Bearer $ADMIN" -H "Content-Type: $3" --data-binary @"$2" \
    "$FAC/facilities/import" -o "$WORK/result.json"
  ended=$(date +%s.%N)
  python3 - "$WORK/result.json" "$1" "$4" "$started" "$ended" <<'PY' | tee -a "$WORK/table.md"
import json, sys
r = json.load(open(sys.argv[1]))
assert r['layout'] == sys.argv[2], r['layout']
s = float(sys.argv[5]) - float(sys.argv[4])
print('| %s | %s | %d | %d | %d | %d | %d | %d | %.1f | %d |' % (r['layout'], sys.argv[3], r['rows'], r['imported'],
      r['updated'], r['unchanged'], r['skipped'], r['rejected'], s, r['rows'] / s))
PY
}

{
  echo "Import speed through \`POST /facilities/import\` at $FAC, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| layout | pass | rows | imported | updated | unchanged | skipped | rejected | seconds | rows/s |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} > "$WORK/table.md"
cat "$WORK/table.md"
run NSSATS_2015 "$CSV2015" text/csv first
run NSSATS_2015 "$CSV2015" text/csv again
run NSSATS_LATER "$LATER" text/csv first
run NSSATS_LATER "$LATER" text/csv again
run FINDTREATMENT_V2 "$WORK/findtreatment.json" application/json first
run FINDTREATMENT_V2 "$WORK/findtreatment.json" application/json again
mkdir -p "$(dirname "$OUT")"
cp "$WORK/table.md" "$OUT"
echo "(written to $OUT)"
