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
# BENCH_HISTORY_CACHE="500000 0" instead runs writes by id once per value of
# musicrec.serving.history-cache.max-interactions (0 = the fold-in reads every history) and prints the
# ratio of the first two end-to-end rates: the same-run comparison of the listener-history cache.
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

run_mode() { # conditional max-events [history-cache]
  local name="$1${3:+-cache$3}"
  local cmd=(java -Xmx1g -cp "$CP" org.musicrec.events.bench.EventsBench "$OUT/$name" "$1" "$S" "$C" "$B" "$2" "$P" "${3:-default}")
  echo; echo "\$ ${cmd[*]}" | sed "s|$CP|\$CP|"
  "${cmd[@]}" 2>"$OUT/$name.err" | tee "$OUT/$name.out"
}
if [[ -n "${BENCH_HISTORY_CACHE:-}" ]]; then
  for h in $BENCH_HISTORY_CACHE; do run_mode false "$MAX" "$h"; done
  set -- $BENCH_HISTORY_CACHE
  e2e() { grep -m1 '^batch:' "$OUT/false-cache$1.out" | sed 's/.*end to end \([0-9]*\) events.*/\1/'; }
  echo; awk -v a="$(e2e "$1")" -v b="$(e2e "$2")" -v x="$1" -v y="$2" \
    'BEGIN { printf "batch end to end: history cache %s %s events/s, %s %s events/s, ratio %.2fx\n", x, a, y, b, a / b }'
  exit 0
fi
[[ "${BENCH_MODES:-false true}" == *false* ]] && run_mode false "$MAX"
[[ "${BENCH_MODES:-false true}" == *true* ]] && run_mode true "$MAXC"

echo; echo "\$ java -cp \$CP org.musicrec.events.bench.ConsumerStoreBench $OUT/store 50000"
java -Xmx1g -cp "$CP" org.musicrec.events.bench.ConsumerStoreBench "$OUT/store" 50000 2>"$OUT/store.err" | tee "$OUT/store.out"

same() { grep "$1 writes: first" "$OUT/store.out" | sed 's/.*first [0-9]* events \([0-9]*\) events.*/\1/'; }
echo
awk -v a="$(same SINGLE_WRITER)" -v b="$(same CONDITIONAL)" 'BEGIN { printf "store alone, same 5,000 events: writes by id %d events/s, conditional writes %d events/s, ratio %.1fx\n", a, b, a / b }'
