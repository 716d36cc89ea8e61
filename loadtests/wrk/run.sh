#!/usr/bin/env bash
# wrk measurement of the API as the README starts it: loadtests/wrk/run.sh [sqlite|postgres]
# Builds Release, starts the built API on a free loopback port (demo data, fresh database), sets up users,
# cohort, award and ranking through the HTTP API, runs wrk for every closed-loop scenario and writes
# loadtests/reports/wrk-<storage>-<UTC time>.md. Every process it starts is stopped on exit, even on failure.
# Environment: WRK_DURATION (10s), WRK_WARMUP (3s), WRK_PROCESS_WARMUP (30s), WRK_CONNECTIONS (64), WRK_THREADS (2), WRK_USERS (64),
#              WRK_NO_BUILD=1 (use the existing build), WRK_REPORTS (loadtests/reports).
set -euo pipefail
STORAGE=${1:-sqlite}
case "$STORAGE" in sqlite|postgres) ;; *) echo "usage: $0 [sqlite|postgres]" >&2; exit 2 ;; esac
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/loadtests/wrk"
DURATION=${WRK_DURATION:-10s}; WARMUP=${WRK_WARMUP:-3s}; PROCESS_WARMUP=${WRK_PROCESS_WARMUP:-30s}
CONNECTIONS=${WRK_CONNECTIONS:-64}; THREADS=${WRK_THREADS:-2}; USERS=${WRK_USERS:-64}
REPORTS=${WRK_REPORTS:-$ROOT/loadtests/reports}
PY=/usr/bin/python3; [ -x "$PY" ] || PY=python3
WRK=$(command -v wrk || true)
[ -n "$WRK" ] || { echo "run.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
# WRK_API_DIR: measure another build output (e.g. an older checkout's api/bin/Release/net10.0) with these scripts.
OUT=${WRK_API_DIR:-$ROOT/api/bin/Release/net10.0}
TMP=$(mktemp -d)
API_PID=""; PGROOT=""; PGBIN=""; MADE_WWWROOT=""
STAMP=$(date -u +%Y%m%d-%H%M%S)

# Below the kernel's range for outgoing connections (as loadtests/Hosting/LoopbackPorts.cs): a port from a bind to 0
# can already be the local end of a connection by the time the API binds it.
free_port() { "$PY" -c '
import random, socket
high = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0]) - 1
for port in random.sample(range(20000, high + 1), 200):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port)); print(port); break
    except OSError:
        pass
    finally:
        s.close()'; }
log() { echo "run.sh: $*" >&2; }

