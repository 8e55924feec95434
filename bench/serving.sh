#!/usr/bin/env bash
# bench/serving.sh: GET /api/users/{id}/recommendations on a 100K-track catalogue (model of
# BENCH_USERS users x 100K items, rank 64, every user's list warm), against Payara Micro with the
# real Mongo wire server and Kafka broker, load from hey on loopback (same 2 cores).
#   1. fixed rate: BENCH_RATE requests/s (hey -q per worker x -c workers) for BENCH_SECONDS: p50/p95/p99
#   2. saturation: hey -c 32 for BENCH_SECONDS: requests/s
# Baseline in the same run: GET /api (a JAX-RS endpoint answering a small in-memory JSON object),
# same two loads; the figures are given as ratios to it. Needs: apt-get install -y hey
# Usage: [BENCH_TRACKS=100000 BENCH_USERS=5000 BENCH_RATE=2000 BENCH_SECONDS=20] bench/serving.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v hey >/dev/null || { echo "needs hey: apt-get install -y hey" >&2; exit 2; }
TRACKS=${BENCH_TRACKS:-100000}
USERS=${BENCH_USERS:-5000}
RATE=${BENCH_RATE:-2000}
SECS=${BENCH_SECONDS:-20}
WORKERS=20
OUT=target/bench-serving-out
mkdir -p "$OUT"
[[ -f target/musicrec.war ]] || mvn -B -q -o -DskipTests package
mvn -B -q -o -DskipTests test-compile
CP="target/classes:target/test-classes:$(cat target/tools-runtime.classpath):$(cat target/tools-provided.classpath)"
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# catalogue $TRACKS tracks, model $USERS users x $TRACKS items rank 64; fixed rate $RATE/s for $SECS s; saturation -c 32"

coproc BENCH { java -Xmx4g -cp "$CP" org.musicrec.recommend.serving.bench.ServingBench --tracks "$TRACKS" --users "$USERS" 2> "$OUT/setup.err"; }
read -r -u "${BENCH[0]}" READY BASE || { cat "$OUT/setup.err" >&2; exit 1; }
[[ $READY == READY ]] || { echo "setup failed: $READY $BASE" >&2; cat "$OUT/setup.err" >&2; exit 1; }
grep -E '^(catalogue|model|warm-up):' "$OUT/setup.err" | sed 's/^/# /'

# hey <label> <url> <hey options...>: prints rps and latency quantiles in ms
run() {
  local label=$1 url=$2; shift 2
  echo "\$ hey $* $url" >&2
  hey "$@" "$url" > "$OUT/$label.txt"
  local rps p50 p95 p99 errors
  rps=$(awk '/Requests\/sec:/ {print $2}' "$OUT/$label.txt")
  p50=$(awk '/50%+ in/ {print $3 * 1000}' "$OUT/$label.txt")
  p95=$(awk '/95%+ in/ {print $3 * 1000}' "$OUT/$label.txt")
  p99=$(awk '/99%+ in/ {print $3 * 1000}' "$OUT/$label.txt")
  errors=$(awk '/\[[0-9]+\]/ && !/\[200\]/ {s += $2} END {print s + 0}' "$OUT/$label.txt")
  printf '%-22s %9.0f req/s   p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  non-200 %d\n' "$label" "$rps" "$p50" "$p95" "$p99" "$errors"
  echo "$rps $p99" > "$OUT/$label.fig"
}
REC="$BASE/api/users/bench-user-17/recommendations?n=10"
QPW=$(( RATE / WORKERS ))
hey -z 5s -c 8 "$REC" > /dev/null   # JIT warm-up of the path
hey -z 5s -c 8 "$BASE/api" > /dev/null
run baseline-fixed "$BASE/api" -z "${SECS}s" -c "$WORKERS" -q "$QPW"
run recs-fixed "$REC" -z "${SECS}s" -c "$WORKERS" -q "$QPW"
run baseline-saturated "$BASE/api" -z "${SECS}s" -c 32
run recs-saturated "$REC" -z "${SECS}s" -c 32
read -r B_RPS _ < "$OUT/baseline-saturated.fig"
read -r R_RPS _ < "$OUT/recs-saturated.fig"
read -r _ B_P99 < "$OUT/baseline-fixed.fig"
read -r _ R_P99 < "$OUT/recs-fixed.fig"
printf 'recommendations at %d/s: p99 %.2f ms (goal < 10 ms), %.2fx the baseline p99\n' "$RATE" "$(echo "$R_P99" | bc -l)" "$(echo "$R_P99 / $B_P99" | bc -l)"
printf 'saturation: %.0f req/s, %.2f of the baseline endpoint (%.0f req/s)\n' "$R_RPS" "$(echo "$R_RPS / $B_RPS" | bc -l)" "$B_RPS"
exec {BENCH[1]}>&-
wait "$BENCH_PID" 2>/dev/null || true
