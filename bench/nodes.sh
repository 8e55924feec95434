#!/usr/bin/env bash
# bench/nodes.sh: one node against two, side by side in one run, on one machine: two Payara Micro
# processes with the built WAR on one in-process Kafka broker (4 partitions) and one Mongo wire
# server, a seeded taste fixture and a quick ALS model. Prints events end to end with one node and
# with two (batch requests spread over the nodes; from the first send until MongoDB holds every
# accepted event, which must equal what was accepted), their ratio, and the freshness across nodes:
# an event accepted by node A until node B's answer for that listener changed, p50/p95/max.
# Options (environment): BENCH_SECONDS (15), BENCH_CLIENTS (4), BENCH_BATCH (50), BENCH_LISTENERS (40).
# Starts Payara Micro: run it under the shared lock (flock /work/heavy.lock bash bench/nodes.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=target/bench-nodes
mkdir -p "$OUT"
echo "# build: mvn -o -q -DskipTests package test-compile dependency:build-classpath"
mvn -o -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >&2
CP="target/test-classes:target/classes:$(cat target/test.classpath)"
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)"
cmd=(java -Xmx1g -cp "$CP" org.musicrec.it.MultiNodeBench "$OUT/work" "${BENCH_SECONDS:-15}" "${BENCH_CLIENTS:-4}" "${BENCH_BATCH:-50}" "${BENCH_LISTENERS:-40}")
echo "\$ ${cmd[*]}" | sed "s|$CP|\$CP|"
"${cmd[@]}" 2>"$OUT/bench.err" | tee "$OUT/bench.out"
# The bench exits 1 itself when a count disagrees; check that every figure was printed.
for line in "one node:" "two nodes:" "ratio two nodes" "freshness across nodes"; do
  grep -q "^$line" "$OUT/bench.out" || { echo "bench/nodes.sh: no '$line' line (see $OUT/bench.err)" >&2; exit 1; }
done
