package org.musicrec.recommend.serving;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Nearest tracks in the PCA audio space (Euclidean distance over the components both tracks have),
 * by a bounded heap over the catalogue's tracks with audio. Similarity is reported as 1 / (1 + d).
 */
final class AudioNeighbours {
    private AudioNeighbours() {
    }

    record Neighbour(TrackInfo track, double similarity) {
    }

    static List<Neighbour> of(float[] query, List<TrackInfo> candidates, int n, Set<String> exclude, Integer genre) {
        PriorityQueue<Neighbour> heap = new PriorityQueue<>(Comparator.comparingDouble(Neighbour::similarity));
        for (TrackInfo t : candidates) {
            if (exclude.contains(t.trackId()) || !t.inGenre(genre)) {
                continue;
            }
            double d = 0;
            int dims = Math.min(query.length, t.pca().length);
            for (int k = 0; k < dims; k++) {
                double x = query[k] - t.pca()[k];
                d += x * x;
            }
            Neighbour nb = new Neighbour(t, 1.0 / (1.0 + Math.sqrt(d)));
            if (heap.size() < n) {
                heap.add(nb);
            } else if (n > 0 && nb.similarity() > heap.peek().similarity()) {
                heap.poll();
                heap.add(nb);
            }
        }
        List<Neighbour> out = new ArrayList<>(heap);
        out.sort(Comparator.comparingDouble(Neighbour::similarity).reversed().thenComparing(x -> x.track().trackId()));
        return out;
    }

    /** The mean of the given tracks' coordinates (a listener's centre in the audio space); null when none has audio. */
    static float[] centroid(List<TrackInfo> tracks) {
        float[] sum = null;
        int n = 0;
        for (TrackInfo t : tracks) {
            if (t.pca() == null) {
                continue;
            }
            if (sum == null) {
                sum = new float[t.pca().length];
            }
            for (int k = 0; k < Math.min(sum.length, t.pca().length); k++) {
                sum[k] += t.pca()[k];
            }
            n++;
        }
        if (sum == null) {
            return null;
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= n;
        }
        return sum;
    }
}
