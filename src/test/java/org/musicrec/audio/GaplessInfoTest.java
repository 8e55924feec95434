package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The Xing/Info + LAME tag reading on hand-built bytes (the real clips are covered by LibrosaAgreementTest). */
class GaplessInfoTest {
    /** MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, joint stereo, no CRC: frames of 144 * 128000 / 44100 = 417 bytes. */
    private static final byte[] HEADER = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, (byte) 0x44};
    private static final int FRAME = 417;

    private static byte[] stream(String tag, String encoder, int delay, int padding) {
        ByteBuffer b = ByteBuffer.allocate(15 + 3 * FRAME);
        b.put("ID3".getBytes(StandardCharsets.US_ASCII)).put(new byte[] {4, 0, 0, 0, 0, 0, 5}).put(new byte[5]);
        for (int f = 0; f < 3; f++) {
            b.position(15 + f * FRAME);
            b.put(HEADER);
        }
        if (tag != null) {
            b.position(15 + 36); // 4-byte header + 32 bytes of MPEG-1 stereo side information
            b.put(tag.getBytes(StandardCharsets.US_ASCII)).putInt(0x0F).putInt(1000).putInt(123_456).put(new byte[100]).putInt(0);
            b.put(encoder.getBytes(StandardCharsets.US_ASCII)).put(new byte[12]);
            int v = delay << 12 | padding;
            b.put((byte) (v >> 16)).put((byte) (v >> 8)).put((byte) v);
        }
        return b.array();
    }

    @Test
    void lameTagGivesFfmpegsTrim() throws Exception {
        GaplessInfo g = GaplessInfo.read(stream("Info", "LAME3.100", 576, 1000));
        assertEquals(15, g.firstFrameOffset());
        assertEquals(FRAME, g.header().frameBytes());
        assertEquals(1152, g.header().samplesPerFrame());
        assertTrue(g.infoFrame());
        assertEquals(1000, g.frames());
        assertEquals(576 + 529, g.skipStart());
        assertEquals(1000L * 1152 - 576 - 1000, g.musicSamples());
    }

    @Test
    void xingWithoutALameTagSkipsOnlyTheInfoFrame() throws Exception {
        GaplessInfo g = GaplessInfo.read(stream("Xing", "GOGO1.00", 576, 1000));
        assertTrue(g.infoFrame());
        assertFalse(g.hasLameTag());
        assertEquals(0, g.skipStart());
        assertEquals(-1, g.musicSamples());
    }

    @Test
    void plainStreamIsNotTrimmed() throws Exception {
        GaplessInfo g = GaplessInfo.read(stream(null, null, 0, 0));
        assertFalse(g.infoFrame());
        assertEquals(0, g.skipStart());
    }

    @Test
    void aLoneSyncWordIsNotAFrame() {
        byte[] b = new byte[3000];
        System.arraycopy(HEADER, 0, b, 100, 4); // no second header 417 bytes later
        DecodeException e = assertThrows(DecodeException.class, () -> GaplessInfo.read(b));
        assertEquals(DecodeException.Reason.NOT_AUDIO, e.reason());
    }
}
