#!/usr/bin/env bash
# A private PostgreSQL cluster for local runs and tests, from the machine's installed binaries.
#
#   pg.sh start            initialise (first time) and start the cluster; idempotent
#   pg.sh stop             stop it
#   pg.sh status           running or not, and where
#   pg.sh env              print PGHOST/PGPORT/PGUSER/PGPASSWORD lines (start first)
#   pg.sh ensure-db NAME   create database NAME owned by the app role if missing (starts the cluster)
#   pg.sh recreate-db NAME drop and create NAME (test runs start from an empty schema)
#   pg.sh psql [ARGS]      psql as the app role
#
# The cluster lives in .local/pg of the working tree, or, when the PostgreSQL service user cannot
# reach the working tree (a clone inside a private 0700 directory), in a per-tree folder under
# $TMPDIR. It listens on 127.0.0.1 only, on PG_PORT (default 55432) or the next free port.
# When run as root, PostgreSQL runs as the 'postgres' user (PG_OS_USER), as it refuses root.
#
# A second, independent suite on the same machine (deploy/faults/run.sh does this) sets
# CARENET_LOCAL_DIR (default .local) to another state directory: its own cluster, password and
# lock; PG_HOME puts the cluster itself somewhere else.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${CARENET_LOCAL_DIR:-$ROOT/.local}
OS_USER=${PG_OS_USER:-postgres}
APP_ROLE=${PG_APP_ROLE:-carenet}
BASE_PORT=${PG_PORT:-55432}

die() { echo "pg.sh: $*" >&2; exit 1; }

find_bin() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return
  fi
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$d" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return; }
  die "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin; install them (Debian: apt-get install postgresql)"
}
BIN=$(find_bin)
# psql/createdb come from the same installation when present, else from PATH.
PSQL="$BIN/psql"; [ -x "$PSQL" ] || PSQL=$(command -v psql) || die "psql not found"

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    id "$OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$OS_USER"
    runuser -u "$OS_USER" -- "$@"
  else
    "$@"
  fi
}

