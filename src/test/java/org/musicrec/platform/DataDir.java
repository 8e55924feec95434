package org.musicrec.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the read-only shared data (setting {@code musicrec.data.dir}, else environment variable
 * {@code MUSICREC_DATA_DIR}, default {@code ../shared/data}). Tests that need a data set call
 * {@link #require(String)}: on a fresh clone without it they are skipped with a message that says what
 * is missing; under {@code CI=true} they fail with that message instead ({@link MissingPrerequisite}),
 * so that CI cannot pass by skipping the tests that hold the data-based claims.
 */
public final class DataDir {
    static final String DEFAULT_DIR = "../shared/data";

    private final Path root;
    private final Map<String, String> env;

    /**
     * @param configured the {@code musicrec.data.dir} setting, or null when it is not set
     * @param env the environment to read {@code MUSICREC_DATA_DIR} and {@code CI} from
     */
    DataDir(String configured, Map<String, String> env) {
        String dir = configured != null ? configured : env.getOrDefault("MUSICREC_DATA_DIR", DEFAULT_DIR);
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.env = env;
    }

    private static DataDir current() {
        return new DataDir(System.getProperty("musicrec.data.dir"), System.getenv());
    }

    public static Path root() {
        return current().root;
    }

    /** Returns {@code root()/relative}; when it does not exist, skips the calling test, or fails it under CI. */
    public static Path require(String relative) {
        return current().need(relative);
    }

    /**
     * Whether every one of {@code relatives} exists, for a test that leaves out only a part of itself
     * without them; under CI a missing one fails the test instead.
     */
    public static boolean available(String... relatives) {
        return current().has(relatives);
    }

    Path rootDir() {
        return root;
    }

    Path need(String relative) {
        Path p = root.resolve(relative);
        if (!Files.exists(p)) {
            missing(p, relative);
        }
        return p;
    }

    boolean has(String... relatives) {
        for (String relative : relatives) {
            Path p = root.resolve(relative);
            if (!Files.exists(p)) {
                if (MissingPrerequisite.ci(env)) {
                    missing(p, relative);
                }
                return false;
            }
        }
        return true;
    }

    private void missing(Path p, String relative) {
        String dataSet = Path.of(relative).getName(0).toString();
        MissingPrerequisite.stop("shared data set '" + dataSet + "' is missing: " + p
                + " does not exist (set musicrec.data.dir or MUSICREC_DATA_DIR to the folder holding it)", env);
    }
}
