#!/usr/bin/env bash
# bench/als-spark.sh: our ALS against Spark MLlib ALS (local[THREADS]) in one JVM, on identical splits and
# parameters: ML-100K explicit (rank 10, reg 0.1, 10 it.), HetRec Last.fm 2K implicit (Spark's setting and
# our defaults) and the seeded synthetic power-law set (SyntheticInteractions). Prints both training
# times, the ratio Spark/ours and quality side by side (both scored by the same code).
# Spark comes from the Maven profile spark-bench only (test scope; never in the WAR or the default build).
# Options (environment): MUSICREC_DATA_DIR (../shared/data), SETS (ml100k,hetrec,synthetic), THREADS (2),
# REPEATS (3), SYNTHETIC (100000,20000,5000000), SYNTHETIC_ITERATIONS (5), SYNTHETIC_REPEATS (1), MODEL_SEED (42:
# the initial factors' seed of both engines in the HetRec cases), FROM_SPARK_INIT (set: also train ours from
# Spark's initial factors), HEAP (8g).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DATA="${MUSICREC_DATA_DIR:-../shared/data}"
echo "# build: mvn -B -q -Pspark-bench -DskipTests process-test-classes" >&2
mvn -B -q -Pspark-bench -DskipTests process-test-classes >&2
CP="target/test-classes:target/classes:$(cat target/spark-bench.classpath)"
# Spark 3.5 on Java 17 needs these opens (the list of Spark's own launcher); jdk.incubator.vector lets
# Spark's netlib use its vectorised Java BLAS (no native BLAS is installed here), Spark's fastest setting.
OPENS=()
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  OPENS+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
ARGS=(--data "$DATA" --sets "${SETS:-ml100k,hetrec,synthetic}"
      --threads "${THREADS:-2}" --repeats "${REPEATS:-3}" --synthetic "${SYNTHETIC:-100000,20000,5000000}"
      --synthetic-iterations "${SYNTHETIC_ITERATIONS:-5}" --synthetic-repeats "${SYNTHETIC_REPEATS:-1}"
      --model-seed "${MODEL_SEED:-42}" ${FROM_SPARK_INIT:+--from-spark-init})
CMD=(java "-Xmx${HEAP:-8g}" "${OPENS[@]}" --add-modules jdk.incubator.vector -Djdk.reflect.useDirectMethodHandle=false
     -cp "$CP" org.musicrec.recommend.bench.SparkAlsBench "${ARGS[@]}")
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
echo "\$ java -Xmx${HEAP:-8g} <--add-opens ...> --add-modules jdk.incubator.vector -cp <spark-bench class path> org.musicrec.recommend.bench.SparkAlsBench ${ARGS[*]}"
mkdir -p target/bench-als
"${CMD[@]}" 2>target/bench-als/spark.err
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg); Spark's log: target/bench-als/spark.err"
