#!/usr/bin/env bash
# Lints an OpenAPI document with the Spectral version pinned in package-lock.json.
# Usage: lint.sh FILE   (exit status non-zero when Spectral reports an error)
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 FILE" >&2
    exit 2
fi
document=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

# Install once per clone (node_modules is git-ignored); npm ci installs exactly the lock file.
if [ ! -x node_modules/.bin/spectral ]; then
    command -v npm >/dev/null || { echo "npm is not installed: the OpenAPI lint needs Node.js and npm" >&2; exit 127; }
    npm ci --no-audit --no-fund >&2
fi

exec node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity=error "$document"
