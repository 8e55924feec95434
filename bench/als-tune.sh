#!/usr/bin/env bash
# bench/als-tune.sh: the grid behind the implicit defaults. Evaluates implicit ALS (log confidence unless a
# line says otherwise) on HetRec Last.fm 2K with the per-user 20% holdout for each
# "rank alpha reg iterations [more evaluate flags, e.g. --confidence bm25 --bm25-k1 1.2 --solver cholesky]"
# line of the file given as $1 (or the default grid below), on the split of seed $SPLIT_SEED (default 42). Prints NDCG@10 and
# train seconds per line, with the most-popular NDCG@10 of the same split as the baseline ratio.
# VALIDATION=1 scores the grid on a split of the training part instead (the test part is not looked at).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DATA="${MUSICREC_DATA_DIR:-../shared/data}"
SEED="${SPLIT_SEED:-42}"
OUT=target/bench-als
mkdir -p "$OUT"
mvn -o -q -DskipTests process-classes >&2
CP="target/classes:$(cat target/tools-runtime.classpath):$(cat target/tools-provided.classpath)"
java -cp "$CP" org.musicrec.tools.evaluate.SplitCommand --implicit --seed "$SEED" \
    --input "$DATA/hetrec2011-lastfm-2k/user_artists.dat" --train-out "$OUT/tune$SEED.train" --test-out "$OUT/tune$SEED.test" >/dev/null
if [[ "${VALIDATION:-0}" == 1 ]]; then
  # Tuning without looking at the test part: the seed-$SEED training part is split again the same way
  # (per user 20%, seed $SEED + 1000) into a fit part and a validation part, and the grid is scored on
  # those. The chosen setting is then checked once on the untouched test parts (bench/als.sh, several seeds).
  java -cp "$CP" org.musicrec.tools.evaluate.SplitCommand --implicit --seed "$((SEED + 1000))" \
      --input "$OUT/tune$SEED.train" --train-out "$OUT/tune$SEED.fit" --test-out "$OUT/tune$SEED.validation" >/dev/null
  mv "$OUT/tune$SEED.fit" "$OUT/tune$SEED.train"
  mv "$OUT/tune$SEED.validation" "$OUT/tune$SEED.test"
  SEED="$SEED-validation"
fi
GRID="$(if [[ -z "${1:-}" ]]; then printf '%s\n' \
  "50 1 0.1 15" "50 1 0.01 15" "50 1 0.3 15" "50 1 1 15" "50 3 0.01 15" "50 0.5 0.3 15" "50 2 0.3 15" \
  "100 1 0.3 15" "100 1 0.6 15" "100 1 1 15" "100 0.7 0.5 15" "100 0.5 0.5 15" "100 1.5 0.8 15" \
  "128 1 0.6 15" "150 1 1 15" "200 1 0.6 15"; else cat "$1"; fi)"
while read -r rank alpha reg it more; do
  [[ -z "$rank" || "$rank" == \#* ]] && continue
  # shellcheck disable=SC2086 # the extra flags are meant to split into words
  set -- $more
  j=$(java -Xmx2g --add-modules jdk.incubator.vector -cp "$CP" org.musicrec.tools.evaluate.EvaluateCommand --implicit --train "$OUT/tune${SEED%-validation}.train" \
      --test "$OUT/tune${SEED%-validation}.test" --rank "$rank" --alpha "$alpha" --reg "$reg" --iterations "$it" --threads 2 "$@" 2>/dev/null)
  ndcg=$(grep -o '"ndcg@10": [0-9.]*' <<<"$j" | head -1 | sed 's/.*: //')
  pop=$(grep -o '"baseline": {[^}]*}' <<<"$j" | grep -o '"ndcg@10": [0-9.]*' | sed 's/.*: //')
  secs=$(grep -o '"train_seconds": [0-9.]*' <<<"$j" | sed 's/.*: //')
  printf 'split %s rank %s alpha %s reg %s iterations %s %s: NDCG@10 %.4f (most-popular %.4f, ratio %.2f), train %.1f s\n' \
      "$SEED" "$rank" "$alpha" "$reg" "$it" "${more:-}" "$ndcg" "$pop" "$(awk -v a="$ndcg" -v b="$pop" 'BEGIN{print a/b}')" "$secs"
done <<<"$GRID"
