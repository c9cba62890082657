#!/usr/bin/env bash
# Starts the machine's PostgreSQL (Debian cluster) and prints the connection string the
# storage tests use. Installs the server first when asked (CI does: --install).
set -euo pipefail
if [ "${1:-}" = "--install" ] && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || { echo "PostgreSQL is not installed" >&2; exit 3; }
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q .; then
  pg_createcluster "$version" main >&2
fi
cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
port=$(pg_lsclusters -h | head -1 | awk '{print $3}')
pg_lsclusters -h | head -1 | grep -q online || pg_ctlcluster $cluster start >&2
for i in $(seq 1 30); do
  su postgres -c "psql -p $port -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $port -qtAc \"select 1 from pg_roles where rolname='kierunek'\"" | grep -q 1 ||
  su postgres -c "psql -p $port -qc \"create role kierunek login createdb password 'kierunek'\"" >&2
echo "Host=127.0.0.1;Port=$port;Username=kierunek;Password=kierunek;Database=postgres"
