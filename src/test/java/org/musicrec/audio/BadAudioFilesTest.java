package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.musicrec.audio.DecodeException.Reason;
import org.musicrec.platform.DataDir;

/** Every file in audio-bad either fails with the right reason or gives finite features. */
class BadAudioFilesTest {
    private final AudioDecoder decoder = new AudioDecoder();
    private final FeatureExtractor extractor = new FeatureExtractor();

    private Path bad(String name) {
        return DataDir.require("audio-bad/" + name);
    }

    @Test
    void brokenFilesAreRefusedWithTheirReason() {
        assertReason(Reason.EMPTY, "zero_bytes.mp3");
        assertReason(Reason.NOT_AUDIO, "text_renamed.mp3");
        assertReason(Reason.CORRUPT, "corrupt_header.wav");
        DecodeException truncated = assertReason(Reason.TRUNCATED, "truncated_10KB.mp3");
        assertTrue(truncated.getMessage().contains("of the 1150 MP3 frames"), truncated.getMessage());
    }

    @Test
    void cutOffAndDamagedMp3sAreToldApart() throws Exception {
        byte[] clip = java.nio.file.Files.readAllBytes(DataDir.require("audio-real/100007.mp3"));
        byte[] half = java.util.Arrays.copyOf(clip, clip.length / 2);
        assertEquals(Reason.TRUNCATED, assertThrows(DecodeException.class, () -> decoder.decode(half)).reason());
        byte[] damaged = clip.clone();
        java.util.Random random = new java.util.Random(7);
        for (int i = 400_000; i < 405_000; i++) {
            damaged[i] = (byte) random.nextInt(256); // 5 KB of noise mid-stream: frames lost, length intact
        }
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.decode(damaged));
        assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());
    }

    @Test
    void unusualButValidFilesGiveFiniteFeatures() throws Exception {
        for (String name : new String[] {"silent_30s.mp3", "short_0.5s.mp3", "mono_22050Hz.mp3"}) {
            TrackFeatures f = extractor.extract(bad(name));
            for (double v : f.values()) {
                assertTrue(Double.isFinite(v), name + " has a non-finite value");
            }
        }
        DecodedAudio mono = decoder.decode(bad("mono_22050Hz.mp3"));
        assertEquals(22050, mono.sampleRate());
        assertEquals(1, mono.channels());
        assertEquals(30.0, mono.durationSeconds(), 0.05);
        assertEquals(0.5, decoder.decode(bad("short_0.5s.mp3")).durationSeconds(), 0.03);
        DecodedAudio silent = decoder.decode(bad("silent_30s.mp3"));
        for (float s : silent.samples()) {
            assertEquals(0f, s);
        }
    }

    private DecodeException assertReason(Reason expected, String name) {
        Path file = bad(name);
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.decode(file), name);
        assertEquals(expected, e.reason(), name + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        return e;
    }
}
