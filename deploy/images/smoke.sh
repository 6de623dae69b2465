#!/usr/bin/env bash
# Runs one built image without a container engine: unpacks its layers into a directory and starts
# the entrypoint under chroot as the image's user (1001), with /proc mounted. Needs root (chroot,
# mount). A check that the self-made base (jlink'ed JRE + the host's libraries) really runs the
# service; the gateway starts with no backends, a domain service stops at its database.
#   sudo deploy/images/smoke.sh gateway [seconds]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
svc=${1:?service, e.g. gateway}; secs=${2:-20}
tar_file="$ROOT/deploy/k8s-check/target/images/$svc.tar"
dir="$ROOT/deploy/k8s-check/target/images/smoke/$svc"
rm -rf "$dir"; mkdir -p "$dir"
blob() { tar -xOf "$tar_file" "blobs/${1/://}"; }
manifest=$(blob "$(tar -xOf "$tar_file" index.json | jq -r '.manifests[0].digest')")
for d in $(jq -r '.layers[].digest' <<<"$manifest"); do blob "$d" | tar -xz --warning=no-unknown-keyword -C "$dir"; done
mkdir -p "$dir/proc"; mount -t proc proc "$dir/proc"
trap 'umount "$dir/proc"' EXIT
user=$(blob "$(jq -r '.config.digest' <<<"$manifest")" | jq -r '.config.User')
env -i QUARKUS_HTTP_PORT=18099 timeout "$secs" "$(command -v chroot)" --userspec="$user" "$dir" \
  /opt/java/bin/java -jar /deployments/quarkus-run.jar || true