# Where the cluster lives: in the tree when the service user can reach it, else under $TMPDIR.
pick_home() {
  mkdir -p "$STATE"
  if [ -n "${PG_HOME:-}" ]; then
    echo "$PG_HOME"
  elif [ "$(id -u)" -ne 0 ] || as_pg test -x "$STATE" 2>/dev/null; then
    echo "$STATE/pg"
  else
    local tag
    tag=$(printf '%s' "${CARENET_LOCAL_DIR:-$ROOT}" | sha1sum | cut -c1-12)
    echo "${TMPDIR:-/tmp}/carenet-pg-$tag"
  fi
}
PGHOME=$(pick_home)
DATA="$PGHOME/data"
SECRET="$STATE/pg-password"
LOG="$PGHOME/server.log"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running() { [ -f "$DATA/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

current_port() { sed -n 's/^port *= *\([0-9]*\).*/\1/p' "$DATA/postgresql.auto.conf" 2>/dev/null | tail -n 1; }

init_cluster() {
  mkdir -p "$PGHOME"
  [ "$(id -u)" -eq 0 ] && chown "$OS_USER" "$PGHOME"
  chmod 700 "$PGHOME"
  if [ ! -f "$SECRET" ]; then
    umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$SECRET"
  fi
  local pwfile="$PGHOME/.pw"
  cp "$SECRET" "$pwfile"; [ "$(id -u)" -eq 0 ] && chown "$OS_USER" "$pwfile"
  as_pg "$BIN/initdb" -D "$DATA" -U postgres --pwfile="$pwfile" --auth-local=scram-sha-256 \
    --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$PGHOME/initdb.log" 2>&1 \
    || { rm -f "$pwfile"; cat "$PGHOME/initdb.log" >&2; die "initdb failed"; }
  rm -f "$pwfile"
  # TCP on loopback only; no Unix socket (tree paths can exceed the socket path limit).
  as_pg tee -a "$DATA/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 300
shared_buffers = 256MB
fsync = on
log_min_messages = warning
CONF
}

start() {
  exec 9>"$STATE/pg.lock"; flock 9
  [ -f "$DATA/PG_VERSION" ] || init_cluster
  if ! running; then
    local port; port=$(current_port); port=${port:-$BASE_PORT}
    # Another tree's cluster (a second build on the machine) may take the port between the check
    # and the start: then the start fails on the socket, and the next free port is tried.
    local attempt
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
      while port_in_use "$port"; do port=$((port + 1)); [ "$port" -lt $((BASE_PORT + 100)) ] || die "no free port from $BASE_PORT"; done
      as_pg sh -c "echo 'port = $port' >> '$DATA/postgresql.auto.conf'"
      if as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null; then
        break
      fi
      if [ "$attempt" -lt 10 ] && tail -n 20 "$LOG" | grep -q "could not create any TCP/IP sockets\|Address already in use"; then
        port=$((port + 1))
        continue
      fi
      tail -n 20 "$LOG" >&2; die "start failed"
    done
  fi
  export PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGPASSWORD
  PGPORT=$(current_port); PGPASSWORD=$(cat "$SECRET")
  # The app role owns the service databases, so migrations may create trusted extensions.
  "$PSQL" -X -q -d postgres -v ON_ERROR_STOP=1 -c "DO \$\$BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE') THEN
      CREATE ROLE $APP_ROLE LOGIN PASSWORD '$PGPASSWORD';
    END IF; END\$\$;" >/dev/null
  flock -u 9
}

super_psql() { PGHOST=127.0.0.1 PGPORT=$(current_port) PGUSER=postgres PGPASSWORD=$(cat "$SECRET") "$PSQL" -X -q -v ON_ERROR_STOP=1 -v client_min_messages=warning -d postgres "$@"; }

ensure_db() {
  local name=$1
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || die "bad database name: $name"
  start
  if [ -z "$(super_psql -tA -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
    super_psql -c "CREATE DATABASE $name OWNER $APP_ROLE" 2>/dev/null \
      || [ -n "$(super_psql -tA -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]
  fi
  add_extensions "$name"
}

# earthdistance is not a trusted extension: the superuser adds the contrib modules the services
# use, so their migrations' CREATE EXTENSION IF NOT EXISTS is a no-op (in production the
# database operator's bootstrap SQL does the same).
add_extensions() {
  super_psql -d "$1" -c "CREATE EXTENSION IF NOT EXISTS cube; CREATE EXTENSION IF NOT EXISTS earthdistance;
    CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;" 2>&1 | grep -v NOTICE || true
}

recreate_db() {
  local name=$1
  [[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || die "bad database name: $name"
  start
  super_psql -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"
  super_psql -c "CREATE DATABASE $name OWNER $APP_ROLE"
  add_extensions "$name"
}

case "${1:-}" in
  start)
    start
    echo "PostgreSQL running on 127.0.0.1:$(current_port) (data: $DATA)" ;;
  stop)
    if running; then as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; echo "PostgreSQL stopped"; else echo "PostgreSQL not running"; fi ;;
  status)
    if running; then echo "running on 127.0.0.1:$(current_port) (data: $DATA)"; else echo "stopped (data: $DATA)"; exit 3; fi ;;
  env)
    running || die "not running: pg.sh start"
    echo "PGHOST=127.0.0.1"; echo "PGPORT=$(current_port)"; echo "PGUSER=$APP_ROLE"; echo "PGPASSWORD=$(cat "$SECRET")" ;;
  ensure-db) ensure_db "${2:?database name}" ;;
  recreate-db) recreate_db "${2:?database name}" ;;
  psql)
    shift; start
    PGHOST=127.0.0.1 PGPORT=$(current_port) PGUSER=$APP_ROLE PGPASSWORD=$(cat "$SECRET") exec "$PSQL" -X "$@" ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
