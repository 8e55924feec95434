package org.musicrec.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrackIdsTest {
    @Test
    void entryNamesGiveTheirNumberOrMinusOne() {
        assertEquals(2, TrackIds.parse("000/000002.mp3"));
        assertEquals(155066, TrackIds.parse("fma_full/155/155066.mp3"));
        assertEquals(7, TrackIds.parse("fma_full\\000\\000007.mp3"));
        assertEquals(-1, TrackIds.parse("000/cover.mp3"));
        assertEquals(-1, TrackIds.parse("000/.mp3"));
        assertEquals(-1, TrackIds.parse("000/1234567890123456789.mp3"));
        assertEquals(123456789012345678L, TrackIds.parse("123456789012345678.mp3"));
    }

    @Test
    void fileNamesLoseLeadingZerosOthersKeepTheirStem() {
        assertEquals("2", TrackIds.fromFileName(Path.of("fma_small/000/000002.mp3")));
        assertEquals("100001", TrackIds.fromFileName(Path.of("100001.mp3")));
        assertEquals("0", TrackIds.fromFileName(Path.of("000.wav")));
        assertEquals("007b", TrackIds.fromFileName(Path.of("007b.ogg")));
        assertEquals("my.song", TrackIds.fromFileName(Path.of("my.song.flac")));
        assertEquals(".hidden", TrackIds.fromFileName(Path.of(".hidden")));
    }

    @Test
    void theSamplerAndTheExtractorNameATrackAlike() {
        for (String name : new String[] {"000/000002.mp3", "155/155066.flac", "0.wav"}) {
            assertEquals(Long.toString(TrackIds.parse(name)), TrackIds.fromFileName(Path.of(name)));
        }
    }
}
