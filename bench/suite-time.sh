#!/usr/bin/env bash
# bench/suite-time.sh: the wall time of `./musicrec test` (unit tests, then the integration tests) on
# this checkout, with the machine's load before and after. Fails when the suite fails. The figure
# BENCHMARKS.md and docs/testing.md give for the suite comes from this script.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
LOG=target/suite-time.log
mkdir -p target
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
echo "\$ ./musicrec test > $LOG 2>&1"
t0=$(date +%s)
status=0
./musicrec test > "$LOG" 2>&1 || status=$?
t1=$(date +%s)
tests=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures' "$LOG" | grep -v ' -- in ' | awk -F'[ ,]+' '{print $4}' | paste -sd/ -)
if ((status != 0)); then
  echo "the suite failed (exit $status) after $(( (t1 - t0) / 60 )) min $(( (t1 - t0) % 60 )) s; see $LOG" >&2
  exit 1
fi
printf 'suite: %d min %02d s, tests (unit/integration) %s, load now %s\n' $(( (t1 - t0) / 60 )) $(( (t1 - t0) % 60 )) "$tests" "$(cut -d' ' -f1 /proc/loadavg)"
