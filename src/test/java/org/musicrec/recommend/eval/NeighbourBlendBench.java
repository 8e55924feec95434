package org.musicrec.recommend.eval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.AlsTrainer;
import org.musicrec.recommend.als.CsrMatrix;

/**
 * Another idea for the HetRec NDCG@10 goal, measured without changing the product (a main, not a test):
 * blend the default ALS model's scores with a second model of another family, per user
 * {@code als / max(als) + w * other / max(other)} over the unseen items. The second models are the
 * usual strong baselines for this kind of data: item-based kNN with (asymmetric) cosine, EASE (Steck
 * 2019, through the Woodbury identity over the 1,892 users instead of inverting an items x items
 * matrix) and RP3beta (Paudel et al. 2017). w = 0 is ALS alone; the last weight (1000) stands for the
 * second model alone. Metrics as {@link RankingMetrics} computes them.
 *
 * <p>Arguments: train-file test-file binary|log method params... where method is
 * {@code knn ALPHA}, {@code ease LAMBDA} or {@code rp3 ALPHA BETA}; weights 0, 0.1 ... 3, alone.
 */
public final class NeighbourBlendBench {
    private static final double[] WEIGHTS = {0, 0.1, 0.2, 0.35, 0.5, 0.7, 1.0, 1.5, 2.5, 1000};

    private final CsrMatrix byUser;
    private final CsrMatrix byItem;
    private final float[] userWeight; // weight of each entry of byUser
    private final float[] itemWeight; // weight of each entry of byItem
    private final int numUsers;
    private final int numItems;

    private NeighbourBlendBench(AlsData data, boolean binary) {
        byUser = data.byUser();
        byItem = data.byItem();
        numUsers = data.numUsers();
        numItems = data.numItems();
        userWeight = weights(byUser.value(), binary);
        itemWeight = weights(byItem.value(), binary);
    }

    /** The second model: one user's scores over all items (seen ones are ignored by the caller). */
    private interface Scorer {
        void score(int user, double[] out);
    }

    public static void main(String[] a) throws Exception {
        Interactions train = new Interactions(new IdDictionary(), new IdDictionary());
        InteractionFile.read(Path.of(a[0]), train, InteractionFile.DEFAULT_MAX_ROWS);
        Interactions test = train.emptyLike();
        InteractionFile.read(Path.of(a[1]), test, InteractionFile.DEFAULT_MAX_ROWS);
        AlsData data = train.toAlsData();
        NeighbourBlendBench bench = new NeighbourBlendBench(data, a[2].equals("binary"));
        AlsParams params = AlsParams.implicitDefaults();
        AlsModelState model;
        try (AlsTrainer t = new AlsTrainer(data, params, 2)) {
            model = t.train(null);
        }
        Scorer other = switch (a[3]) {
            case "knn" -> bench.itemKnn(Double.parseDouble(a[4]));
            case "ease" -> bench.ease(Double.parseDouble(a[4]));
            case "rp3" -> bench.rp3(Double.parseDouble(a[4]), Double.parseDouble(a[5]));
            default -> throw new IllegalArgumentException("method: knn, ease or rp3");
        };
        double[] ndcg = bench.blend(model, other, heldOut(test, data.numUsers()));
        StringBuilder line = new StringBuilder(String.join(" ", Arrays.copyOfRange(a, 2, a.length)) + ":");
        for (int w = 0; w < WEIGHTS.length; w++) {
            line.append(String.format(Locale.ROOT, " w%s=%.4f", WEIGHTS[w] >= 1000 ? "-alone" : String.valueOf(WEIGHTS[w]), ndcg[w]));
        }
        System.out.println(line);
    }

