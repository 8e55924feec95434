#!/usr/bin/env bash
# bench/history-read.sh: one listener's history read from mongo-java-server (H2 backend) as serving reads
# it, a known listener (the same-run baseline) against a listener with no interactions at all (a new
# listener before their first event, or a made-up id). Options (environment): INTERACTIONS (100000),
# USERS (5000), READS (11).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath >&2
OUT=target/bench-history; rm -rf "$OUT"
cmd=(java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test.classpath)" org.musicrec.events.bench.HistoryReadBench
     "$OUT" "${INTERACTIONS:-100000}" "${USERS:-5000}" "${READS:-11}")
echo "# machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
echo "\$ ${cmd[*]:0:3} <test class path> ${cmd[*]:4}"
"${cmd[@]}" 2>"$OUT.err"
