#!/usr/bin/env bash
# Audio feature speed: decode and features per 30 s clip (single thread, median over the real clips),
# clips/s with 1 and N threads, and the ratio to librosa's CPU time (librosa-timings.csv).
# Usage: bench/features.sh [threads=2] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${MUSICREC_DATA_DIR:-../shared/data}/audio-real"
THREADS="${1:-2}"
ROUNDS="${2:-3}"
[[ -d $DATA ]] || { echo "bench/features.sh: $DATA is absent" >&2; exit 2; }
mvn -o -q -DskipTests test-compile >&2
# Own class path file (every scope), independent of how the launcher splits its tool class paths.
[[ target/audio-bench.classpath -nt pom.xml ]] || mvn -o -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/audio-bench.classpath >&2
CP="target/test-classes:target/classes:$(cat target/audio-bench.classpath)"
CMD=(java -Xmx1g -cp "$CP" org.musicrec.audio.FeaturesBenchmark "$DATA" "$THREADS" "$ROUNDS")
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# command: java -Xmx1g -cp target/test-classes:target/classes:<audio-bench.classpath> org.musicrec.audio.FeaturesBenchmark $DATA $THREADS $ROUNDS"
"${CMD[@]}"
