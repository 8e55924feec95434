package org.musicrec.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * RIFF/WAVE with PCM (8/16/24/32-bit) or IEEE float samples. The chunks are read here rather than
 * through {@code AudioSystem}, whose global provider list also offers the WAV bytes to the MP3 and
 * Ogg SPIs; it is a few dozen lines and it gives precise reasons for broken headers.
 */
final class WavDecoder {
    private static final int PCM = 1;
    private static final int IEEE_FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;

    private WavDecoder() {
    }

    static DecodedAudio decode(byte[] data, DecodeLimits limits) throws DecodeException {
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if (data.length < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "not a RIFF/WAVE header");
        }
        int format = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        // Positions are longs: a chunk size near the top of its unsigned 32-bit range would wrap an int.
        long pos = 12;
        while (pos + 8 <= data.length) {
            int id = b.getInt((int) pos);
            long size = b.getInt((int) pos + 4) & 0xFFFFFFFFL;
            int body = (int) pos + 8;
            if (id == 0x20746d66) { // "fmt "
                if (size < 16 || body + 16 > data.length) {
                    throw new DecodeException(DecodeException.Reason.CORRUPT, "WAV fmt chunk too short");
                }
                format = b.getShort(body) & 0xFFFF;
                channels = b.getShort(body + 2) & 0xFFFF;
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14) & 0xFFFF;
                if (format == EXTENSIBLE && size >= 26 && body + 26 <= data.length) {
                    format = b.getShort(body + 24) & 0xFFFF; // first two bytes of the sub-format GUID
                }
            } else if (id == 0x61746164) { // "data"
                if (format < 0) {
                    throw new DecodeException(DecodeException.Reason.CORRUPT, "WAV data chunk before its fmt chunk");
                }
                long available = data.length - (long) body;
                if (size == 0xFFFFFFFFL || size == 0) {
                    size = available; // written to a pipe: the size was never filled in
                }
                return samples(b, body, size, available, format, channels, rate, bits, limits);
            }
            pos = body + size + (size & 1);
        }
        throw new DecodeException(DecodeException.Reason.CORRUPT, "WAV file has no data chunk");
    }

    private static DecodedAudio samples(ByteBuffer b, int start, long size, long available, int format, int channels,
                                        int rate, int bits, DecodeLimits limits) throws DecodeException {
        boolean pcm = format == PCM && (bits == 8 || bits == 16 || bits == 24 || bits == 32);
        boolean flt = format == IEEE_FLOAT && (bits == 32 || bits == 64);
        if (!pcm && !flt) {
            throw new DecodeException(DecodeException.Reason.UNSUPPORTED,
                    "WAV format tag 0x" + Integer.toHexString(format) + " with " + bits + " bits is not supported");
        }
        limits.checkStream("WAV", rate, channels);
        int width = bits / 8;
        long frames = size / ((long) width * channels);
        limits.checkAnnouncedLength("WAV", frames, rate);
        if (size > available) {
            throw new DecodeException(DecodeException.Reason.TRUNCATED, String.format(
                    "WAV data chunk announces %d bytes, only %d present", size, available));
        }
        // Sized by the bytes present (the check above), which are the samples themselves.
        float[] out = new float[(int) frames];
        int p = start;
        for (int i = 0; i < frames; i++) {
            double sum = 0;
            for (int c = 0; c < channels; c++, p += width) {
                sum += sample(b, p, bits, flt);
            }
            out[i] = (float) (sum / channels);
            if (!Float.isFinite(out[i])) { // only float WAVs can hold these; they would poison every statistic
                throw new DecodeException(DecodeException.Reason.CORRUPT, "WAV sample " + i + " is " + out[i]);
            }
        }
        return new DecodedAudio(out, rate, channels, "wav");
    }

    private static double sample(ByteBuffer b, int p, int bits, boolean flt) {
        if (flt) {
            return bits == 32 ? b.getFloat(p) : b.getDouble(p);
        }
        return switch (bits) {
            case 8 -> ((b.get(p) & 0xFF) - 128) / 128.0;
            case 16 -> b.getShort(p) / 32768.0;
            case 24 -> ((b.get(p) & 0xFF) | ((b.get(p + 1) & 0xFF) << 8) | (b.get(p + 2) << 16)) / 8388608.0;
            default -> b.getInt(p) / 2147483648.0;
        };
    }
}
