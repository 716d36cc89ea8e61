#!/usr/bin/env bash
# The whole test suite, on a machine that has only the .NET SDK: installs what the tests need when it
# is missing (PostgreSQL 15, python3-openpyxl, Chromium), starts a throwaway PostgreSQL server on a free
# loopback port, runs every test (SQLite and PostgreSQL), and stops the server again.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ -z "${SAMOOCENA_TEST_POSTGRES:-}" ]; then
  PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  PGROOT=$(mktemp -d)
  PGPORT=$(/usr/bin/python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGROOT"; pg() { runuser -u postgres -- "$@"; }; else pg() { "$@"; }; fi
  stop_pg() { pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$PGROOT"; }
  trap stop_pg EXIT
  pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  # fsync stays on: the crash-safety tests kill processes mid-write and count acknowledged rows.
  pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 30 \
     -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  pg "$PGBIN/psql" -h "$PGROOT" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qc "CREATE ROLE app LOGIN CREATEDB PASSWORD 'app_pw'" -c "CREATE DATABASE appdb OWNER app"
  export SAMOOCENA_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=app;Password=app_pw;Database=appdb;Maximum Pool Size=100"
  echo "test.sh: throwaway PostgreSQL on 127.0.0.1:$PGPORT"
fi

export HOME_FOR_BROWSER=$(mktemp -d)
log=$(mktemp)
set +e
dotnet test Samoocena.sln -c Release --logger "console;verbosity=minimal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
summary=$(grep -E '(Passed|Failed)! +- Failed: ' "$log" | tail -n 1)
passed=$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$summary")
failed=$(sed -E 's/.*Failed: +([0-9]+), Passed.*/\1/' <<<"$summary")
rm -f "$log"
if [ -n "$summary" ]; then echo "tests: ${passed} passed, ${failed} failed"; fi
exit "$status"
