#!/usr/bin/env bash
# Builds the five services and their container images (OCI tarballs, Jib, no Docker daemon), then
# checks each tarball's config. Not part of ./mvnw verify. Output: deploy/k8s-check/target/images/.
#   deploy/images/build.sh             # = ./mvnw -B -Pimages package -DskipTests
#   docker load -i deploy/k8s-check/target/images/gateway.tar   (where Docker exists)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
./mvnw -B -Pimages package -DskipTests "$@"
