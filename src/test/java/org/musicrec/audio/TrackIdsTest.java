package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class TrackIdsTest {
    @Test
    void digitStemsLoseLeadingZerosOthersAreKept() {
        assertEquals("2", TrackIds.fromFileName(Path.of("fma_small/000/000002.mp3")));
        assertEquals("100001", TrackIds.fromFileName(Path.of("100001.mp3")));
        assertEquals("0", TrackIds.fromFileName(Path.of("000.wav")));
        assertEquals("007b", TrackIds.fromFileName(Path.of("007b.ogg")));
        assertEquals("my.song", TrackIds.fromFileName(Path.of("my.song.flac")));
        assertEquals(".hidden", TrackIds.fromFileName(Path.of(".hidden")));
    }
}