    private double[] blend(AlsModelState model, Scorer other, int[][] held) {
        int rank = model.rank();
        double[] sums = new double[WEIGHTS.length];
        double[] als = new double[numItems];
        double[] second = new double[numItems];
        double[] blended = new double[numItems];
        boolean[] seen = new boolean[numItems];
        int users = 0;
        for (int u = 0; u < numUsers; u++) {
            if (held[u].length == 0) {
                continue;
            }
            users++;
            int from = byUser.rowStart()[u];
            int to = byUser.rowStart()[u + 1];
            for (int e = from; e < to; e++) {
                seen[byUser.index()[e]] = true;
            }
            other.score(u, second);
            double alsMax = 0;
            double secondMax = 0;
            for (int i = 0; i < numItems; i++) {
                double s = 0;
                for (int f = 0; f < rank; f++) {
                    s += (double) model.userFactors()[u * rank + f] * model.itemFactors()[i * rank + f];
                }
                als[i] = s;
                if (!seen[i]) {
                    alsMax = Math.max(alsMax, s);
                    secondMax = Math.max(secondMax, second[i]);
                }
            }
            for (int w = 0; w < WEIGHTS.length; w++) {
                for (int i = 0; i < numItems; i++) {
                    blended[i] = WEIGHTS[w] >= 1000 ? second[i] : als[i] / alsMax + WEIGHTS[w] * second[i] / secondMax;
                }
                RankingMetrics one = new RankingMetrics(10, numItems);
                one.add(topUnseen(blended, seen, 10), held[u]);
                sums[w] += one.result().ndcg();
            }
            for (int e = from; e < to; e++) {
                seen[byUser.index()[e]] = false;
            }
        }
        for (int w = 0; w < sums.length; w++) {
            sums[w] /= users;
        }
        return sums;
    }

    /** Item kNN: sim(j, i) = sum_v x_vj x_vi / (|j|^2alpha |i|^2(1-alpha)); score_i = sum_j x_uj sim(j, i). */
    private Scorer itemKnn(double alpha) {
        double[] norm2 = new double[numItems];
        for (int i = 0; i < numItems; i++) {
            for (int e = byItem.rowStart()[i]; e < byItem.rowStart()[i + 1]; e++) {
                norm2[i] += itemWeight[e] * itemWeight[e];
            }
        }
        double[] overlap = new double[numUsers];
        return (u, out) -> {
            Arrays.fill(overlap, 0);
            for (int e = byUser.rowStart()[u]; e < byUser.rowStart()[u + 1]; e++) {
                int j = byUser.index()[e];
                double c = userWeight[e] / Math.pow(norm2[j], alpha);
                for (int g = byItem.rowStart()[j]; g < byItem.rowStart()[j + 1]; g++) {
                    overlap[byItem.index()[g]] += c * itemWeight[g];
                }
            }
            spread(overlap, out);
            for (int i = 0; i < numItems; i++) {
                out[i] = norm2[i] > 0 ? out[i] / Math.pow(norm2[i], 1 - alpha) : 0;
            }
        };
    }

    /**
     * EASE: B = I - P diag(1/diag P), P = (X^T X + lambda I)^-1. With fewer users than items,
     * P = (I - X^T K^-1 X) / lambda with K = X X^T + lambda I (users x users), so no items x items
     * matrix is ever formed. For an unseen item the score is -(x_u P)_i / P_ii.
     */
    private Scorer ease(double lambda) {
        int n = numUsers;
        double[] k = new double[n * n];
        for (int i = 0; i < numItems; i++) {
            for (int e = byItem.rowStart()[i]; e < byItem.rowStart()[i + 1]; e++) {
                for (int g = byItem.rowStart()[i]; g < byItem.rowStart()[i + 1]; g++) {
                    k[byItem.index()[e] * n + byItem.index()[g]] += itemWeight[e] * itemWeight[g];
                }
            }
        }
        for (int v = 0; v < n; v++) {
            k[v * n + v] += lambda;
        }
        double[] kInv = invert(k, n);
        double[] diagP = new double[numItems];
        for (int i = 0; i < numItems; i++) {
            double s = 0;
            for (int e = byItem.rowStart()[i]; e < byItem.rowStart()[i + 1]; e++) {
                for (int g = byItem.rowStart()[i]; g < byItem.rowStart()[i + 1]; g++) {
                    s += itemWeight[e] * kInv[byItem.index()[e] * n + byItem.index()[g]] * itemWeight[g];
                }
            }
            diagP[i] = (1 - s) / lambda;
        }
        double[] overlap = new double[n];
        double[] solved = new double[n];
        return (u, out) -> {
            Arrays.fill(overlap, 0);
            for (int e = byUser.rowStart()[u]; e < byUser.rowStart()[u + 1]; e++) {
                int j = byUser.index()[e];
                for (int g = byItem.rowStart()[j]; g < byItem.rowStart()[j + 1]; g++) {
                    overlap[byItem.index()[g]] += userWeight[e] * itemWeight[g];
                }
            }
            for (int v = 0; v < n; v++) {
                double s = 0;
                for (int w = 0; w < n; w++) {
                    s += kInv[v * n + w] * overlap[w];
                }
                solved[v] = s;
            }
            spread(solved, out); // (x_u X^T K^-1 X)_i; for unseen i, (x_u P)_i = -that / lambda
            for (int i = 0; i < numItems; i++) {
                out[i] = diagP[i] > 0 ? out[i] / lambda / diagP[i] : 0;
            }
        };
    }

