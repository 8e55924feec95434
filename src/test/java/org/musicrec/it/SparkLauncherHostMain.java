package org.musicrec.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.musicrec.recommend.als.AlsData;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.als.Confidence;
import org.musicrec.recommend.spark.SparkAlsLauncher;
import org.musicrec.recommend.spark.SparkSettings;

/**
 * A launcher of the Spark driver in a JVM of its own, for {@link SparkDriverOrphanIT} to kill: trains a
 * seeded random set of 2,000 listeners on {@code local[1]} for many iterations through
 * {@link SparkAlsLauncher}, as the server's train step does, and prints {@code PROGRESS done submitted}
 * for each report of Spark's tasks.
 *
 * <p>Usage: SparkLauncherHostMain WORKSPACE JOB_JAR CLASSPATH_FILE ITERATIONS
 */
public final class SparkLauncherHostMain {
    private SparkLauncherHostMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        SparkSettings settings = new SparkSettings("local[1]", Path.of(args[1]), Path.of(args[2]), "java", "512m", "512m", 0, 2,
                "127.0.0.1", Duration.ofHours(1), SparkSettings.DEFAULT_EXECUTOR_WAIT, Map.of());
        int users = 2000;
        int items = 500;
        int perUser = 10;
        int[] u = new int[users * perUser];
        int[] i = new int[u.length];
        float[] r = new float[u.length];
        Random random = new Random(5);
        for (int k = 0; k < u.length; k++) {
            u[k] = k / perUser;
            i[k] = (u[k] * 7 + random.nextInt(items / 5)) % items; // distinct enough; duplicates are summed
            r[k] = 1 + random.nextInt(5);
        }
        AlsParams p = new AlsParams(5, 0.1, 1.0, Integer.parseInt(args[3]), 3L, true, Confidence.LOG);
        new SparkAlsLauncher(settings).train(dir, AlsData.of(users, items, u, i, r), p, 0, (done, submitted) -> {
            System.out.println("PROGRESS " + done + " " + submitted);
            System.out.flush();
        });
        System.out.println("DONE");
    }
}
