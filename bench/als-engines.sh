#!/usr/bin/env bash
# bench/als-engines.sh: train-als's two engines side by side in one run, through ./musicrec evaluate on the
# same splits and parameters: local (in-process, 2 threads), spark on local[2] (one driver JVM) and spark on
# a standalone cluster of 2 workers (./musicrec spark --workers 2: master, workers, executors, driver, each
# its own JVM). Per run: training seconds (wall time of the training call, Spark's JVM start-up included),
# the whole evaluate command's wall seconds, the ratio to the local engine, quality (RMSE or NDCG@10) and
# the peak RSS of each JVM kind (one process's peak: the kernel's high-water mark, read every 0.2 s). Before printing, the script checks
# its own results: every command's exit status, the row counts (generated = split input, split parts =
# what each evaluate read) and that every figure is there; a failed check exits 1 with the reason.
# Sets (SETS, default ml100k,hetrec,synthetic):
#   ml100k     MovieLens 100K explicit, seeded 80/20 (seed 42), rank 10, reg 0.1, 10 it.
#   hetrec     HetRec Last.fm 2K implicit log, per-user 20% holdout (seed 42), rank 50, reg 0.1, alpha 1, 15 it., cholesky
#   synthetic  the seeded power-law set (./musicrec generate-interactions, SYNTHETIC=users,items,rows, default
#              100000,20000,5000000, seed 42), per-user holdout, implicit log, rank 50, reg 0.1, alpha 1, 5 it.
#   big        the same generator at 100000,20000,25000000 (rank 50, 5 it.): local engine and the standalone
#              cluster only, with BIG_WORKER_MEMORY (7g) per worker and BIG_EXECUTOR_MEMORY (6g) per executor,
#              the driver 3g, evaluate 8g: about 22 GB of heaps at most, for a 24 GB machine with nothing else big.
# Other options (environment): MUSICREC_DATA_DIR (../shared/data), WORKER_MEMORY (2g), EXECUTOR_MEMORY
# (1536m), DRIVER_MEMORY (2g), EVAL_HEAP (3g), SPARK_BLOCKS (4).
# It starts a cluster and, with synthetic or big, needs more than 3 GB: on the shared machine run it as
#   flock /work/heavy.lock flock /work/bigmem.lock bash bench/als-engines.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DATA="${MUSICREC_DATA_DIR:-../shared/data}"
OUT=target/bench-engines
mkdir -p "$OUT"
SETS="${SETS:-ml100k,hetrec,synthetic}"
SYNTHETIC="${SYNTHETIC:-100000,20000,5000000}"
WORKER_MEMORY="${WORKER_MEMORY:-2g}"
EXECUTOR_MEMORY="${EXECUTOR_MEMORY:-1536m}"
DRIVER_MEMORY="${DRIVER_MEMORY:-2g}"
EVAL_HEAP="${EVAL_HEAP:-3g}"
BLOCKS="${SPARK_BLOCKS:-4}"
has() { [[ ",$SETS," == *,$1,* ]]; }
if has big; then
  WORKER_MEMORY="${BIG_WORKER_MEMORY:-7g}"
fi

echo "# build: mvn -B -q -DskipTests package (the WAR, the tools and spark/target/musicrec-spark-job.jar)" >&2
mvn -B -q -DskipTests package >&2
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"

fail() { echo "als-engines: CHECK FAILED: $*" >&2; exit 1; }
field() { grep -o "\"$2\": [^,}]*" <<<"$1" | head -1 | sed 's/.*: //; s/"//g'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }
now() { date +%s.%N; }

# Peak RSS (MB) of one process per JVM kind while a command runs: evaluate (the CLI JVM), driver, executor,
# worker, master. Each sample reads the kernel's high-water mark (VmHWM in /proc/<pid>/status), not the
# current RSS, so a peak between two samples is not missed; only growth after a process's last sample is.
sample() {
  local out=$1
  : >"$out"
  while :; do
    ps -eo pid=,args= | awk '
      /org.musicrec.tools.evaluate.EvaluateCommand/ { k="evaluate" }
      /org.musicrec.sparkjob.AlsSparkJob/ { k="driver" }
      /CoarseGrainedExecutorBackend/ { k="executor" }
      /deploy.worker.Worker/ { k="worker" }
      /deploy.master.Master/ { k="master" }
      k != "" { print k, $1; k="" }' | while read -r kind pid; do
        awk -v k="$kind" '/^VmHWM:/ { print k, $2 }' "/proc/$pid/status" 2>/dev/null || true
      done >>"$out"
    sleep 0.2
  done
}
peak() { awk -v k="$2" '$1 == k && $2 > m { m = $2 } END { if (m > 0) printf "%d", m / 1024 }' "$1"; }

