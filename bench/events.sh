#!/usr/bin/env bash
# bench/events.sh: listener events from HTTP clients through Kafka into MongoDB, on loopback, with
# the embedded services (Kafka KRaft in-process, mongo-java-server with the H2 backend) and one
# Payara Micro with the built WAR. For each write mode of the interaction store
# (musicrec.events.interactions.conditional-writes = false, then true) it prints: batch requests
# (events/s accepted and end to end into MongoDB), single-event requests (req/s, 202 latency
# p50/p95/p99), the delay from a 202 to the interaction being visible in MongoDB at a paced rate,
# and the exactness check (sum of counts accepted == sum of plays stored). The ratio of the two
# modes' end-to-end rates is the same-run comparison. Phases stop at a time or an event budget.
# Options (environment): BENCH_SECONDS (15), BENCH_CLIENTS (8), BENCH_BATCH (100),
# BENCH_MAX_EVENTS (200000 by id; the conditional mode gets BENCH_MAX_EVENTS_CONDITIONAL, 6000),
# BENCH_PACED (50 events/s for the visibility phase), BENCH_MODES ("false true").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=target/bench-events
rm -rf "$OUT"; mkdir -p "$OUT"
S=${BENCH_SECONDS:-15}; C=${BENCH_CLIENTS:-8}; B=${BENCH_BATCH:-100}
MAX=${BENCH_MAX_EVENTS:-200000}; MAXC=${BENCH_MAX_EVENTS_CONDITIONAL:-6000}; P=${BENCH_PACED:-50}

echo "# build: mvn -o -q -DskipTests package test-compile dependency:build-classpath"
mvn -o -q -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >&2
CP="target/test-classes:target/classes:$(cat target/test.classpath)"
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"

run_mode() { # conditional max-events
  local cmd=(java -Xmx1g -cp "$CP" org.musicrec.events.bench.EventsBench "$OUT/$1" "$1" "$S" "$C" "$B" "$2" "$P")
  echo; echo "\$ ${cmd[*]}" | sed "s|$CP|\$CP|"
  "${cmd[@]}" 2>"$OUT/$1.err" | tee "$OUT/$1.out"
}
[[ "${BENCH_MODES:-false true}" == *false* ]] && run_mode false "$MAX"
[[ "${BENCH_MODES:-false true}" == *true* ]] && run_mode true "$MAXC"

echo; echo "\$ java -cp \$CP org.musicrec.events.bench.ConsumerStoreBench $OUT/store 50000"
java -Xmx1g -cp "$CP" org.musicrec.events.bench.ConsumerStoreBench "$OUT/store" 50000 2>"$OUT/store.err" | tee "$OUT/store.out"

same() { grep "$1 writes: first" "$OUT/store.out" | sed 's/.*first [0-9]* events \([0-9]*\) events.*/\1/'; }
echo
awk -v a="$(same SINGLE_WRITER)" -v b="$(same CONDITIONAL)" 'BEGIN { printf "store alone, same 5,000 events: writes by id %d events/s, conditional writes %d events/s, ratio %.1fx\n", a, b, a / b }'
