#!/usr/bin/env bash
# Sampling 1,000 of 100,000 entries of a ZIP64 archive: bytes read versus a sequential scan, and time versus
# Debian's unzip extracting the same entries. The archive is generated once under target/sampling-bench/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ENTRIES="${ENTRIES:-100000}"
SAMPLE="${SAMPLE:-1000}"
WORK=target/sampling-bench

if ! command -v unzip >/dev/null; then
  echo "installing unzip (Debian package)" >&2
  apt-get install -y unzip >/dev/null
fi
mvn -o -q -DskipTests test-compile
# Our own class path file (test scope = everything), independent of the launcher's tools class path files.
mkdir -p "$WORK"
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/bench.classpath"
CP="target/test-classes:target/classes:$(cat "$WORK/bench.classpath")"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(. /etc/os-release; echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1)"
echo "\$ java -Xmx1g -cp ... org.musicrec.sampling.SamplingBench $WORK $ENTRIES $SAMPLE"
java -Xmx1g -cp "$CP" org.musicrec.sampling.SamplingBench "$WORK" "$ENTRIES" "$SAMPLE"

# The command a user runs, JVM start included, next to unzip on the same names (warm cache).
ARCHIVE="$WORK/synthetic-$ENTRIES.zip"
rm -rf "$WORK/cli" "$WORK/cli-unzip"
start=$(date +%s%N)
java -Xmx1g -cp "$CP" org.musicrec.tools.sampling.SampleCommand "$ARCHIVE" "$WORK/cli" \
  --max-files "$SAMPLE" --strategy random --seed 1 --extensions mp3 > "$WORK/cli.out" 2>/dev/null
cli_ms=$(( ($(date +%s%N) - start) / 1000000 ))
mapfile -t names < <(awk -F'\t' '$1=="extracted"{print $2}' "$WORK/cli.out")
start=$(date +%s%N)
unzip -qq -o "$ARCHIVE" "${names[@]}" -d "$WORK/cli-unzip"
unzip_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "\$ java ... SampleCommand $ARCHIVE $WORK/cli --max-files $SAMPLE --strategy random --seed 1   ${cli_ms} ms (${#names[@]} files, JVM start included)"
echo "\$ unzip -qq -o $ARCHIVE <the same ${#names[@]} names> -d $WORK/cli-unzip   ${unzip_ms} ms"
awk -v a="$cli_ms" -v b="$unzip_ms" 'BEGIN{printf "ratio CLI/unzip (JVM start included): %.2fx\n", a/b}'
rm -rf "$WORK/cli" "$WORK/cli-unzip"
