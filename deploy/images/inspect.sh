#!/usr/bin/env bash
# Opens each image tarball built by the `images` profile and checks its OCI config: a non-root
# user and an entrypoint that runs the Quarkus fast-jar. Exits non-zero on the first failure.
#   deploy/images/inspect.sh [dir]   (default: deploy/k8s-check/target/images)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${1:-$ROOT/deploy/k8s-check/target/images}
command -v jq >/dev/null || { echo "inspect.sh needs jq (apt-get install jq)" >&2; exit 2; }
fail=0
for svc in facility-service assessment-service insurance-service referral-service gateway; do
  tar_file="$DIR/$svc.tar"
  [ -f "$tar_file" ] || { echo "FAIL $svc: $tar_file missing" >&2; fail=1; continue; }
  # An OCI image layout: index.json -> manifest blob -> config blob and layer blobs.
  blob() { tar -xOf "$tar_file" "blobs/${1/://}"; }
  manifest=$(blob "$(tar -xOf "$tar_file" index.json | jq -r '.manifests[0].digest')")
  config=$(blob "$(jq -r '.config.digest' <<<"$manifest")")
  user=$(jq -r '.config.User // ""' <<<"$config")
  entry=$(jq -c '.config.Entrypoint // []' <<<"$config")
  layers=$(jq '.layers | length' <<<"$manifest")
  uid=${user%%:*}
  problems=()
  [[ -n "$uid" && "$uid" != 0 && "$uid" != root ]] || problems+=("user '$user' is root or unset")
  [ "$entry" = '["/opt/java/bin/java","-jar","/deployments/quarkus-run.jar"]' ] || problems+=("entrypoint $entry")
  # The files the entrypoint needs are in the layers: the JRE's java and the service's jar.
  listing=$(for d in $(jq -r '.layers[].digest' <<<"$manifest"); do blob "$d" | tar -tz --warning=no-unknown-keyword; done)
  grep -qx 'opt/java/bin/java' <<<"$listing" || problems+=("no /opt/java/bin/java in the layers")
  grep -qx 'deployments/quarkus-run.jar' <<<"$listing" || problems+=("no /deployments/quarkus-run.jar in the layers")
  if [ ${#problems[@]} -eq 0 ]; then
    printf 'ok   %-19s user=%s entrypoint=%s layers=%s size=%s\n' "$svc" "$user" "$entry" "$layers" "$(du -h "$tar_file" | cut -f1)"
  else
    printf 'FAIL %-19s %s\n' "$svc" "${problems[*]}" >&2; fail=1
  fi
done
exit $fail