    /** RP3beta: three random-walk steps user, item, user, item, each probability to the alpha, over popularity^beta. */
    private Scorer rp3(double alpha, double beta) {
        double[] userSum = new double[numUsers];
        double[] itemSum = new double[numItems];
        for (int u = 0; u < numUsers; u++) {
            for (int e = byUser.rowStart()[u]; e < byUser.rowStart()[u + 1]; e++) {
                userSum[u] += userWeight[e];
            }
        }
        for (int i = 0; i < numItems; i++) {
            for (int e = byItem.rowStart()[i]; e < byItem.rowStart()[i + 1]; e++) {
                itemSum[i] += itemWeight[e];
            }
        }
        double[] reach = new double[numUsers];
        return (u, out) -> {
            Arrays.fill(reach, 0);
            for (int e = byUser.rowStart()[u]; e < byUser.rowStart()[u + 1]; e++) {
                int j = byUser.index()[e];
                double toItem = Math.pow(userWeight[e] / userSum[u], alpha);
                for (int g = byItem.rowStart()[j]; g < byItem.rowStart()[j + 1]; g++) {
                    reach[byItem.index()[g]] += toItem * Math.pow(itemWeight[g] / itemSum[j], alpha);
                }
            }
            Arrays.fill(out, 0);
            for (int v = 0; v < numUsers; v++) {
                if (reach[v] != 0) {
                    for (int e = byUser.rowStart()[v]; e < byUser.rowStart()[v + 1]; e++) {
                        out[byUser.index()[e]] += reach[v] * Math.pow(userWeight[e] / userSum[v], alpha);
                    }
                }
            }
            for (int i = 0; i < numItems; i++) {
                int degree = byItem.rowLength(i);
                out[i] = degree == 0 ? 0 : out[i] / Math.pow(degree, beta);
            }
        };
    }

    /** out_i = sum_v perUser_v x_vi. */
    private void spread(double[] perUser, double[] out) {
        Arrays.fill(out, 0);
        for (int v = 0; v < numUsers; v++) {
            if (perUser[v] != 0) {
                for (int e = byUser.rowStart()[v]; e < byUser.rowStart()[v + 1]; e++) {
                    out[byUser.index()[e]] += perUser[v] * userWeight[e];
                }
            }
        }
    }

    private static int[] topUnseen(double[] scores, boolean[] seen, int k) {
        double[] bestScore = new double[k];
        int[] best = new int[k];
        Arrays.fill(bestScore, Double.NEGATIVE_INFINITY);
        Arrays.fill(best, -1);
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (seen[i] || !(s > bestScore[k - 1])) {
                continue;
            }
            int p = k - 1;
            while (p > 0 && bestScore[p - 1] < s) {
                bestScore[p] = bestScore[p - 1];
                best[p] = best[p - 1];
                p--;
            }
            bestScore[p] = s;
            best[p] = i;
        }
        return best;
    }

    /** Gauss-Jordan inverse of a symmetric positive-definite matrix (no pivoting needed). */
    private static double[] invert(double[] matrix, int n) {
        double[] a = matrix.clone();
        double[] inv = new double[n * n];
        for (int i = 0; i < n; i++) {
            inv[i * n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            double pivot = a[c * n + c];
            for (int j = 0; j < n; j++) {
                a[c * n + j] /= pivot;
                inv[c * n + j] /= pivot;
            }
            for (int r = 0; r < n; r++) {
                double f = a[r * n + c];
                if (r != c && f != 0) {
                    for (int j = 0; j < n; j++) {
                        a[r * n + j] -= f * a[c * n + j];
                        inv[r * n + j] -= f * inv[c * n + j];
                    }
                }
            }
        }
        return inv;
    }

    private static float[] weights(float[] values, boolean binary) {
        float[] w = new float[values.length];
        for (int e = 0; e < w.length; e++) {
            w[e] = binary ? 1f : (float) Math.log1p(values[e]);
        }
        return w;
    }

    private static int[][] heldOut(Interactions test, int numUsers) {
        int[] counts = new int[numUsers];
        for (int r = 0; r < test.size(); r++) {
            counts[test.user(r)]++;
        }
        int[][] held = new int[numUsers][];
        for (int u = 0; u < numUsers; u++) {
            held[u] = new int[counts[u]];
            counts[u] = 0;
        }
        for (int r = 0; r < test.size(); r++) {
            int u = test.user(r);
            held[u][counts[u]++] = test.item(r);
        }
        return held;
    }
}
