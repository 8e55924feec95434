#!/usr/bin/env bash
# How much the MP3 decoder (not the maths) moves the features: agreement with librosa-features.csv
# for JLayer raw / gapless-trimmed / ffmpeg-rounded / both, and for ffmpeg's own decode when ffmpeg
# is installed (its WAVs go to target/bench-wav, made once).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${MUSICREC_DATA_DIR:-../shared/data}/audio-real"
[[ -d $DATA ]] || { echo "bench/audio-decoder-effect.sh: $DATA is absent" >&2; exit 2; }
mvn -o -q -DskipTests test-compile >&2
# Own class path file (every scope), independent of how the launcher splits its tool class paths.
[[ target/audio-bench.classpath -nt pom.xml ]] || mvn -o -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/audio-bench.classpath >&2
WAVS=()
if command -v ffmpeg >/dev/null; then
  mkdir -p target/bench-wav
  for f in "$DATA"/*.mp3; do
    out="target/bench-wav/$(basename "$f" .mp3).wav"
    [[ -f $out ]] || ffmpeg -nostdin -loglevel error -y -i "$f" -map 0:a -c:a pcm_s16le "$out"
  done
  WAVS=(target/bench-wav)
else
  echo "# ffmpeg not installed: skipping the ffmpeg-decode row" >&2
fi
CP="target/test-classes:target/classes:$(cat target/audio-bench.classpath)"
echo "# $(date -u +%FT%TZ); errors = |ours - librosa| / column std across the 40 clips"
echo "# command: java -cp ... org.musicrec.audio.DecoderEffectReport $DATA ${WAVS[*]:-}"
java -Xmx1g -cp "$CP" org.musicrec.audio.DecoderEffectReport "$DATA" "${WAVS[@]}"
