package org.musicrec.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing data set skips a test on a developer's clone and fails it under CI, naming what is missing. */
class DataDirTest {
    @TempDir
    Path dir;

    @Test
    void aPresentDataSetIsReturnedWithOrWithoutCi() throws IOException {
        Files.createDirectories(dir.resolve("ml-100k"));
        Files.writeString(dir.resolve("ml-100k/u.data"), "1\t1\t5\n");
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("CI", "true"), Map.of("CI", "false"))) {
            DataDir data = new DataDir(dir.toString(), env);
            assertEquals(dir.resolve("ml-100k/u.data"), data.need("ml-100k/u.data"));
            assertTrue(data.has("ml-100k", "ml-100k/u.data"));
        }
    }

    @Test
    void withoutCiAMissingDataSetSkipsNamingThePathAndTheSet() {
        DataDir data = new DataDir(dir.toString(), Map.of());
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> data.need("ml-100k/u.data"));
        assertTrue(skipped.getMessage().contains("'ml-100k'"), skipped.getMessage());
        assertTrue(skipped.getMessage().contains(dir.resolve("ml-100k/u.data").toString()), skipped.getMessage());
        assertFalse(data.has("ml-100k"));
    }

    @Test
    void ciFalseOrAnyOtherValueStillSkips() {
        for (String value : new String[] {"false", "", "1"}) {
            DataDir data = new DataDir(dir.toString(), Map.of("CI", value));
            assertThrows(TestAbortedException.class, () -> data.need("audio-real"), value);
            assertFalse(data.has("audio-real"), value);
        }
    }

    @Test
    void underCiAMissingDataSetFailsNamingThePathAndTheSet() {
        DataDir data = new DataDir(dir.resolve("nonexistent").toString(), Map.of("CI", "true"));
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> data.need("hetrec2011-lastfm-2k/user_artists.dat"));
        String message = failed.getMessage();
        assertTrue(message.contains("'hetrec2011-lastfm-2k'"), message);
        assertTrue(message.contains(dir.resolve("nonexistent/hetrec2011-lastfm-2k/user_artists.dat").toString()), message);
        assertTrue(message.contains("CI=true"), message);
        // A test that leaves out only part of itself without the data may not do so under CI either.
        AssertionFailedError partial = assertThrows(AssertionFailedError.class, () -> data.has("audio-real", "audio-bad"));
        assertTrue(partial.getMessage().contains("'audio-real'"), partial.getMessage());
    }

    @Test
    void theSettingWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of("MUSICREC_DATA_DIR", dir.resolve("from-env").toString());
        assertEquals(dir.resolve("setting"), new DataDir(dir.resolve("setting").toString(), env).rootDir());
        assertEquals(dir.resolve("from-env"), new DataDir(null, env).rootDir());
        assertEquals(Path.of(DataDir.DEFAULT_DIR).toAbsolutePath().normalize(), new DataDir(null, Map.of()).rootDir());
    }
}
