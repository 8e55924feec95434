package org.musicrec.recommend.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Bm25;
import org.musicrec.recommend.als.Confidence;
import org.musicrec.recommend.als.CsrMatrix;

/**
 * The ratings file the Spark driver reads: {@code user item rating}, tab-separated, dense indexes.
 * For implicit runs the confidence transform is applied here, so that Spark's c = 1 + alpha r is
 * ours: log passes ln(1 + w), BM25 the BM25 weight, raw the weight itself. Explicit ratings go as they are.
 */
public final class SparkRatings {

    private SparkRatings() {
    }

    /** The value Spark is given for weight or rating {@code w} (after {@link Bm25#prepare} for BM25). */
    public static float sparkRating(AlsParams p, float w) {
        return p.implicit() && p.confidence() == Confidence.LOG ? (float) Math.log1p(Math.abs(w)) : w;
    }

    /** Writes the file (to a temporary name, then renamed) and returns the number of rows. */
    public static long write(Path target, AlsData data, AlsParams p) throws IOException {
        CsrMatrix byUser = (p.implicit() ? Bm25.prepare(data, p) : data).byUser();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        long rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
            StringBuilder line = new StringBuilder(48);
            for (int u = 0; u < byUser.rows(); u++) {
                for (int q = byUser.rowStart()[u]; q < byUser.rowStart()[u + 1]; q++) {
                    line.setLength(0);
                    line.append(u).append('\t').append(byUser.index()[q]).append('\t')
                            .append(sparkRating(p, byUser.value()[q])).append('\n');
                    out.append(line);
                    rows++;
                }
            }
        }
        Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }
}
