package org.musicrec.recommend.als;

/**
 * The k best-scoring items for a query vector (dot product with every item), skipping excluded
 * items, via a size-k heap instead of a full sort. Ties go to the lower item index, so the order is
 * fully determined.
 */
public final class TopN {
    /** Items in rank order (best first) with their scores. */
    public record Ranked(int[] items, float[] scores) {
        public int size() {
            return items.length;
        }
    }

    private TopN() {
    }

    public static Ranked of(float[] query, float[] itemFactors, int rank, int k, int[] excludeSorted) {
        return of(query, 0, itemFactors, rank, itemFactors.length / rank, k, excludeSorted, 0,
                excludeSorted.length);
    }

    /**
     * @param numItems      only items {@code 0 .. numItems-1} are candidates
     * @param exclude       ascending item indices (duplicates allowed) in {@code [exFrom, exTo)}
     */
    public static Ranked of(float[] query, int queryOffset, float[] itemFactors, int rank, int numItems, int k,
                            int[] exclude, int exFrom, int exTo) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0");
        }
        int cap = Math.min(k, numItems);
        int[] heapItems = new int[cap];
        float[] heapScores = new float[cap];
        int size = 0;
        int ex = exFrom;
        for (int item = 0; item < numItems && cap > 0; item++) {
            while (ex < exTo && exclude[ex] < item) {
                ex++;
            }
            if (ex < exTo && exclude[ex] == item) {
                continue;
            }
            float s = 0f;
            int off = item * rank;
            for (int j = 0; j < rank; j++) {
                s += query[queryOffset + j] * itemFactors[off + j];
            }
            if (size < cap) {
                heapItems[size] = item;
                heapScores[size] = s;
                siftUp(heapItems, heapScores, size++);
            } else if (better(s, item, heapScores[0], heapItems[0])) {
                heapItems[0] = item;
                heapScores[0] = s;
                siftDown(heapItems, heapScores, 0, size);
            }
        }
        int[] items = new int[size];
        float[] scores = new float[size];
        for (int n = size - 1; n >= 0; n--) {
            items[n] = heapItems[0];
            scores[n] = heapScores[0];
            heapItems[0] = heapItems[n];
            heapScores[0] = heapScores[n];
            siftDown(heapItems, heapScores, 0, n);
        }
        return new Ranked(items, scores);
    }

    /** Whether (s1, i1) ranks above (s2, i2): higher score, then lower item index. NaN ranks last. */
    private static boolean better(float s1, int i1, float s2, int i2) {
        if (s1 != s2) {
            return s1 > s2 || (Float.isNaN(s2) && !Float.isNaN(s1));
        }
        return i1 < i2;
    }

    /** Min-heap on rank: the root is the worst of the kept items. */
    private static void siftUp(int[] items, float[] scores, int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!better(scores[parent], items[parent], scores[at], items[at])) {
                return;
            }
            swap(items, scores, at, parent);
            at = parent;
        }
    }

    private static void siftDown(int[] items, float[] scores, int at, int size) {
        while (true) {
            int worst = at;
            int l = 2 * at + 1;
            int r = l + 1;
            if (l < size && better(scores[worst], items[worst], scores[l], items[l])) {
                worst = l;
            }
            if (r < size && better(scores[worst], items[worst], scores[r], items[r])) {
                worst = r;
            }
            if (worst == at) {
                return;
            }
            swap(items, scores, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] items, float[] scores, int a, int b) {
        int ti = items[a];
        items[a] = items[b];
        items[b] = ti;
        float ts = scores[a];
        scores[a] = scores[b];
        scores[b] = ts;
    }
}
