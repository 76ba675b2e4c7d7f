#!/usr/bin/env bash
# A private PostgreSQL cluster for development and tests (issue 12): initdb + pg_ctl on a
# local port, its socket and data under /tmp, trust authentication for local connections.
#
#   scripts/pg-cluster.sh start [port] [datadir]   # default 55432 /tmp/factdesk-pg-<port>
#   scripts/pg-cluster.sh stop  [port] [datadir]
#   scripts/pg-cluster.sh url   [port]             # prints the postgresql:// URL of database "factdesk"
#
# Works as root (the server runs as user postgres through runuser/su) and as an ordinary
# user (the server runs as that user). Needs Debian's PostgreSQL (apt-get install -y postgresql)
# or PG_BIN pointing at a directory holding initdb and pg_ctl.
set -euo pipefail
cmd="${1:-start}"
port="${2:-${PGPORT_FACTDESK:-55432}}"
data="${3:-/tmp/factdesk-pg-$port}"
sock="$data-socket"

if [ -z "${PG_BIN:-}" ]; then
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
fi
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo "PostgreSQL server binaries not found: apt-get install -y postgresql, or set PG_BIN" >&2
  exit 1
fi

# Run a command as the cluster's owner: postgres when we are root (initdb refuses root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

url() { echo "postgresql://postgres@127.0.0.1:$port/factdesk"; }

case "$cmd" in
  start)
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data" "$sock"
      if [ "$(id -u)" -eq 0 ]; then chown postgres "$data" "$sock"; fi
      chmod 700 "$data"
      as_owner "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_owner "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      mkdir -p "$sock"
      if [ "$(id -u)" -eq 0 ]; then chown postgres "$sock"; fi
      # fsync off: a test cluster, thrown away with /tmp; max_connections covers parallel test files.
      as_owner "$PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -o "-p $port -k $sock -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=${FACTDESK_PG_FSYNC:-off} -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    fi
    # The app's database (tests create their own per test file).
    if ! as_owner "$PG_BIN/psql" -h "$sock" -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'factdesk'" | grep -q 1; then
      as_owner "$PG_BIN/createdb" -h "$sock" -p "$port" -U postgres factdesk
    fi
    url
    ;;
  stop)
    if [ -f "$data/PG_VERSION" ]; then as_owner "$PG_BIN/pg_ctl" -D "$data" -m fast stop >/dev/null || true; fi
    ;;
  url)
    url
    ;;
  *)
    echo "usage: $0 start|stop|url [port] [datadir]" >&2
    exit 2
    ;;
esac
