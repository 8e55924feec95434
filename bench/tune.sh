#!/usr/bin/env bash
# bench/tune.sh: hyperparameter search from the declared ranges (./musicrec evaluate --tune), within a time
# budget (BUDGET seconds, default 300), on HetRec Last.fm 2K (implicit, per-user 20%, seed 42) and
# MovieLens 100K (explicit, seeded 80/20, seed 42; the explicit ranges include biases on or off). Checks its own targets: HetRec NDCG@10 on test at least
# the hand-tuned defaults' figure in the same run, ML-100K RMSE at most 0.9158 (Spark MLlib's best over its
# 12-setting grid on this split), each whole search plus retraining inside the budget. Prints the candidate
# count the budget bought and the best-so-far curve. TUNE_ONLY=hetrec|ml to run one set; TUNE_HEAP
# (default 3g) sets the JVM heap.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DATA="${MUSICREC_DATA_DIR:-../shared/data}"
BUDGET="${BUDGET:-300}"
OUT=target/bench-tune
mkdir -p "$OUT"
mvn -o -q -DskipTests process-classes >&2
# A private copy of the classes: a build during the run must not swap class files under the JVM.
rm -rf "$OUT/classes" && cp -r target/classes "$OUT/classes"
CP="$OUT/classes:$(cat target/tools-runtime.classpath):$(cat target/tools-provided.classpath)"
JAVA=(java "-Xmx${TUNE_HEAP:-3g}" --add-modules jdk.incubator.vector -cp "$CP")
echo "# machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD)"
field() { grep -o "\"$2\": [^,}]*" <<<"$1" | head -1 | sed 's/.*: //'; }
curve() { grep -o '"curve": \[[^]]*\]' <<<"$1" | grep -o '{[^}]*}' | sed 's/"//g; s/[{}]//g; s/^/    /'; }
status=0

if [[ "${TUNE_ONLY:-hetrec}" == hetrec && -f "$DATA/hetrec2011-lastfm-2k/user_artists.dat" ]]; then
  "${JAVA[@]}" org.musicrec.tools.evaluate.SplitCommand --implicit --seed 42 --input "$DATA/hetrec2011-lastfm-2k/user_artists.dat" \
      --train-out "$OUT/lf.train" --test-out "$OUT/lf.test" >/dev/null
  echo "## HetRec, hand-tuned defaults (same run): ${JAVA[*]:0:1} ... EvaluateCommand --implicit --train $OUT/lf.train --test $OUT/lf.test"
  d=$("${JAVA[@]}" org.musicrec.tools.evaluate.EvaluateCommand --implicit --train "$OUT/lf.train" --test "$OUT/lf.test" 2>/dev/null)
  echo "  NDCG@10 $(field "$d" 'ndcg@10'), train $(field "$d" train_seconds) s"
  echo "## HetRec, tuned: EvaluateCommand --implicit --tune --budget-seconds $BUDGET --train $OUT/lf.train --test $OUT/lf.test"
  j=$("${JAVA[@]}" org.musicrec.tools.evaluate.EvaluateCommand --implicit --tune --budget-seconds "$BUDGET" \
      --train "$OUT/lf.train" --test "$OUT/lf.test" 2>"$OUT/lf.tune.err")
  echo "$j" >"$OUT/lf.tune.json"
  grep -A1000 '^ *cand ' "$OUT/lf.tune.err" | grep -- '<- winner' | sed 's/^/  winner: /'
  echo "  candidates $(field "$j" candidates), evaluations $(field "$j" evaluations), total $(field "$j" total_seconds) s"
  echo "  winner: rank $(field "$j" rank) reg $(field "$j" reg) alpha $(field "$j" alpha) $(field "$j" confidence) $(field "$j" iterations) it."
  echo "  NDCG@10 on test $(field "$j" 'ndcg@10') vs defaults $(field "$d" 'ndcg@10') (ratio $(awk -v a="$(field "$j" 'ndcg@10')" -v b="$(field "$d" 'ndcg@10')" 'BEGIN{printf "%.3f", a/b}'))"
  echo "  best-so-far (validation NDCG@10) after each bracket:"; curve "$j"
  if awk -v a="$(field "$j" 'ndcg@10')" -v b="$(field "$d" 'ndcg@10')" -v t="$(field "$j" total_seconds)" -v B="$BUDGET" 'BEGIN{exit !(a >= b && t <= B)}'; then
    echo "  target met"; else echo "  TARGET MISSED"; status=1; fi
fi

if [[ "${TUNE_ONLY:-ml}" == ml && -f "$DATA/ml-100k/u.data" ]]; then
  "${JAVA[@]}" org.musicrec.tools.evaluate.SplitCommand --seed 42 --input "$DATA/ml-100k/u.data" \
      --train-out "$OUT/ml.train" --test-out "$OUT/ml.test" >/dev/null
  d=$("${JAVA[@]}" org.musicrec.tools.evaluate.EvaluateCommand --train "$OUT/ml.train" --test "$OUT/ml.test" 2>/dev/null)
  echo "## ML-100K, explicit defaults (same run, rank 10, reg 0.1, 10 it.): RMSE $(field "$d" rmse); Spark's grid best 0.9158"
  echo "## ML-100K, tuned: EvaluateCommand --tune --budget-seconds $BUDGET --train $OUT/ml.train --test $OUT/ml.test"
  j=$("${JAVA[@]}" org.musicrec.tools.evaluate.EvaluateCommand --tune --budget-seconds "$BUDGET" \
      --train "$OUT/ml.train" --test "$OUT/ml.test" 2>"$OUT/ml.tune.err")
  echo "$j" >"$OUT/ml.tune.json"
  echo "  candidates $(field "$j" candidates), evaluations $(field "$j" evaluations), total $(field "$j" total_seconds) s"
  echo "  winner: rank $(field "$j" rank) reg $(field "$j" reg) $(field "$j" iterations) it., biases $(field "$j" biases)"
  echo "  RMSE on test $(field "$j" rmse) vs defaults $(field "$d" rmse) (ratio $(awk -v a="$(field "$j" rmse)" -v b="$(field "$d" rmse)" 'BEGIN{printf "%.3f", a/b}')), target <= 0.9158"
  echo "  best-so-far (validation RMSE) after each bracket:"; curve "$j"
  if awk -v a="$(field "$j" rmse)" -v t="$(field "$j" total_seconds)" -v B="$BUDGET" 'BEGIN{exit !(a <= 0.9158 && t <= B)}'; then
    echo "  target met"; else echo "  TARGET MISSED"; status=1; fi
fi
exit $status
