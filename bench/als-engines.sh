#!/usr/bin/env bash
# bench/als-engines.sh: train-als's two engines side by side in one run, through ./musicrec evaluate on the
# same splits and parameters: local (in-process, 2 threads), spark on local[2] (one driver JVM) and spark on
# a standalone cluster of 2 workers (./musicrec spark --workers 2: master, workers, executors, driver, each
# its own JVM). Prints training seconds (wall time of the training call, Spark's JVM start-up included), the
# ratio to the local engine, quality (RMSE or NDCG@10) and the peak RSS of each JVM kind (sampled every 0.5 s).
# Sets: MovieLens 100K explicit (rank 10, reg 0.1, 10 it.), HetRec Last.fm 2K implicit log (rank 50, reg 0.1,
# alpha 1, 15 it.). Run it under the shared lock (it starts a cluster): flock /work/heavy.lock bench/als-engines.sh
# Options (environment): MUSICREC_DATA_DIR (../shared/data), SETS (ml100k,hetrec).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DATA="${MUSICREC_DATA_DIR:-../shared/data}"
OUT=target/bench-engines
mkdir -p "$OUT"
SETS="${SETS:-ml100k,hetrec}"
echo "# build: mvn -B -q -DskipTests package (the WAR, the tools and spark/target/musicrec-spark-job.jar)" >&2
mvn -B -q -DskipTests package >&2
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"

field() { grep -o "\"$2\": [^,}]*" <<<"$1" | head -1 | sed 's/.*: //'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# Peak RSS (MB) per JVM kind while a command runs: evaluate (the CLI JVM), driver, executor, worker, master.
sample() {
  local out=$1
  : >"$out"
  while :; do
    ps -eo rss=,args= | awk '
      /org.musicrec.tools.evaluate.EvaluateCommand/ { k="evaluate" }
      /org.musicrec.sparkjob.AlsSparkJob/ { k="driver" }
      /CoarseGrainedExecutorBackend/ { k="executor" }
      /deploy.worker.Worker/ { k="worker" }
      /deploy.master.Master/ { k="master" }
      k != "" { print k, $1; k="" }' >>"$out"
    sleep 0.5
  done
}
peaks() { sort -k1,1 -k2,2n "$1" | awk '{ m[$1] = $2 } END { for (k in m) printf "%s %d MB, ", k, m[k] / 1024 }' | sed 's/, $//'; }

run_engine() { # label, metric, evaluate args...
  local label=$1 metric=$2; shift 2
  sample "$OUT/rss.txt" & local sampler=$!
  local j
  j=$(./musicrec evaluate "$@" 2>"$OUT/last.err")
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  local secs; secs=$(field "$j" train_seconds)
  printf '  %-26s %-7s %s   train_seconds %s' "$label" "$metric" "$(field "$j" "$metric")" "$secs"
  [[ -n "${LOCAL_SECS:-}" ]] && printf '  (%sx local)' "$(ratio "$secs" "$LOCAL_SECS")"
  printf '   peak RSS: %s\n' "$(peaks "$OUT/rss.txt")"
  LAST_SECS=$secs
}

echo "\$ ./musicrec spark --workers 2 --dir $OUT/cluster" >&2
./musicrec spark --workers 2 --dir "$OUT/cluster" >"$OUT/master.url" 2>"$OUT/cluster.err" &
CLUSTER=$!
trap 'kill $CLUSTER 2>/dev/null; wait $CLUSTER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do [[ -s "$OUT/master.url" ]] && break; sleep 1; done
MASTER=$(cat "$OUT/master.url")
[[ $MASTER == spark://127.0.0.1:* ]] || { echo "the cluster did not start: $(cat "$OUT/cluster.err")" >&2; exit 1; }
echo "# cluster: $MASTER, 2 workers of 1 core, executors 1g; $(grep -o 'ready in [0-9.]* s' "$OUT/cluster.err")"

compare() { # name, metric, split args..., -- evaluate args...
  local name=$1 metric=$2; shift 2
  echo; echo "## $name"
  echo "\$ ./musicrec evaluate $* [--threads 2 | --engine spark --spark-master local[2] | --engine spark --spark-master $MASTER]"
  LOCAL_SECS=
  run_engine "local (2 threads)" "$metric" "$@" --threads 2
  LOCAL_SECS=$LAST_SECS
  run_engine "spark local[2]" "$metric" "$@" --engine spark --spark-master 'local[2]'
  run_engine "spark standalone 2 workers" "$metric" "$@" --engine spark --spark-master "$MASTER" --spark-cores-max 2
}

if [[ ",$SETS," == *,ml100k,* && -f "$DATA/ml-100k/u.data" ]]; then
  ./musicrec split --input "$DATA/ml-100k/u.data" --train-out "$OUT/ml.train" --test-out "$OUT/ml.test" --seed 42 >/dev/null 2>&1
  compare "MovieLens 100K, explicit, seeded 80/20 (seed 42), rank 10, reg 0.1, 10 iterations" rmse \
    --train "$OUT/ml.train" --test "$OUT/ml.test" --rank 10 --reg 0.1 --iterations 10
fi
LF="$DATA/hetrec2011-lastfm-2k/user_artists.dat"
if [[ ",$SETS," == *,hetrec,* && -f "$LF" ]]; then
  ./musicrec split --implicit --input "$LF" --train-out "$OUT/lf.train" --test-out "$OUT/lf.test" --seed 42 >/dev/null 2>&1
  compare "HetRec Last.fm 2K, implicit log confidence, per-user 20% holdout (seed 42), rank 50, reg 0.1, alpha 1, 15 iterations" 'ndcg@10' \
    --implicit --train "$OUT/lf.train" --test "$OUT/lf.test" --rank 50 --reg 0.1 --alpha 1 --iterations 15 --solver cholesky
fi
echo; echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg); logs: $OUT/"
