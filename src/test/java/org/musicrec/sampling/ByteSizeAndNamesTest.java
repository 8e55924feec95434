package org.musicrec.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeAndNamesTest {

    @Test
    void sizesAreBytesOrPowersOf1024() {
        assertEquals(1234, ByteSize.parse("1234"));
        assertEquals(2048, ByteSize.parse("2K"));
        assertEquals(3L << 20, ByteSize.parse("3m"));
        assertEquals(5L << 30, ByteSize.parse("5G"));
        assertEquals(10L << 20, ByteSize.parse("10MB"));
        for (String bad : new String[]{"", "K", "1.5G", "-3", "12T", "abc", "99999999999999999G"}) {
            assertThrows(IllegalArgumentException.class, () -> ByteSize.parse(bad), bad);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.mp3", "a/../../x.mp3", "a/..", "/etc/x.mp3", "C:/x.mp3", "c:x.mp3", "a\\..\\x.mp3",
        "x.mp3\0.txt", "a\nb.mp3", "x.mp3:stream", ""})
    void unsafeNamesAreRefused(String name) {
        assertNotNull(EntryNames.problem(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000/000002.mp3", "fma_large/155/155066.mp3", "./a.mp3", "a//b.mp3", "..a.mp3", "a..b/c.mp3"})
    void safeNamesPass(String name) {
        assertNull(EntryNames.problem(name), name);
    }

    @Test
    void outputPathsStayInsideTheTarget() {
        assertEquals("a/b.mp3", EntryNames.outputPath("./a//b.mp3", false));
        assertEquals("b.mp3", EntryNames.outputPath("x/a/b.mp3", true));
        Path root = Path.of("/tmp/sample-root");
        assertEquals(root.resolve("a/b.mp3"), EntryNames.resolveInside(root, "a/b.mp3"));
        // The last line of defence holds even for a name the first checks would have refused.
        assertThrows(SecurityException.class, () -> EntryNames.resolveInside(root, "../outside.mp3"));
        assertThrows(SecurityException.class, () -> EntryNames.resolveInside(root, "/etc/passwd"));
    }
}
