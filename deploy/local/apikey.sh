#!/usr/bin/env bash
# Mints an API key for a machine client of the gateway and prints it once, with the two
# configuration lines that register it (only the key's SHA-256 is stored):
#   deploy/local/apikey.sh helpline PARTNER            -> key + properties lines
#   deploy/local/apikey.sh helpline PARTNER --local    -> also appends them to .local/gateway/api-keys.properties
# Locally, start.sh points the gateway at that file (GATEWAY_API_KEYS_FILE), which the running gateway
# reads again when it changes: the key works within a second, no restart. In production the lines go
# into the gateway's api-keys Secret, mounted as that file.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
client=${1:?client name, e.g. helpline}; shift
[[ "$client" =~ ^[a-z0-9][a-z0-9-]{1,40}$ ]] || { echo "client names are lower-case letters, digits and dashes" >&2; exit 2; }
roles=() local_file=0
for a in "$@"; do
  case "$a" in
    CALL_CENTER|ADMISSIONS|PARTNER|ADMIN) roles+=("$a") ;;
    --local) local_file=1 ;;
    *) echo "unknown role or option: $a" >&2; exit 2 ;;
  esac
done
[ ${#roles[@]} -gt 0 ] || { echo "name at least one role" >&2; exit 2; }
key="cnk_${client}_$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | cut -c1-40)"
hash=$(printf '%s' "$key" | sha256sum | cut -d' ' -f1)
lines="gateway.api-keys.clients.$client.sha256=$hash
gateway.api-keys.clients.$client.roles=$(IFS=,; echo "${roles[*]}")"
echo "API key for $client (shown once; give it to the client, keep it nowhere else):"
echo "  $key"
echo "Configuration:"
echo "$lines" | sed 's/^/  /'
if [ "$local_file" = 1 ]; then
  mkdir -p "$ROOT/.local/gateway"
  echo "$lines" >>"$ROOT/.local/gateway/api-keys.properties"
  echo "Appended to .local/gateway/api-keys.properties: the running gateway takes it within a second."
fi
