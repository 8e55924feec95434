package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.musicrec.audio.DecodeException.Reason;
import org.musicrec.platform.DataDir;

/**
 * Headers that announce more than the file holds (issue 18: a 42-byte FLAC claiming 2^36 samples ended
 * in OutOfMemoryError, a WAV chunk size near 2^31 in IndexOutOfBoundsException). Each must end in a
 * {@link DecodeException}, having allocated about what the file holds rather than what it claims.
 */
class LyingHeadersTest {
    /** Far above what these few-kilobyte files need, far below the hundreds of megabytes their headers ask for. */
    private static final long ALLOCATION_BOUND = 24L << 20;

    private final AudioDecoder decoder = new AudioDecoder();

    @Test
    void flacClaimingTwoToThe36SamplesIsRefused() {
        byte[] flac = HostileAudio.flacStreamInfoOnly(655_350, 2, 16, (1L << 36) - 1);
        assertEquals(42, flac.length);
        DecodeException e = decodeWithin(flac, ALLOCATION_BOUND);
        assertEquals(Reason.TOO_LARGE, e.reason(), e.getMessage());
    }

    @Test
    void flacBufferGrowsWithTheSamplesDecodedNotTheSamplesAnnounced() {
        byte[] flac = HostileAudio.flacStreamInfoOnly(44_100, 2, 16, 44_100L * 1000); // 1000 s announced, none present
        DecodeException e = decodeWithin(flac, ALLOCATION_BOUND);
        assertEquals(Reason.TRUNCATED, e.reason(), e.getMessage());
    }

    @Test
    void flacWithoutAUsableSampleRateOrBitDepthIsRefused() {
        assertEquals(Reason.CORRUPT, decodeWithin(HostileAudio.flacStreamInfoOnly(0, 2, 16, 0), ALLOCATION_BOUND).reason());
        assertEquals(Reason.UNSUPPORTED, decodeWithin(HostileAudio.flacStreamInfoOnly(44_100, 2, 12, 0), ALLOCATION_BOUND).reason());
        assertEquals(Reason.UNSUPPORTED, decodeWithin(HostileAudio.flacStreamInfoOnly(900_000, 2, 16, 0), ALLOCATION_BOUND).reason());
    }

    @Test
    void flacEndingInAFalseFrameSyncEndsWithTheFramesItHolds() throws Exception {
        byte[] flac = Files.readAllBytes(DataDir.require("audio-bad/format_100035_15s.flac"));
        java.util.List<Integer> frames = HostileAudio.flacFrameStarts(flac, 42);
        byte[] cut = java.util.Arrays.copyOf(flac, frames.get(2) + 2);
        cut[cut.length - 2] = (byte) 0xFF; // a sync code jFLAC accepts and its frame header parser refuses
        cut[cut.length - 1] = (byte) 0xFB;
        HostileAudio.setFlacTotalSamples(cut, 0); // length unknown, so only the end of the input stops jFLAC
        // jFLAC goes round at the end of such input; the decoder notices it has read everything
        assertEquals(2 * 4608, decoder.decode(cut).samples().length);
    }

    @Test
    void wavChunkSizesNearTwoToThe31AreRefused() {
        for (long size : new long[] {0x7FFF_FFF8L, 0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFF0L, 0xFFFF_FFFEL}) {
            for (String chunk : new String[] {"LIST", "fact", "data"}) {
                byte[] wav = HostileAudio.wavWithChunk(chunk, size, 100);
                DecodeException e = decodeWithin(wav, ALLOCATION_BOUND);
                assertTrue(e.reason() == Reason.TRUNCATED || e.reason() == Reason.TOO_LARGE || e.reason() == Reason.CORRUPT,
                        chunk + " " + size + ": " + e.getMessage());
            }
        }
    }

    @Test
    void oggWithExtremeSampleRateOrChannelsIsRefused() throws Exception {
        byte[] ogg = Files.readAllBytes(DataDir.require("audio-bad/format_100035_15s.ogg"));
        for (int[] header : new int[][] {{2, 50_000_000}, {2, Integer.MAX_VALUE}, {200, 44_100}}) {
            DecodeException e = decodeWithin(HostileAudio.oggAnnouncing(ogg, header[0], header[1]), ALLOCATION_BOUND);
            assertEquals(Reason.UNSUPPORTED, e.reason(), e.getMessage());
        }
    }

    @Test
    void oggCodebooksBeyondWhatEncodersWriteAreRefusedBeforeJOrbisSizesArraysByThem() throws Exception {
        byte[] ogg = Files.readAllBytes(DataDir.require("audio-bad/format_100035_15s.ogg"));
        for (int[] book : new int[][] {{1, 0xFF_FFFF}, {0xFFFF, 0xFFFF}, {0, 100}, {1, 0x10_0000}}) {
            DecodeException e = decodeWithin(HostileAudio.oggFirstCodebook(ogg, book[0], book[1]), ALLOCATION_BOUND);
            assertTrue(e.reason() == Reason.CORRUPT || e.reason() == Reason.UNSUPPORTED, e.getMessage());
            assertTrue(e.getMessage().startsWith("Vorbis codebook"), e.getMessage());
        }
    }

    @Test
    void mp3ClaimingMoreFramesThanItHoldsAllocatesWhatItHolds() throws Exception {
        byte[] mp3 = Files.readAllBytes(DataDir.require("audio-bad/short_0.5s.mp3"));
        decoder.decode(mp3); // JLayer's tables are built once per class; not part of what is measured
        DecodeException tooLong = decodeWithin(HostileAudio.mp3Announcing(mp3, 0xFFFF_FFFFL), ALLOCATION_BOUND);
        assertEquals(Reason.TOO_LARGE, tooLong.reason(), tooLong.getMessage());
        // 17 min announced, within the limit: decoded, and found short of its count (with all its bytes present)
        DecodeException shortOfCount = decodeWithin(HostileAudio.mp3Announcing(mp3, 40_000), ALLOCATION_BOUND);
        assertEquals(Reason.CORRUPT, shortOfCount.reason(), shortOfCount.getMessage());
    }

    /**
     * Decodes expecting a refusal by the decoder's own checks (not an exception caught by the safety net
     * in {@link AudioDecoder}), and checks this thread allocated less than {@code bound} bytes on the way.
     */
    private DecodeException decodeWithin(byte[] data, long bound) {
        long before = allocated();
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.decode(data));
        long used = allocated() - before;
        assertNull(e.getCause(), () -> "refused only by the safety net: " + e.getMessage());
        assertTrue(used < bound, String.format("allocated %,d bytes for a %,d-byte file (%s)", used, data.length, e.getMessage()));
        return e;
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