cleanup() {
  set +e
  if [ -n "$API_PID" ] && kill -0 "$API_PID" 2>/dev/null; then
    kill -TERM "$API_PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.2; done
    kill -0 "$API_PID" 2>/dev/null && kill -KILL "$API_PID" 2>/dev/null
    wait "$API_PID" 2>/dev/null
  fi
  if [ -n "$PGROOT" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -m immediate -w stop >/dev/null 2>&1
    rm -rf "$PGROOT"
  fi
  rm -rf "$OUT/wwwroot/_load"
  [ -n "$MADE_WWWROOT" ] && rmdir "$OUT/wwwroot" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${WRK_NO_BUILD:-0}" != 1 ] && [ -z "${WRK_API_DIR:-}" ]; then
  log "building Release"
  (cd "$ROOT" && dotnet build api -c Release -nologo -v q 2>&1 | tail -n 3) >&2
fi
[ -f "$OUT/Samoocena.Api.dll" ] || { log "missing $OUT/Samoocena.Api.dll"; exit 1; }

export SAMOOCENA_DEMO_DATA=1
# Known only to this run (a file in a private temp folder); never printed or written to a report.
"$PY" -c 'import secrets;print("wrk-admin-"+secrets.token_urlsafe(16))' > "$TMP/admin.password"
chmod 600 "$TMP/admin.password"
export SAMOOCENA_ADMIN_PASSWORD; SAMOOCENA_ADMIN_PASSWORD=$(cat "$TMP/admin.password")
export SAMOOCENA_SILO_PORT; SAMOOCENA_SILO_PORT=$(free_port)
export SAMOOCENA_GATEWAY_PORT; SAMOOCENA_GATEWAY_PORT=$(free_port)
export SAMOOCENA_CLUSTER_ID="wrk-$STAMP"
unset SAMOOCENA_POSTGRES SAMOOCENA_DB
if [ "$STORAGE" = postgres ]; then
  PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  PGROOT=$(mktemp -d); chown postgres:postgres "$PGROOT"
  PGPORT=$(free_port)
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 30 \
    -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  PGPW=$("$PY" -c 'import secrets;print(secrets.token_hex(12))')
  runuser -u postgres -- "$PGBIN/psql" -h "$PGROOT" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE wrk LOGIN PASSWORD '$PGPW'" -c "CREATE DATABASE wrkdb OWNER wrk"
  export SAMOOCENA_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=wrk;Password=$PGPW;Database=wrkdb;Maximum Pool Size=100"
  log "throwaway PostgreSQL on 127.0.0.1:$PGPORT (fsync on, defaults)"
else
  export SAMOOCENA_DB="$TMP/samoocena.db"
fi

# The static comparison files live in the built output's web root; it must exist before start.
if [ ! -d "$OUT/wwwroot" ]; then mkdir -p "$OUT/wwwroot"; MADE_WWWROOT=1; fi
mkdir -p "$OUT/wwwroot/_load"

PORT=$(free_port); BASE="http://127.0.0.1:$PORT"
log "starting the API on $BASE ($STORAGE)"
# Started from the build output folder: its appsettings.json (Microsoft.AspNetCore at Warning) applies and
# its wwwroot/ is the web root. Production environment, as deployed.
START=$(date +%s.%N)
( cd "$OUT" && exec env ASPNETCORE_ENVIRONMENT=Production dotnet Samoocena.Api.dll --urls "$BASE" ) > "$TMP/api.log" 2>&1 &
API_PID=$!
for i in $(seq 1 600); do
  kill -0 "$API_PID" 2>/dev/null || { log "API exited during start:"; tail -n 30 "$TMP/api.log" >&2; exit 1; }
  curl -fsS -o /dev/null "$BASE/health" 2>/dev/null && break
  sleep 0.2
  [ "$i" = 600 ] && { log "API not healthy after 120 s"; tail -n 30 "$TMP/api.log" >&2; exit 1; }
done
STARTUP=$("$PY" -c "import time;print(round(time.time()-$START,1))")
log "healthy after ${STARTUP} s"

"$PY" "$HERE/setup.py" --base "$BASE" --admin-password-file "$TMP/admin.password" --out "$TMP" --users "$USERS" >&2
AWARD=$("$PY" -c "import json;print(json.load(open('$TMP/setup.json'))['award'])")
COHORT=$("$PY" -c "import json;print(json.load(open('$TMP/setup.json'))['cohort'])")
RANKING=$("$PY" -c "import json;print(json.load(open('$TMP/setup.json'))['ranking'])")
QUESTIONNAIRE=$("$PY" -c "import json;print(json.load(open('$TMP/setup.json'))['questionnaire'])")
export WRK_THREADS=$THREADS WRK_AWARD=$AWARD WRK_COHORT=$COHORT WRK_RANKING=$RANKING WRK_QUESTIONNAIRE=$QUESTIONNAIRE
export WRK_NOMINEES; WRK_NOMINEES=$("$PY" -c "import json;print(','.join(json.load(open('$TMP/setup.json'))['nominees']))")
export WRK_CRITERIA; WRK_CRITERIA=$("$PY" -c "import json;print(','.join(json.load(open('$TMP/setup.json'))['criteria']))")
RSS_SETUP=$(awk '/VmRSS/{print $2}' "/proc/$API_PID/status")

COHORT_URL="$BASE/api/cohorts/$COHORT/assessments/$QUESTIONNAIRE"
RANKING_URL="$BASE/api/rankings/$RANKING"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# CPU time (user + system, clock ticks) the API process has used so far: CPU per request = delta ÷ requests.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$API_PID/stat"; }

# run <name> <script> <url> [script args]: warm-up (discarded), then the measured run.
run() {
  local name=$1 script=$2 url=$3; shift 3
  kill -0 "$API_PID" 2>/dev/null || { log "API died before $name"; tail -n 30 "$TMP/api.log" >&2; exit 1; }
  "$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$HERE/$script" "$url" -- "$@" > "$TMP/$name.warmup.txt" 2>&1 || true
  log "wrk $name"
  local cpu0; cpu0=$(cpu_ticks)
  "$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$HERE/$script" "$url" -- "$@" > "$TMP/$name.txt" 2>&1 \
    || { log "wrk failed for $name:"; cat "$TMP/$name.txt" >&2; exit 1; }
  grep -q '^WRK_RESULT ' "$TMP/$name.txt" || { log "no result line for $name:"; cat "$TMP/$name.txt" >&2; exit 1; }
  { printf '%s\t%s\t' "$name" "$(cut -d' ' -f1 /proc/loadavg)"; grep '^WRK_RESULT ' "$TMP/$name.txt" | sed 's/^WRK_RESULT //'; } >> "$TMP/results.tsv"
  printf '%s\t%s\n' "$name" "$(( $(cpu_ticks) - cpu0 ))" >> "$TMP/cpu.tsv"
}

# The process first: a freshly started API spends its first ~30 s of load compiling (tier-up of thousands of methods
# on a thread of its own, 12 % of the API's CPU 5 s in): measured then, /health rose 1.4-1.7x between the first and
# the last step. Hot-path load until the runtime has finished, discarded; every measured step comes after.
log "process warm-up: hot path for $PROCESS_WARMUP (discarded)"
"$WRK" -t"$THREADS" -c"$CONNECTIONS" -d"$PROCESS_WARMUP" -s "$HERE/hotpath.lua" "$BASE/" -- "$TMP/jst.tokens" > "$TMP/process-warmup.txt" 2>&1 || true

: > "$TMP/results.tsv"; : > "$TMP/cpu.tsv"
run health get.lua "$BASE/health"
run hotpath hotpath.lua "$BASE/" "$TMP/jst.tokens"
# What a pair is made of: the cheapest signed-in API read, the assessment read alone, the save alone.
HOT1=$(awk '{print $1; exit}' "$TMP/jst.tokens"); head -n 1 "$TMP/jst.tokens" > "$TMP/jst1.token"
run signed-in get.lua "$BASE/api/municipalities/$HOT1" "$TMP/jst1.token"
run read get.lua "$BASE/api/assessments/$QUESTIONNAIRE/$HOT1" "$TMP/jst1.token"
export WRK_ONLY=save; run save hotpath.lua "$BASE/" "$TMP/jst.tokens"; unset WRK_ONLY
run coordinator coordinator.lua "$BASE/" "$TMP/coordinator.token"
run juror juror.lua "$BASE/" "$TMP/jurors.tokens"
run ranking get.lua "$RANKING_URL" "$TMP/coordinator.token"
# The same bytes the API just served, as a static file of the same Kestrel process.
curl -fsS -H "Authorization: Bearer $(awk '{print $2; exit}' "$TMP/coordinator.token")" "$RANKING_URL" -o "$OUT/wwwroot/_load/ranking.json"
curl -fsS "$BASE/_load/ranking.json" -o "$TMP/ranking.static" && cmp -s "$OUT/wwwroot/_load/ranking.json" "$TMP/ranking.static" \
  || { log "static ranking.json not served identically from $BASE/_load/"; exit 1; }
run ranking-static get.lua "$BASE/_load/ranking.json"
run cohort get.lua "$COHORT_URL" "$TMP/coordinator.token"
curl -fsS -H "Authorization: Bearer $(awk '{print $2; exit}' "$TMP/coordinator.token")" "$COHORT_URL" -o "$OUT/wwwroot/_load/cohort.json"
curl -fsS "$BASE/_load/cohort.json" -o "$TMP/cohort.static" && cmp -s "$OUT/wwwroot/_load/cohort.json" "$TMP/cohort.static" \
  || { log "static cohort.json not served identically from $BASE/_load/"; exit 1; }
run cohort-static get.lua "$BASE/_load/cohort.json"
run health-end get.lua "$BASE/health"
# The headline ratio is one /health step and one hot-path step, 10 s apart, on shared cores: two more alternations, so
# the report can give the median of three and their spread.
for k in 2 3; do
  run "health-$k" get.lua "$BASE/health"
  run "hotpath-$k" hotpath.lua "$BASE/" "$TMP/jst.tokens"
done

# The API's own OpenTelemetry metrics (admin-only Prometheus endpoint), read twice: the exporter publishes what was
# collected up to the previous scrape.
"$PY" - "$BASE" "$TMP/admin.password" "$TMP/metrics.txt" <<'PYEOF' || log "metrics not read"
import json, sys, urllib.request
base, pw, out = sys.argv[1], open(sys.argv[2]).read().strip(), sys.argv[3]
req = urllib.request.Request(base + "/api/auth/token", data=json.dumps({"login": "admin", "password": pw}).encode(), headers={"Content-Type": "application/json"})
token = json.load(urllib.request.urlopen(req))["accessToken"]
for _ in range(2):
    body = urllib.request.urlopen(urllib.request.Request(base + "/api/admin/metrics", headers={"Authorization": "Bearer " + token})).read()
open(out, "wb").write(body)
PYEOF
[ -f "$TMP/metrics.txt" ] || : > "$TMP/metrics.txt"
RSS_END=$(awk '/VmRSS/{print $2}' "/proc/$API_PID/status")
RSS_HWM=$(awk '/VmHWM/{print $2}' "/proc/$API_PID/status")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$REPORTS"
REPORT="$REPORTS/wrk-$STORAGE-$STAMP.md"
"$PY" "$HERE/report.py" --results "$TMP/results.tsv" --raw-dir "$TMP" --setup "$TMP/setup.json" --storage "$STORAGE" --stamp "$STAMP" \
  --root "$ROOT" --api-dir "$OUT" --cpu "$TMP/cpu.tsv" --metrics "$TMP/metrics.txt" --clk-tck "$(getconf CLK_TCK)" --process-warmup "$PROCESS_WARMUP" --threads "$THREADS" --connections "$CONNECTIONS" --duration "$DURATION" --warmup "$WARMUP" \
  --rss-setup-kb "$RSS_SETUP" --rss-end-kb "$RSS_END" --rss-hwm-kb "$RSS_HWM" --startup-s "$STARTUP" \
  --load-before "$LOAD_BEFORE" --load-after "$LOAD_AFTER" \
  --ranking-bytes "$(stat -c %s "$OUT/wwwroot/_load/ranking.json")" --cohort-bytes "$(stat -c %s "$OUT/wwwroot/_load/cohort.json")" \
  > "$TMP/report.md"
mv "$TMP/report.md" "$REPORT"
log "report: ${REPORT#$ROOT/}"
cat "$REPORT"
