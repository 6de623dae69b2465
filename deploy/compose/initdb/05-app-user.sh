#!/usr/bin/env bash
# The services connect as an ordinary user, not as the superuser.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v user="$CARENET_DB_USER" -v pass="$CARENET_DB_PASSWORD" <<'SQL'
CREATE ROLE :"user" LOGIN PASSWORD :'pass';
SQL
