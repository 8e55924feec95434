#!/usr/bin/env bash
# bench/ab-events.sh BASE NEW [ROUNDS]: the events bench (writes by id, BENCH_MODES=false bash bench/events.sh)
# on two commits back to back, alternating BASE, NEW in each round, each in its own worktree under
# target/ab/. Prints each run's batch end-to-end rate and 202 -> visible p95, and per round the ratio
# NEW / BASE: on this shared machine only a same-round ratio means anything. Fails if a run fails or
# its exactness line is missing. Runs H and I of BENCHMARKS.md are `bench/ab-events.sh 8ed1a0d 02d98f7 2`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ $# -ge 2 ]] || { echo "usage: bench/ab-events.sh BASE NEW [ROUNDS]" >&2; exit 2; }
BASE=$1; NEW=$2; ROUNDS=${3:-2}
OUT=$PWD/target/ab; mkdir -p "$OUT"
for rev in "$BASE" "$NEW"; do
  dir=$OUT/$rev
  [[ -d $dir ]] || git worktree add -q --detach "$dir" "$rev"
  ln -sfn "$PWD/../shared" "$OUT/shared" 2>/dev/null || true
done
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); base $BASE, new $NEW, $ROUNDS rounds"

# run REV LABEL: prints "events/s p95"
run() {
  local rev=$1 label=$2 log=$OUT/$2.log
  echo "\$ BENCH_MODES=false bash target/ab/$rev/bench/events.sh  # load $(cut -d' ' -f1 /proc/loadavg)" >&2
  BENCH_MODES=false bash "$OUT/$rev/bench/events.sh" > "$log" 2>&1 || { echo "$label failed:" >&2; tail -20 "$log" >&2; exit 1; }
  grep -q '^exactness: .* EQUAL' "$log" || { echo "$label: accepted and stored counts not shown EQUAL in $log" >&2; exit 1; }
  local rate p95
  rate=$(grep -m1 '^batch:' "$log" | sed 's/.*end to end \([0-9]*\) events.*/\1/')
  p95=$(grep -m1 'visible in MongoDB' "$log" | sed -n 's/.*visible in MongoDB ms p50 [0-9.]* p95 \([0-9.]*\).*/\1/p')
  [[ -n $rate ]] || { echo "$label: no end-to-end rate in $log" >&2; exit 1; }
  echo "$rate ${p95:-?}"
}
for r in $(seq 1 "$ROUNDS"); do
  read -r b bp < <(run "$BASE" "round$r-base")
  read -r n np < <(run "$NEW" "round$r-new")
  printf 'round %d: base %s events/s (visible p95 %s ms), new %s events/s (p95 %s ms), ratio new / base %.2fx\n' \
    "$r" "$b" "$bp" "$n" "$np" "$(echo "$n / $b" | bc -l)"
done
