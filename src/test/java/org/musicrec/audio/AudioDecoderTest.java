package org.musicrec.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.audio.DecodeException.Reason;

class AudioDecoderTest {
    private final AudioDecoder decoder = new AudioDecoder();

    @Test
    void wavStereoIsDownmixedToTheMeanOfItsChannels() throws Exception {
        byte[] wav = Signals.wav16(new short[][] {{16384, -32768, 0}, {0, -32768, 1}}, 8000);
        DecodedAudio a = decoder.decode(wav);
        assertArrayEquals(new float[] {0.25f, -1f, 1f / 65536}, a.samples());
        assertEquals(8000, a.sampleRate());
        assertEquals(2, a.channels());
        assertEquals("wav", a.format());
    }

    @Test
    void wavFloatAnd24BitAreRead() throws Exception {
        ByteBuffer f = header(3, 1, 32, 8).putFloat(0.5f).putFloat(-0.25f);
        assertArrayEquals(new float[] {0.5f, -0.25f}, decoder.decode(f.array()).samples());
        ByteBuffer b24 = header(1, 1, 24, 6).put(new byte[] {0, 0, 0x40}).put(new byte[] {0, 0, (byte) 0x80});
        assertArrayEquals(new float[] {0.5f, -1f}, decoder.decode(b24.array()).samples());
    }

    @Test
    void floatWavWithNanIsCorrupt() {
        ByteBuffer f = header(3, 1, 32, 8).putFloat(0.5f).putFloat(Float.NaN);
        assertEquals(Reason.CORRUPT, assertThrows(DecodeException.class, () -> decoder.decode(f.array())).reason());
    }

    @Test
    void wavWithShortDataIsTruncated() {
        byte[] wav = Signals.wav16(new short[][] {new short[1000]}, 8000);
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.decode(Arrays.copyOf(wav, 500)));
        assertEquals(Reason.TRUNCATED, e.reason());
    }

    @Test
    void unsupportedWavEncodingIsNamed() {
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.decode(header(0x55, 1, 16, 0).array()));
        assertEquals(Reason.UNSUPPORTED, e.reason());
        assertTrue(e.getMessage().contains("0x55"), e.getMessage());
    }

    @Test
    void emptyTextAndRandomBytesAreRefusedWithReasons(@TempDir Path dir) throws Exception {
        assertEquals(Reason.EMPTY, assertThrows(DecodeException.class,
                () -> decoder.decode(Files.write(dir.resolve("a.mp3"), new byte[0]))).reason());
        assertEquals(Reason.NOT_AUDIO, assertThrows(DecodeException.class,
                () -> decoder.decode("just some text, not audio".getBytes(StandardCharsets.US_ASCII))).reason());
        byte[] noise = new byte[20_000];
        new java.util.Random(6).nextBytes(noise);
        noise[0] = 'x'; // no signature at the start
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.decode(noise));
        assertTrue(e.reason() == Reason.NOT_AUDIO || e.reason() == Reason.TRUNCATED || e.reason() == Reason.CORRUPT, e.toString());
        assertEquals(Reason.IO, assertThrows(DecodeException.class, () -> decoder.decode(dir.resolve("missing.wav"))).reason());
    }

    @Test
    void limitsRefuseLargeFilesAndLongAudio() {
        byte[] wav = Signals.wav16(new short[][] {new short[16_000]}, 8000); // 2 s
        assertEquals(Reason.TOO_LARGE, assertThrows(DecodeException.class,
                () -> new AudioDecoder(new DecodeLimits(1000, 60)).decode(wav)).reason());
        assertEquals(Reason.TOO_LARGE, assertThrows(DecodeException.class,
                () -> new AudioDecoder(new DecodeLimits(1 << 20, 1.5)).decode(wav)).reason());
    }

    @Test
    void fileNameIsPutInFrontOfTheReason(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("000042.mp3"), "hello".getBytes(StandardCharsets.US_ASCII));
        DecodeException e = assertThrows(DecodeException.class, () -> decoder.decode(f));
        assertTrue(e.getMessage().startsWith("000042.mp3: "), e.getMessage());
        assertTrue(!e.detail().contains("000042"), e.detail());
    }

    private static ByteBuffer header(int format, int channels, int bits, int dataBytes) {
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) format).putShort((short) channels).putInt(8000)
                .putInt(8000 * channels * bits / 8).putShort((short) (channels * bits / 8)).putShort((short) bits);
        b.put("data".getBytes()).putInt(dataBytes);
        return b;
    }
}
