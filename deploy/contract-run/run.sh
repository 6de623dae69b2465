#!/usr/bin/env bash
# The contract run: Portman (https://github.com/apideck-libraries/portman) makes a Postman
# collection from the OpenAPI document the running gateway serves, with contract tests on every
# operation (2xx, content type, JSON body, schema, declared headers) and variations: a bad token
# (401), an unknown id (404) and Portman's fuzzing (400: required fields left out, numbers past
# their bounds, strings past their lengths). Newman runs it against the suite; every request's
# line and the reasons of any failure are printed, and the exit status is 1 when one failed.
#   deploy/local/start.sh && deploy/contract-run/run.sh [GATEWAY_URL]   (default http://localhost:8080)
# Portman and Newman are pinned by package-lock.json and installed on first use (npm ci).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$here/../.." && pwd)
gateway=${1:-${GATEWAY_URL:-http://localhost:8080}}
cd "$here"

if [ ! -x node_modules/.bin/portman ] || [ ! -x node_modules/.bin/newman ]; then
    command -v npm >/dev/null || { echo "npm is not installed: the contract run needs Node.js and npm" >&2; exit 127; }
    npm ci --no-audit --no-fund >&2
fi
mkdir -p target
curl -fsS "$gateway/q/openapi?format=json" -o target/openapi.json \
    || { echo "no gateway answers at $gateway: start the suite with deploy/local/start.sh" >&2; exit 1; }
node_modules/.bin/portman -l target/openapi.json -c portman-config.json -b "$gateway/api/v1" \
    -o target/collection.json --syncPostman false --runNewman false > target/portman.log 2>&1 \
    || { cat target/portman.log >&2; exit 1; }
# One token with every role: each operation is called as a caller it admits (anonymous operations
# are called without one, as a website would).
# CONTRACT_RUN_TOKEN: another suite's token (partner-tests' ContractRunTests passes one its gateway trusts).
token=${CONTRACT_RUN_TOKEN:-$("$ROOT/deploy/local/token.sh" ADMIN CALL_CENTER ADMISSIONS PARTNER --sub contract-run)}
node newman-run.js target/collection.json "$token" | tee target/summary.txt
exit "${PIPESTATUS[0]}"
