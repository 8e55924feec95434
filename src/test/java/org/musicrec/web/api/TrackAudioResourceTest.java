package org.musicrec.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.catalog.audio.TrackAudio;

/** Byte ranges of a 1,000-byte clip return exactly those bytes, with the headers a player needs. */
class TrackAudioResourceTest {
    private static final int LENGTH = 1000;

    @TempDir
    Path dir;

    private byte[] content;
    private TrackAudio.Clip clip;

    @BeforeEach
    void clip() throws Exception {
        content = new byte[LENGTH];
        new Random(3).nextBytes(content);
        Path file = Files.write(dir.resolve("clip.mp3"), content);
        clip = new TrackAudio.Clip(file, "audio/mpeg", LENGTH);
    }

    private TrackAudioResource.Answer get(String range) {
        return TrackAudioResource.answer(clip, range);
    }

    private byte[] body(TrackAudioResource.Answer a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrackAudioResource.bytes(clip, a.range()).write(out);
        return out.toByteArray();
    }

    @Test
    void aRangeReturnsExactlyItsBytes() throws Exception {
        TrackAudioResource.Answer r = get("bytes=100-199");
        assertEquals(206, r.status());
        assertEquals("bytes 100-199/1000", r.headers().get("Content-Range"));
        assertEquals("100", r.headers().get("Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(content, 100, 200), body(r));
    }

    @Test
    void openAndSuffixRangesAndRangesPastTheEndAreCut() throws Exception {
        TrackAudioResource.Answer open = get("bytes=990-");
        assertEquals("bytes 990-999/1000", open.headers().get("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(content, 990, 1000), body(open));
        TrackAudioResource.Answer suffix = get("bytes=-5");
        assertEquals("bytes 995-999/1000", suffix.headers().get("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(content, 995, 1000), body(suffix));
        TrackAudioResource.Answer beyond = get("bytes=998-5000");
        assertEquals("bytes 998-999/1000", beyond.headers().get("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(content, 998, 1000), body(beyond));
    }

    @Test
    void noRangeOrSeveralRangesSendTheWholeClip() throws Exception {
        for (String header : new String[] {null, "bytes=0-1,5-9", "items=0-4", "bytes=9-2"}) {
            TrackAudioResource.Answer r = get(header);
            assertEquals(200, r.status(), header);
            assertNull(r.headers().get("Content-Range"));
            assertEquals("bytes", r.headers().get("Accept-Ranges"));
            assertArrayEquals(content, body(r));
        }
    }

    @Test
    void aRangeStartingPastTheEndIs416() {
        TrackAudioResource.Answer r = get("bytes=1000-");
        assertEquals(416, r.status());
        assertEquals("bytes */1000", r.headers().get("Content-Range"));
        assertNull(r.range());
    }
}