RESULTS="$OUT/results.txt"
: >"$RESULTS"
# run_engine set label metric kinds train_rows test_rows -- evaluate args...: one evaluate, checked; one result line.
run_engine() {
  local set=$1 label=$2 metric=$3 kinds=$4 train_rows=$5 test_rows=$6; shift 7
  local tag; tag="$set-${label//[^a-z0-9]/_}"
  echo "\$ JAVA_OPTS=-Xmx$EVAL_HEAP ./musicrec evaluate $*" >&2
  sample "$OUT/$tag.rss" & local sampler=$!
  local start status=0 j
  start=$(now)
  JAVA_OPTS="-Xmx$EVAL_HEAP" ./musicrec evaluate "$@" >"$OUT/$tag.json" 2>"$OUT/$tag.err" || status=$?
  local wall; wall=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  [[ $status -eq 0 ]] || fail "$set $label: evaluate exited with status $status: $(tail -3 "$OUT/$tag.err")"
  j=$(cat "$OUT/$tag.json")
  [[ "$(field "$j" train_rows)" == "$train_rows" ]] || fail "$set $label: evaluate read $(field "$j" train_rows) training rows, the split wrote $train_rows"
  [[ "$(field "$j" test_rows)" == "$test_rows" ]] || fail "$set $label: evaluate read $(field "$j" test_rows) test rows, the split wrote $test_rows"
  local secs quality; secs=$(field "$j" train_seconds); quality=$(field "$j" "$metric")
  [[ $secs =~ ^[0-9.]+$ ]] || fail "$set $label: no train_seconds in $j"
  [[ $quality =~ ^[0-9.]+(E-?[0-9]+)?$ ]] || fail "$set $label: no $metric in $j"
  if [[ $label == spark* ]]; then
    [[ "$(field "$j" engine)" == spark ]] || fail "$set $label: the JSON does not say engine spark: $j"
  fi
  local rss="" k p
  for k in $kinds; do
    p=$(peak "$OUT/$tag.rss" "$k")
    [[ -n $p ]] || fail "$set $label: no $k JVM seen while it ran (samples in $OUT/$tag.rss)"
    rss+="$k $p, "
  done
  echo "$set|$label|$metric $quality|$secs|$wall|${rss%, }" >>"$RESULTS"
}

# split_set input output-prefix expected-input-rows [--implicit]: prints "train_rows test_rows", checked.
split_set() {
  local input=$1 prefix=$2 expected=$3; shift 3
  local j
  j=$(JAVA_OPTS="-Xmx$EVAL_HEAP" ./musicrec split --input "$input" --train-out "$prefix.train" --test-out "$prefix.test" --seed 42 "$@" 2>"$prefix.split.err") \
    || fail "split of $input: $(tail -3 "$prefix.split.err")"
  [[ "$(field "$j" input_rows)" == "$expected" ]] || fail "split of $input read $(field "$j" input_rows) rows, expected $expected"
  local tr te; tr=$(field "$j" train_rows); te=$(field "$j" test_rows)
  [[ $((tr + te)) -eq $expected ]] || fail "split of $input: $tr + $te rows is not $expected"
  echo "$tr $te"
}

