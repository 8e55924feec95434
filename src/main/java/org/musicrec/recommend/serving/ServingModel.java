package org.musicrec.recommend.serving;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Confidence;
import org.musicrec.recommend.als.FoldIn;
import org.musicrec.recommend.als.Solver;
import org.musicrec.recommend.model.ItemSimilarity;
import org.musicrec.recommend.model.ModelArtifact;
import org.musicrec.recommend.model.ModelVersions;

/**
 * One loaded model version, immutable: factors, id indices, item popularity, the fold-in solver
 * (with Y^T Y precomputed) and item similarity. Serving holds exactly one and replaces it whole.
 */
final class ServingModel {
    final String modelId;
    final int version;
    final AlsParams params;
    final int rank;
    final Map<String, Integer> users;
    final String[] items;
    final Map<String, Integer> itemIndex;
    final float[] userFactors;
    final float[] itemFactors;
    final int[] itemCounts;
    /** Item indices by descending training count (ties by index). */
    final int[] byPopularity;
    final FoldIn foldIn;
    final ItemSimilarity similarity;

    private ServingModel(String modelId, int version, AlsParams params, ModelArtifact a) {
        this.modelId = modelId;
        this.version = version;
        this.params = params;
        this.rank = params.rank();
        AlsModelState s = a.state();
        this.users = index(a.userIds().toArray(String[]::new));
        this.items = a.itemIds().toArray(String[]::new);
        this.itemIndex = index(items);
        this.userFactors = s.userFactors();
        this.itemFactors = s.itemFactors();
        this.itemCounts = a.itemCounts();
        this.byPopularity = IntStream.range(0, items.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -itemCounts[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        this.foldIn = FoldIn.of(params, s, a.itemTotals());
        this.similarity = new ItemSimilarity(itemFactors, rank, params.latentRank());
    }

    static ServingModel load(ModelVersions versions, Document meta) throws IOException {
        String id = meta.getString("_id");
        return new ServingModel(id, ((Number) meta.get("version")).intValue(), params(meta.get("params", Document.class)),
                versions.loadArtifact(id));
    }

    /**
     * The stored parameters; models stored before solver and BM25 existed read as Cholesky with the defaults,
     * before biases existed as without them. With biases the fold-in keeps each user's constant column at 1.
     */
    static AlsParams params(Document p) {
        boolean implicit = Boolean.TRUE.equals(p.getBoolean("implicit"));
        return new AlsParams(((Number) p.get("rank")).intValue(), ((Number) p.get("reg")).doubleValue(),
                ((Number) p.get("alpha")).doubleValue(), ((Number) p.get("iterations")).intValue(),
                ((Number) p.get("seed")).longValue(), implicit,
                Confidence.valueOf(p.getString("confidence").toUpperCase(Locale.ROOT)),
                implicit && p.getString("solver") != null ? Solver.parse(p.getString("solver")) : Solver.CHOLESKY,
                number(p, "cgSteps", AlsParams.DEFAULT_CG_STEPS).intValue(),
                number(p, "bm25K1", AlsParams.DEFAULT_BM25_K1).doubleValue(),
                number(p, "bm25B", AlsParams.DEFAULT_BM25_B).doubleValue(),
                Boolean.TRUE.equals(p.getBoolean("biases")));
    }

    private static Number number(Document p, String key, Number fallback) {
        Object v = p.get(key);
        return v instanceof Number n ? n : fallback;
    }

    float[] userVector(int user) {
        return Arrays.copyOfRange(userFactors, user * rank, (user + 1) * rank);
    }

    private static Map<String, Integer> index(String[] ids) {
        Map<String, Integer> m = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            m.put(ids[i], i);
        }
        return m;
    }
}
