#!/usr/bin/env bash
# Starts a PostgreSQL cluster of its own for the tests ("kierunek-tests", Debian's pg_createcluster) and prints
# the connection string the storage tests use. Installs the server first when asked (CI does: --install).
#
# The cluster is the tests' alone, so it can drop durability: without fsync, full-page writes and synchronous
# commits, the tests' thousands of small commits and their CREATE/DROP DATABASE do not wait for the disk. A crash
# loses at most the last moments of throw-away test databases. Never point real data at it; the machine's other
# clusters (e.g. "main") are not touched.
set -euo pipefail
if [ "${1:-}" = "--install" ] && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || { echo "PostgreSQL is not installed" >&2; exit 3; }
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
name=kierunek-tests
row() { pg_lsclusters -h | awk -v v="$version" -v n="$name" '$1 == v && $2 == n'; }
if [ -z "$(row)" ]; then
  pg_createcluster "$version" "$name" -o fsync=off -o full_page_writes=off -o synchronous_commit=off >&2
fi
port=$(row | awk '{print $3}')
row | grep -q online || pg_ctlcluster "$version" "$name" start >&2
for i in $(seq 1 30); do
  su postgres -c "psql -p $port -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $port -qtAc \"select 1 from pg_roles where rolname='kierunek'\"" | grep -q 1 ||
  su postgres -c "psql -p $port -qc \"create role kierunek login createdb password 'kierunek'\"" >&2
# CREATEROLE: the tests of the application's own database role (no UPDATE/DELETE/TRUNCATE on the audit) create one
# and drop it afterwards, as an operator would with createuser.
su postgres -c "psql -p $port -qc 'alter role kierunek createrole'" >&2
echo "Host=127.0.0.1;Port=$port;Username=kierunek;Password=kierunek;Database=postgres"
