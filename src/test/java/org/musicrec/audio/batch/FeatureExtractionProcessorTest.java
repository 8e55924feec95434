package org.musicrec.audio.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.audio.DecodeException;
import org.musicrec.audio.DecodeException.Reason;

/**
 * extract-features skips what its processor throws as {@link DecodeException} (the job's only
 * skippable exception) and fails on anything else, so a file whose header lies must come out as one.
 */
class FeatureExtractionProcessorTest {
    private final FeatureExtractionProcessor processor = new FeatureExtractionProcessor();

    @Test
    void aFlacClaimingTwoToThe36SamplesIsASkippableProblem(@TempDir Path dir) throws Exception {
        ByteBuffer flac = ByteBuffer.allocate(42);
        flac.put("fLaC".getBytes()).put((byte) 0x80).put((byte) 0).put((byte) 0).put((byte) 34)
                .putShort((short) 4096).putShort((short) 4096).put(new byte[6])
                .putLong((655_350L << 44) | (1L << 41) | (15L << 36) | ((1L << 36) - 1)).put(new byte[16]);
        Path file = Files.write(dir.resolve("000001.flac"), flac.array());
        DecodeException e = assertThrows(DecodeException.class, () -> processor.processItem(file.toString()));
        assertEquals(Reason.TOO_LARGE, e.reason(), e.getMessage());
    }

    @Test
    void aWavChunkSizeNearTwoToThe31IsASkippableProblem(@TempDir Path dir) throws Exception {
        ByteBuffer wav = ByteBuffer.allocate(12 + 24 + 8 + 8 + 200).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(wav.capacity() - 8).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16)
                .put("LIST".getBytes()).putInt(0x7FFF_FFF8).put("data".getBytes()).putInt(200);
        Path file = Files.write(dir.resolve("000002.wav"), wav.array());
        DecodeException e = assertThrows(DecodeException.class, () -> processor.processItem(file.toString()));
        assertEquals(Reason.CORRUPT, e.reason(), e.getMessage());
    }
}
