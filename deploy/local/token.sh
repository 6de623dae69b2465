#!/usr/bin/env bash
# Mints a bearer token signed with the local development key (made by start.sh), for trying the
# API by hand:  deploy/local/token.sh ADMIN [CALL_CENTER ...] [--sub name] [--minutes 60]
# Never use this key anywhere but on this machine. CARENET_LOCAL_DIR: as for start.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
KEY="${CARENET_LOCAL_DIR:-$ROOT/.local}/jwt/private.pem"
[ -f "$KEY" ] || { echo "no dev key: run deploy/local/start.sh first" >&2; exit 1; }
sub=dev-user minutes=60 roles=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sub) sub=$2; shift 2 ;;
    --minutes) minutes=$2; shift 2 ;;
    CALL_CENTER|ADMISSIONS|PARTNER|ADMIN) roles+=("$1"); shift ;;
    *) echo "unknown role or option: $1 (roles: CALL_CENTER ADMISSIONS PARTNER ADMIN)" >&2; exit 2 ;;
  esac
done
[ ${#roles[@]} -gt 0 ] || { echo "name at least one role" >&2; exit 2; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups=$(printf '"%s",' "${roles[@]}"); groups="[${groups%,}]"
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":%s,"iat":%d,"exp":%d}' \
  "${JWT_ISSUER:-https://auth.carenet.local}" "$sub" "$sub" "$groups" "$now" $((now + minutes * 60)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY" | b64url)
echo "$header.$payload.$signature"
