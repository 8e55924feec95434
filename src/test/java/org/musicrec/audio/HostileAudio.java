package org.musicrec.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Hand-made audio headers that lie about their contents, and the checksums that let a lying Ogg page
 * or FLAC frame header get past the container's own integrity check to the parser behind it.
 */
public final class HostileAudio {
    private static final int[] OGG_CRC = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int k = 0; k < 8; k++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            OGG_CRC[i] = r;
        }
    }

    private HostileAudio() {
    }

    /** "fLaC" and a STREAMINFO block, nothing else: 42 bytes that announce whatever they are told to. */
    public static byte[] flacStreamInfoOnly(int sampleRate, int channels, int bits, long totalSamples) {
        ByteBuffer b = ByteBuffer.allocate(42);
        b.put("fLaC".getBytes(StandardCharsets.US_ASCII));
        b.put((byte) 0x80).put((byte) 0).put((byte) 0).put((byte) 34); // last block, STREAMINFO, 34 bytes
        b.putShort((short) 4096).putShort((short) 4096); // min and max block size
        b.put(new byte[6]); // min and max frame size unknown
        b.putLong(((long) sampleRate << 44) | ((long) (channels - 1) << 41) | ((long) (bits - 1) << 36)
                | (totalSamples & 0xFFFFFFFFFL));
        b.put(new byte[16]); // MD5 unknown
        return b.array();
    }

    /** Sets the total sample count in the STREAMINFO of a FLAC file that starts with "fLaC". */
    public static void setFlacTotalSamples(byte[] flac, long total) {
        ByteBuffer b = ByteBuffer.wrap(flac, 18, 8);
        long word = b.getLong(18);
        b.putLong(18, (word & ~0xFFFFFFFFFL) | (total & 0xFFFFFFFFFL));
    }

    /** A 16-bit mono WAV of {@code frames} silent samples, with a chunk {@code id} announcing {@code size} bytes before its data. */
    public static byte[] wavWithChunk(String id, long size, int frames) {
        ByteBuffer b = ByteBuffer.allocate(12 + 24 + 8 + 8 + 2 * frames).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(b.capacity() - 8).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
        b.put(id.getBytes(StandardCharsets.US_ASCII)).putInt((int) size);
        if (!id.equals("data")) {
            b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(2 * frames);
        }
        return b.array();
    }

    /** The same Ogg stream with every page's CRC recomputed, so that edits inside pages are read, not dropped. */
    public static byte[] withOggCrcs(byte[] ogg) {
        byte[] out = ogg.clone();
        int pos = 0;
        while (pos + 27 <= out.length && out[pos] == 'O' && out[pos + 1] == 'g' && out[pos + 2] == 'g' && out[pos + 3] == 'S') {
            int segments = out[pos + 26] & 0xFF;
            if (pos + 27 + segments > out.length) {
                break;
            }
            int body = 0;
            for (int i = 0; i < segments; i++) {
                body += out[pos + 27 + i] & 0xFF;
            }
            int end = Math.min(out.length, pos + 27 + segments + body);
            for (int i = 22; i < 26; i++) {
                out[pos + i] = 0;
            }
            int crc = 0;
            for (int i = pos; i < end; i++) {
                crc = (crc << 8) ^ OGG_CRC[((crc >>> 24) ^ out[i]) & 0xFF];
            }
            out[pos + 22] = (byte) crc;
            out[pos + 23] = (byte) (crc >>> 8);
            out[pos + 24] = (byte) (crc >>> 16);
            out[pos + 25] = (byte) (crc >>> 24);
            pos = end;
        }
        return out;
    }

    /** Byte offset of the first page's packet (the Vorbis identification header) in an Ogg stream. */
    public static int oggFirstPacket(byte[] ogg) {
        return 27 + (ogg[26] & 0xFF);
    }

    /** An Ogg Vorbis stream whose identification header announces other channels and sample rate. */
    public static byte[] oggAnnouncing(byte[] ogg, int channels, int sampleRate) {
        byte[] out = ogg.clone();
        int id = oggFirstPacket(out);
        out[id + 11] = (byte) channels;
        ByteBuffer.wrap(out, id + 12, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(sampleRate);
        return withOggCrcs(out);
    }

    /**
     * Where FLAC frames start: a sync code followed by a header whose CRC-8 holds (a sync code inside
     * compressed data almost never has one).
     */
    public static java.util.List<Integer> flacFrameStarts(byte[] flac, int from) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        for (int p = from; p + 6 < flac.length; p++) {
            int end = flacHeaderEnd(flac, p);
            if (end > 0 && end < flac.length && crc8(flac, p, end) == (flac[end] & 0xFF)) {
                starts.add(p);
                p = end;
            }
        }
        return starts;
    }

    /** The offset of a FLAC frame header's CRC-8 byte, or -1 when the bytes at {@code p} cannot start one. */
    public static int flacHeaderEnd(byte[] b, int p) {
        if ((b[p] & 0xFF) != 0xFF || (b[p + 1] & 0xFE) != 0xF8) {
            return -1;
        }
        int blockCode = (b[p + 2] >> 4) & 15;
        int rateCode = b[p + 2] & 15;
        int first = b[p + 4] & 0xFF;
        int number = first < 0x80 ? 1 : first >= 0xFE ? 7 : Integer.numberOfLeadingZeros(~(first << 24));
        int end = p + 4 + number + (blockCode == 6 ? 1 : blockCode == 7 ? 2 : 0)
                + (rateCode == 12 ? 1 : rateCode == 13 || rateCode == 14 ? 2 : 0);
        return number < 1 || end >= b.length ? -1 : end;
    }

    /** Recomputes the CRC-8 of the frame header at {@code start} and the CRC-16 of the frame ending at {@code end}. */
    public static void fixFlacFrameCrcs(byte[] b, int start, int end) {
        int header = flacHeaderEnd(b, start);
        if (header < 0 || end - 2 <= header) {
            return;
        }
        b[header] = (byte) crc8(b, start, header);
        int crc = 0;
        for (int i = start; i < end - 2; i++) {
            crc ^= (b[i] & 0xFF) << 8;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x8005 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        b[end - 2] = (byte) (crc >> 8);
        b[end - 1] = (byte) crc;
    }

    private static int crc8(byte[] b, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= b[i] & 0xFF;
            for (int k = 0; k < 8; k++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
        }
        return crc;
    }

    /**
     * An Ogg Vorbis stream whose first codebook announces other dimensions and entries (the first
     * codebook is the one field of the setup header on a byte boundary).
     */
    public static byte[] oggFirstCodebook(byte[] ogg, int dimensions, int entries) {
        byte[] out = ogg.clone();
        int page1 = 27 + (out[26] & 0xFF) + (out[27] & 0xFF); // the identification page holds one segment
        int segments = out[page1 + 26] & 0xFF;
        int comment = page1 + 27 + segments;
        int commentLength = 0;
        for (int i = 0; i < segments; i++) {
            int lace = out[page1 + 27 + i] & 0xFF;
            commentLength += lace;
            if (lace < 255) {
                break;
            }
        }
        int setup = comment + commentLength;
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(setup + 11, (short) dimensions);
        b.put(setup + 13, (byte) entries).put(setup + 14, (byte) (entries >> 8)).put(setup + 15, (byte) (entries >> 16));
        return withOggCrcs(out);
    }

    /** An MP3 whose Xing/Info frame announces {@code frames} audio frames (the file must have such a frame). */
    public static byte[] mp3Announcing(byte[] mp3, long frames) throws DecodeException {
        GaplessInfo info = GaplessInfo.read(mp3);
        if (!info.infoFrame() || info.frames() < 0) {
            throw new IllegalArgumentException("no Xing/Info frame count to change");
        }
        byte[] out = mp3.clone();
        int count = info.firstFrameOffset() + info.header().xingOffset() + 8;
        ByteBuffer.wrap(out, count, 4).putInt((int) frames);
        return out;
    }
}