echo "\$ ./musicrec spark --workers 2 --worker-memory $WORKER_MEMORY --dir $OUT/cluster" >&2
rm -f "$OUT/master.url"
./musicrec spark --workers 2 --worker-memory "$WORKER_MEMORY" --dir "$OUT/cluster" >"$OUT/master.url" 2>"$OUT/cluster.err" &
CLUSTER=$!
trap 'kill $CLUSTER 2>/dev/null; wait $CLUSTER 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do [[ -s "$OUT/master.url" ]] && break; kill -0 $CLUSTER 2>/dev/null || break; sleep 1; done
MASTER=$(cat "$OUT/master.url")
[[ $MASTER == spark://127.0.0.1:* ]] || fail "the cluster did not start: $(cat "$OUT/cluster.err")"
READY=$(grep -o 'ready in [0-9.]* s' "$OUT/cluster.err")

declare -A TITLE COMMAND
compare() { # set title metric train_rows test_rows engines -- evaluate args...
  local set=$1 title=$2 metric=$3 tr=$4 te=$5 engines=$6; shift 7
  TITLE[$set]=$title
  COMMAND[$set]="./musicrec evaluate $*"
  local spark=(--spark-blocks "$BLOCKS" --spark-driver-memory "$DRIVER_MEMORY" --spark-executor-memory "$EXECUTOR_MEMORY")
  run_engine "$set" "local (2 threads)" "$metric" "evaluate" "$tr" "$te" -- "$@" --threads 2
  if [[ $engines == *local2* ]]; then
    run_engine "$set" "spark local[2]" "$metric" "evaluate driver" "$tr" "$te" -- "$@" --threads 2 --engine spark \
      --spark-master 'local[2]' "${spark[@]}"
  fi
  run_engine "$set" "spark standalone, 2 workers" "$metric" "evaluate driver executor worker master" "$tr" "$te" -- "$@" --threads 2 \
    --engine spark --spark-master "$MASTER" --spark-cores-max 2 "${spark[@]}"
}

if has ml100k; then
  COUNTS=$(split_set "$DATA/ml-100k/u.data" "$OUT/ml" 100000)
  read -r TR TE <<<"$COUNTS"
  compare ml100k "MovieLens 100K, explicit, seeded 80/20 (seed 42), rank 10, reg 0.1, 10 iterations" rmse "$TR" "$TE" local2 -- \
    --train "$OUT/ml.train" --test "$OUT/ml.test" --rank 10 --reg 0.1 --iterations 10
fi
if has hetrec; then
  COUNTS=$(split_set "$DATA/hetrec2011-lastfm-2k/user_artists.dat" "$OUT/lf" 92834 --implicit)
  read -r TR TE <<<"$COUNTS"
  compare hetrec "HetRec Last.fm 2K, implicit log confidence, per-user 20% holdout (seed 42), rank 50, reg 0.1, alpha 1, 15 iterations, cholesky" \
    'ndcg@10' "$TR" "$TE" local2 -- --implicit --train "$OUT/lf.train" --test "$OUT/lf.test" --rank 50 --reg 0.1 --alpha 1 \
    --iterations 15 --solver cholesky
fi
synthetic() { # set users,items,rows engines
  local set=$1 engines=$3 u i r j
  IFS=, read -r u i r <<<"$2"
  echo "\$ ./musicrec generate-interactions --users $u --items $i --rows $r --seed 42 --out $OUT/$set.tsv" >&2
  j=$(JAVA_OPTS="-Xmx$EVAL_HEAP" ./musicrec generate-interactions --users "$u" --items "$i" --rows "$r" --seed 42 --out "$OUT/$set.tsv" \
      2>"$OUT/$set.gen.err") || fail "generate-interactions: $(tail -3 "$OUT/$set.gen.err")"
  [[ "$(field "$j" rows)" == "$r" && "$(wc -l <"$OUT/$set.tsv")" -eq "$r" ]] || fail "generate-interactions wrote $(wc -l <"$OUT/$set.tsv") rows, not $r"
  COUNTS=$(split_set "$OUT/$set.tsv" "$OUT/$set" "$r" --implicit)
  read -r TR TE <<<"$COUNTS"
  rm -f "$OUT/$set.tsv"
  compare "$set" "synthetic power-law $u users x $i items x $r rows (seed 42), per-user holdout (seed 42), implicit log, rank 50, reg 0.1, alpha 1, 5 iterations" \
    'ndcg@10' "$TR" "$TE" "$engines" -- --implicit --train "$OUT/$set.train" --test "$OUT/$set.test" --rank 50 --reg 0.1 --alpha 1 --iterations 5
}
if has synthetic; then
  synthetic synthetic "$SYNTHETIC" local2
fi
if has big; then
  EVAL_HEAP="${BIG_EVAL_HEAP:-8g}" EXECUTOR_MEMORY="${BIG_EXECUTOR_MEMORY:-6g}" DRIVER_MEMORY="${BIG_DRIVER_MEMORY:-3g}"
  synthetic big 100000,20000,25000000 standalone
fi

# Every check passed: the figures.
echo "# cluster: $MASTER, 2 workers of 1 core and $WORKER_MEMORY, executors $EXECUTOR_MEMORY, driver $DRIVER_MEMORY, evaluate -Xmx$EVAL_HEAP, $BLOCKS blocks; $READY"
for set in ml100k hetrec synthetic big; do
  grep -q "^$set|" "$RESULTS" || continue
  echo; echo "## ${TITLE[$set]}"
  echo "\$ ${COMMAND[$set]} [--threads 2 | --engine spark --spark-master local[2] | --engine spark --spark-master $MASTER --spark-cores-max 2] (+ --spark-blocks, memory options above)"
  printf '| %-28s | %-18s | %-13s | %-12s | %-10s | %s |\n' engine quality "train seconds" "x local" "wall s" "peak RSS, MB"
  LOCAL_SECS=$(awk -F'|' -v s="$set" '$1 == s && $2 ~ /^local/ { print $4 }' "$RESULTS")
  while IFS='|' read -r s label quality secs wall rss; do
    [[ $s == "$set" ]] || continue
    printf '| %-28s | %-18s | %-13s | %-12s | %-10s | %s |\n' "$label" "$quality" "$secs" "$(ratio "$secs" "$LOCAL_SECS")x" "$wall" "$rss"
  done <"$RESULTS"
done
echo; echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg); logs: $OUT/"
