package org.musicrec.platform;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the read-only shared data (setting {@code musicrec.data.dir}, default {@code ../shared/data}).
 * Tests that need a data set call {@link #require(String)}: on a fresh clone without it they are
 * skipped with a message that says what is missing, instead of failing.
 */
public final class DataDir {
    private DataDir() {
    }

    public static Path root() {
        String configured = System.getProperty("musicrec.data.dir",
                System.getenv().getOrDefault("MUSICREC_DATA_DIR", "../shared/data"));
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** Returns {@code root()/relative}, or skips the calling test when it does not exist. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), () -> "skipped: shared data " + p
                + " is absent (set musicrec.data.dir to the folder holding it)");
        return p;
    }
}
