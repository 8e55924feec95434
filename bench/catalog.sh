#!/usr/bin/env bash
# bench/catalog.sh: the full-size FMA catalogue (106,574 tracks, 14,854 albums, 16,341 artists,
# 163 genres) generated once under target/, then imported with ./musicrec import's code into a
# mongo-java-server (H2 backend, its own JVM, fresh file per run) through the real driver.
# Prints wall seconds, rows/s, CPU seconds and peak RSS per run; the baseline is the same import
# with --dry-run (parse + convert, no store) in the same run, given as a ratio.
# Usage: [BENCH_TRACKS=N] bench/catalog.sh [batch sizes...]   (default: 1000, then the sweep 100 500 2000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [[ $# -gt 0 ]]; then SIZES=("$@"); else SIZES=(1000 100 500 2000); fi
TRACKS=${BENCH_TRACKS:-106574}   # a smaller BENCH_TRACKS gives a quick smoke run
PORT=${BENCH_MONGO_PORT:-27199}
OUT=target/bench-catalog
TIME=/usr/bin/time
[[ -x $TIME ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

mvn -o -q -DskipTests test-compile >&2
CP="target/classes:target/test-classes:$(cat target/tools-runtime.classpath):$(cat target/tools-provided.classpath)"
mkdir -p "$OUT"
JAVA=(java -Xmx1g -cp "$CP")
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs a command under GNU time; prints the command, then "wall cpu rss" figures.
measure() {
  local label=$1; shift
  local shown="$*"
  echo "\$ ${shown//$CP/\$CP}"
  local status=0
  "$TIME" -f "TIME %e %U %S %M" -o "$OUT/time.txt" "$@" > "$OUT/$label.out" 2> "$OUT/$label.err" || status=$?
  if ((status != 0)); then
    echo "$label failed with exit status $status:" >&2; tail -5 "$OUT/$label.err" >&2; exit 1
  fi
  read -r _ WALL USR SYS RSS < "$OUT/time.txt"
  ROWS=$(awk '/rows read/ {s += $2} END {print s + 0}' "$OUT/$label.out")
  printf '%-14s wall %7.1f s  cpu %6.1f s  peak RSS %5d MB  rows %d  %8.0f rows/s  (load avg now %s)\n' \
    "$label" "$WALL" "$(echo "$USR + $SYS" | bc)" "$((RSS / 1024))" "$ROWS" "$(echo "$ROWS / $WALL" | bc -l)" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  grep -E '^(genres|artists|albums|tracks) ' "$OUT/$label.out" | sed 's/^/    /' || true
}

if [[ ! -f $OUT/tracks-$TRACKS/tracks.csv ]]; then
  measure generate "${JAVA[@]}" org.musicrec.tools.generate.FmaMetadataGeneratorCommand "$OUT/tracks-$TRACKS" --tracks "$TRACKS" --seed 42
fi
du -sh "$OUT/tracks-$TRACKS" | sed 's/^/catalogue size /'

measure dry-run "${JAVA[@]}" org.musicrec.tools.catalog.CatalogImportCommand "$OUT/tracks-$TRACKS" --dry-run
BASE=$WALL
# Streaming check: the same dry run must also pass in a 128 MB heap.
measure dry-run-128m java -Xmx128m -cp "$CP" org.musicrec.tools.catalog.CatalogImportCommand "$OUT/tracks-$TRACKS" --dry-run

for size in "${SIZES[@]}"; do
  rm -f "$OUT"/mongo.mv*
  "${JAVA[@]}" org.musicrec.catalog.bench.BenchMongoServer h2 "$OUT/mongo.mv" "$PORT" > "$OUT/server.out" 2> "$OUT/server.err" &
  SERVER=$!
  for _ in $(seq 1 100); do grep -q listening "$OUT/server.out" 2>/dev/null && break; sleep 0.2; done
  measure "batch-$size" "${JAVA[@]}" org.musicrec.tools.catalog.CatalogImportCommand "$OUT/tracks-$TRACKS" \
    --mongo "mongodb://127.0.0.1:$PORT" --database bench --batch-size "$size"
  # The figure counts only if every track is in the store: count them there, not in the importer's report.
  STORED=$("${JAVA[@]}" org.musicrec.catalog.bench.CountDocuments "mongodb://127.0.0.1:$PORT" bench tracks 2>/dev/null | awk '{print $2}')
  [[ $STORED == "$TRACKS" ]] || { echo "batch-$size: $STORED tracks stored, expected $TRACKS" >&2; kill "$SERVER"; exit 1; }
  printf '    %d tracks in the store; ratio to dry run: %.1fx; ' "$STORED" "$(echo "$WALL / $BASE" | bc -l)"
  kill "$SERVER"; wait "$SERVER" || true
  grep -E 'mongo server (CPU|peak)' "$OUT/server.err" | tr '\n' ';' ; echo
done
