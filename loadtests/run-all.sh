#!/usr/bin/env bash
# The whole load test in one command: wrk on SQLite and PostgreSQL (loadtests/wrk/run.sh), the driver's open-loop and
# memory steps on both (loadtests `load`), and the two-node cluster step with a SIGKILL (loadtests `cluster`); writes
# loadtests/reports/load-all-<UTC time>.md with wrk's and the driver's figures side by side and every report inlined.
#   loadtests/run-all.sh                       # this checkout (≈ 15 min)
#   BEFORE=/path/to/older/checkout loadtests/run-all.sh   # the older checkout's build first, then this one (≈ 30 min)
#   BEFORE_REPORTS=loadtests/reports/all-<time>/before loadtests/run-all.sh   # reuse an earlier run's "before" figures
# Environment: LOAD_DURATION (driver constant-rate step, s; 30), LOAD_CLOSED (driver closed-loop steps, s; 10),
#              CLUSTER_DURATION (s; 30), CLUSTER_RATE (requests/s; 400), plus run.sh's WRK_* settings.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STAMP=$(date -u +%Y%m%d-%H%M%S)
RUN="$ROOT/loadtests/reports/all-$STAMP"
mkdir -p "$RUN"
log() { echo "run-all.sh: $*" >&2; }

build() { (cd "$1" && dotnet build api -c Release -nologo -v q 2>&1 | tail -n 2 && dotnet build loadtests -c Release -nologo -v q 2>&1 | tail -n 2) >&2; }

measure() { # measure <label> <checkout>
  local label=$1 dir=$2 out="$RUN/$1"
  mkdir -p "$out"
  log "$label ($dir): wrk, SQLite"
  WRK_API_DIR="$dir/api/bin/Release/net10.0" WRK_REPORTS="$out" "$ROOT/loadtests/wrk/run.sh" sqlite > "$out/wrk-sqlite.log" 2>&1
  log "$label: wrk, PostgreSQL"
  WRK_API_DIR="$dir/api/bin/Release/net10.0" WRK_REPORTS="$out" "$ROOT/loadtests/wrk/run.sh" postgres > "$out/wrk-postgres.log" 2>&1
  for storage in sqlite postgres; do
    log "$label: driver, $storage"
    (cd "$dir" && dotnet loadtests/bin/Release/net10.0/Samoocena.LoadTests.dll load --storage "$storage" --skip-wrk \
      --duration "${LOAD_DURATION:-30}" --closed-duration "${LOAD_CLOSED:-10}" --out "$out") > "$out/driver-$storage.log" 2>&1
  done
  log "$label: cluster step"
  # The cluster driver is this checkout's; the API under test is the measured checkout's build.
  (cd "$ROOT" && dotnet loadtests/bin/Release/net10.0/Samoocena.LoadTests.dll cluster --api-dir "$dir/api/bin/Release/net10.0" \
    --duration "${CLUSTER_DURATION:-30}" --rate "${CLUSTER_RATE:-400}" --out "$out") > "$out/cluster.log" 2>&1 \
    || log "$label: cluster step FAILED (see $out/cluster.log)"
}

if [ -n "${BEFORE:-}" ]; then log "building $BEFORE"; build "$BEFORE"; fi
log "building $ROOT"; build "$ROOT"
if [ -n "${BEFORE_REPORTS:-}" ]; then
  # Figures of the older build measured earlier in the same session (a previous run's all-*/before folder).
  cp -r "$BEFORE_REPORTS" "$RUN/before"
elif [ -n "${BEFORE:-}" ]; then measure before "$BEFORE"; fi
measure after "$ROOT"

REPORT="$ROOT/loadtests/reports/load-all-$STAMP.md"
/usr/bin/python3 "$ROOT/loadtests/all/summary.py" "$RUN" "$STAMP" > "$REPORT"
rm -f "$RUN"/*/*.log.tmp
log "report: ${REPORT#$ROOT/} (underlying reports and logs in ${RUN#$ROOT/}/)"
sed -n '1,/^## wrk and the driver/p' "$REPORT"
