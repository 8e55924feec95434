package org.musicrec.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.musicrec.audio.FuzzSeeds.Format;
import org.musicrec.audio.FuzzSeeds.Seed;

/**
 * Mutates an audio file where decoders trust it: header fields set to extremes (sample rates, channel
 * counts, chunk and block sizes, frame and sample counts), bits flipped in the headers, cuts, deleted
 * and repeated ranges. Checksums are recomputed after most Ogg and FLAC edits, so the edit reaches the
 * parser instead of being dropped by the container's integrity check. Each step is logged in words.
 */
final class AudioMutator {
    private static final int[] RATES = {0, 1, 999, 1000, 8000, 44100, 768_000, 768_001, 1 << 20, Integer.MAX_VALUE, -1};

    private final Random r;
    private final List<String> log = new ArrayList<>();

    AudioMutator(Random r) {
        this.r = r;
    }

    List<String> log() {
        return log;
    }

    byte[] mutate(Format format, Seed seed) {
        byte[] b = seed.bytes().clone();
        for (int steps = 1 + r.nextInt(3); steps > 0; steps--) {
            byte[] specific = r.nextInt(5) < 3 ? specific(format, b) : null;
            b = specific != null ? specific : generic(format, b, seed.headerSpan());
        }
        return b;
    }

    private byte[] specific(Format format, byte[] b) {
        try {
            return switch (format) {
                case WAV -> wav(b);
                case FLAC -> flac(b);
                case OGG -> ogg(b);
                case MP3 -> mp3(b);
            };
        } catch (RuntimeException | DecodeException e) {
            return null; // an earlier step left nothing of that structure to aim at
        }
    }

    // ---- any format

    private byte[] generic(Format format, byte[] b, int span) {
        int within = Math.max(1, Math.min(span, b.length));
        byte[] out;
        switch (r.nextInt(5)) {
            case 0 -> {
                out = b.clone();
                int bits = 1 + r.nextInt(8);
                int range = r.nextInt(5) == 0 ? Math.max(1, b.length) : within;
                for (int i = 0; i < bits && b.length > 0; i++) {
                    int p = r.nextInt(range);
                    out[p] ^= (byte) (1 << r.nextInt(8));
                }
                log.add("flip " + bits + " bits in the first " + range + " bytes");
            }
            case 1 -> {
                int at = r.nextBoolean() ? r.nextInt(b.length + 1) : r.nextInt(within + 1);
                out = Arrays.copyOf(b, Math.min(at, b.length));
                log.add("cut at byte " + out.length);
            }
            case 2 -> {
                int width = 1 + r.nextInt(4);
                int p = r.nextInt(within);
                long v = extreme(width * 8);
                out = b.clone();
                boolean little = r.nextBoolean();
                put(out, p, width, v, little);
                log.add(String.format("write %d-byte %s 0x%x at byte %d", width, little ? "LE" : "BE", v, p));
            }
            case 3 -> {
                int from = r.nextInt(within);
                int n = Math.min(b.length - from, 1 + r.nextInt(64));
                out = new byte[b.length - Math.max(0, n)];
                System.arraycopy(b, 0, out, 0, from);
                System.arraycopy(b, from + Math.max(0, n), out, from, b.length - from - Math.max(0, n));
                log.add("delete " + n + " bytes at " + from);
            }
            default -> {
                int from = r.nextInt(within);
                int n = Math.min(b.length - from, 1 + r.nextInt(256));
                int to = r.nextInt(within);
                out = new byte[b.length + Math.max(0, n)];
                System.arraycopy(b, 0, out, 0, to);
                System.arraycopy(b, from, out, to, Math.max(0, n));
                System.arraycopy(b, to, out, to + Math.max(0, n), b.length - to);
                log.add("repeat " + n + " bytes from " + from + " at " + to);
            }
        }
        if (format == Format.OGG && r.nextInt(10) < 7) {
            out = HostileAudio.withOggCrcs(out);
            log.add("fix Ogg CRCs");
        }
        return out;
    }

    // ---- WAV

    private byte[] wav(byte[] b) {
        ByteBuffer w = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int fmt = chunk(b, "fmt ");
        int data = chunk(b, "data");
        switch (r.nextInt(6)) {
            case 0 -> {
                int[][] fields = {{0, 2}, {2, 2}, {4, 4}, {8, 4}, {12, 2}, {14, 2}, {16, 2}, {24, 2}};
                int[] f = fields[r.nextInt(fields.length)];
                long v = extreme(f[1] * 8);
                put(b, fmt + 8 + f[0], f[1], v, true);
                log.add("WAV fmt field at +" + f[0] + " = " + v);
                return b;
            }
            case 1 -> {
                int[] sizes = {4, fmt + 4, data + 4};
                int at = sizes[r.nextInt(sizes.length)];
                long v = chunkSize();
                w.putInt(at, (int) v);
                log.add("WAV size at byte " + at + " = " + v);
                return b;
            }
            case 2 -> {
                String[] ids = {"LIST", "JUNK", "fact", "fmt ", "data", "\0\0\0\0"};
                String id = ids[r.nextInt(ids.length)];
                long size = chunkSize();
                byte[] body = new byte[r.nextInt(17)];
                r.nextBytes(body);
                int at = r.nextBoolean() ? 12 : data;
                ByteBuffer c = ByteBuffer.allocate(8 + body.length).order(ByteOrder.LITTLE_ENDIAN);
                c.put(id.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putInt((int) size).put(body);
                log.add("insert WAV chunk '" + id.trim() + "' of announced size " + size + " at byte " + at);
                return insert(b, at, c.array());
            }
            case 3 -> {
                int rate = RATES[r.nextInt(RATES.length)];
                w.putInt(fmt + 12, rate);
                log.add("WAV sample rate " + rate);
                return b;
            }
            case 4 -> {
                int[] channels = {0, 1, 2, 32, 33, 255, 0xFFFF};
                int c = channels[r.nextInt(channels.length)];
                w.putShort(fmt + 10, (short) c);
                log.add("WAV channels " + c);
                return b;
            }
            default -> {
                int[] bits = {0, 1, 7, 8, 12, 16, 24, 31, 32, 33, 64, 0xFFFF};
                int[] tags = {0, 1, 2, 3, 0xFFFE, 0xFFFF};
                int bit = bits[r.nextInt(bits.length)];
                int tag = tags[r.nextInt(tags.length)];
                w.putShort(fmt + 22, (short) bit).putShort(fmt + 8, (short) tag);
                log.add("WAV format tag " + tag + ", " + bit + " bits");
                return b;
            }
        }
    }

    /** The offset of a chunk's id, walking the chunks (or, if they are broken, searching the first bytes). */
    private static int chunk(byte[] b, String id) {
        ByteBuffer w = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int want = ByteBuffer.wrap(id.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).order(ByteOrder.LITTLE_ENDIAN).getInt();
        for (long pos = 12; pos + 8 <= b.length; ) {
            if (w.getInt((int) pos) == want) {
                return (int) pos;
            }
            long size = w.getInt((int) pos + 4) & 0xFFFFFFFFL;
            pos += 8 + size + (size & 1);
        }
        for (int p = 0; p + 4 <= Math.min(b.length, 512); p++) {
            if (w.getInt(p) == want) {
                return p;
            }
        }
        throw new IllegalStateException("no " + id + " chunk");
    }

    private long chunkSize() {
        long[] sizes = {0, 1, 0x7FFF_FFF0L, 0x7FFF_FFF8L, 0x7FFF_FFFFL, 0x8000_0000L, 0xFFFF_FFF0L, 0xFFFF_FFFEL, 0xFFFF_FFFFL};
        return r.nextInt(4) == 0 ? r.nextInt(1 << 20) : sizes[r.nextInt(sizes.length)];
    }

    // ---- FLAC

    private byte[] flac(byte[] b) {
        int sig = indexOf(b, "fLaC", 64);
        int info = sig + 8; // STREAMINFO's body
        switch (r.nextInt(6)) {
            case 0, 5 -> {
                // bit offsets and widths in STREAMINFO: block sizes, frame sizes, rate, channels, depth, total samples
                int[][] fields = {{0, 16}, {16, 16}, {32, 24}, {56, 24}, {80, 20}, {100, 3}, {103, 5}, {108, 36}};
                int[] f = fields[r.nextInt(2) == 0 ? fields.length - 1 : r.nextInt(fields.length)];
                long v = f[1] == 20 && r.nextBoolean() ? RATES[r.nextInt(RATES.length)] & 0xFFFFF : extreme(f[1]);
                setBits(b, info, f[0], f[1], v);
                log.add("FLAC STREAMINFO bits " + f[0] + "+" + f[1] + " = " + v);
                return b;
            }
            case 1 -> {
                List<Integer> blocks = new ArrayList<>();
                for (int p = sig + 4; p + 4 <= b.length && blocks.size() < 8; ) {
                    blocks.add(p);
                    if ((b[p] & 0x80) != 0) {
                        break;
                    }
                    p += 4 + (((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF));
                }
                int block = blocks.get(r.nextInt(blocks.size()));
                if (r.nextBoolean()) {
                    b[block] = (byte) r.nextInt(256);
                    log.add("FLAC metadata block header at " + block + " type byte " + (b[block] & 0xFF));
                } else {
                    long v = extreme(24);
                    put(b, block + 1, 3, v, false);
                    log.add("FLAC metadata block at " + block + " length " + v);
                }
                return b;
            }
            case 2 -> {
                int[] types = {1, 2, 3, 4, 5, 6, 7, 126, 127};
                long length = extreme(24);
                byte[] block = new byte[4 + r.nextInt(65)];
                r.nextBytes(block);
                block[0] = (byte) types[r.nextInt(types.length)];
                put(block, 1, 3, length, false);
                log.add("insert FLAC metadata block type " + block[0] + " announcing " + length + " bytes, holding " + (block.length - 4));
                return insert(b, info + 34, block);
            }
            case 3 -> {
                return flacFrameHeader(b, sig);
            }
            default -> {
                List<Integer> frames = HostileAudio.flacFrameStarts(b, info + 34);
                int k = r.nextInt(frames.size());
                int start = frames.get(k);
                int end = k + 1 < frames.size() ? frames.get(k + 1) : b.length;
                int subframe = HostileAudio.flacHeaderEnd(b, start) + 1;
                b[subframe] = (byte) r.nextInt(256);
                HostileAudio.fixFlacFrameCrcs(b, start, end);
                log.add("FLAC frame " + k + " subframe header " + (b[subframe] & 0xFF) + ", CRCs fixed");
                return b;
            }
        }
    }

    /** Rewrites one frame header's block size, rate, channel and depth codes, with the bytes they call for and fixed CRCs. */
    private byte[] flacFrameHeader(byte[] b, int sig) {
        List<Integer> frames = HostileAudio.flacFrameStarts(b, sig + 42);
        int k = r.nextInt(frames.size());
        int start = frames.get(k);
        int end = k + 1 < frames.size() ? frames.get(k + 1) : b.length;
        int oldEnd = HostileAudio.flacHeaderEnd(b, start);
        int blockCode = r.nextInt(16);
        int rateCode = r.nextInt(16);
        int channelCode = r.nextInt(16);
        int depthCode = r.nextInt(8);
        int number = b[start + 4] & 0xFF;
        ByteBuffer h = ByteBuffer.allocate(16);
        h.put(b[start]).put(b[start + 1]).put((byte) (blockCode << 4 | rateCode)).put((byte) (channelCode << 4 | depthCode << 1));
        int numberBytes = number < 0x80 ? 1 : Integer.numberOfLeadingZeros(~(number << 24));
        h.put(b, start + 4, Math.min(numberBytes, 7));
        if (blockCode == 6) {
            h.put((byte) extreme(8));
        } else if (blockCode == 7) {
            h.putShort((short) extreme(16));
        }
        if (rateCode == 12) {
            h.put((byte) extreme(8));
        } else if (rateCode == 13 || rateCode == 14) {
            h.putShort((short) extreme(16));
        }
        h.put((byte) 0); // CRC-8, fixed below
        byte[] header = Arrays.copyOf(h.array(), h.position());
        byte[] out = new byte[b.length - (oldEnd + 1 - start) + header.length];
        System.arraycopy(b, 0, out, 0, start);
        System.arraycopy(header, 0, out, start, header.length);
        System.arraycopy(b, oldEnd + 1, out, start + header.length, b.length - oldEnd - 1);
        HostileAudio.fixFlacFrameCrcs(out, start, end + header.length - (oldEnd + 1 - start));
        log.add(String.format("FLAC frame %d header: block code %d, rate code %d, channel code %d, depth code %d, CRCs fixed",
                k, blockCode, rateCode, channelCode, depthCode));
        return out;
    }

    // ---- Ogg Vorbis

    private byte[] ogg(byte[] b) {
        int[] ends = FuzzSeeds.oggPageEnds(b, 2);
        int id = HostileAudio.oggFirstPacket(b);
        int page1 = ends[0];
        int segments = b[page1 + 26] & 0xFF;
        int comment = page1 + 27 + segments;
        int commentLength = 0;
        for (int i = 0; i < segments; i++) {
            int lace = b[page1 + 27 + i] & 0xFF;
            commentLength += lace;
            if (lace < 255) {
                break;
            }
        }
        int setup = comment + commentLength;
        ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        switch (r.nextInt(7)) {
            case 0 -> {
                int[] channels = {0, 1, 2, 3, 8, 32, 33, 255};
                int c = r.nextBoolean() ? channels[r.nextInt(channels.length)] : r.nextInt(256);
                b[id + 11] = (byte) c;
                log.add("Vorbis channels " + c);
            }
            case 1 -> {
                int rate = RATES[r.nextInt(RATES.length)];
                le.putInt(id + 12, rate);
                log.add("Vorbis sample rate " + rate);
            }
            case 2 -> {
                int[] fields = {7, 28, 29}; // version, block size exponents, framing byte
                int f = fields[r.nextInt(fields.length)];
                b[f + id] = (byte) r.nextInt(256);
                log.add("Vorbis identification byte " + f + " = " + (b[f + id] & 0xFF));
            }
            case 3 -> {
                // the first codebook is byte-aligned: count at +7, sync at +8, dimensions at +11, entries at +13
                int field = r.nextInt(3);
                long v = field == 0 ? extreme(8) : field == 1 ? extreme(16) : extreme(24);
                put(b, setup + (field == 0 ? 8 : field == 1 ? 11 : 13) - (field == 0 ? 1 : 0), field == 0 ? 1 : field == 1 ? 2 : 3, v, true);
                log.add("Vorbis setup: " + (field == 0 ? "codebook count" : field == 1 ? "codebook 0 dimensions" : "codebook 0 entries") + " = " + v);
            }
            case 4 -> {
                int flips = 1 + r.nextInt(4);
                int length = Math.max(1, Math.min(b.length, ends[1]) - setup);
                for (int i = 0; i < flips; i++) {
                    b[setup + 7 + r.nextInt(Math.max(1, length - 7))] ^= (byte) (1 << r.nextInt(8));
                }
                log.add("flip " + flips + " bits in the Vorbis setup header");
            }
            case 5 -> {
                if (r.nextBoolean()) {
                    long v = extreme(32);
                    le.putInt(comment + 7, (int) v);
                    log.add("Vorbis comment vendor length " + v);
                } else {
                    int vendor = le.getInt(comment + 7);
                    long v = extreme(32);
                    le.putInt(comment + 11 + vendor, (int) v);
                    log.add("Vorbis comment count " + v);
                }
            }
            default -> {
                int page = r.nextBoolean() ? 0 : page1;
                int[][] fields = {{4, 1}, {5, 1}, {6, 8}, {14, 4}, {18, 4}, {26, 1}, {27, 1}, {28, 1}};
                int[] f = fields[r.nextInt(fields.length)];
                long v = extreme(f[1] * 8);
                put(b, page + f[0], f[1], v, true);
                log.add("Ogg page at " + page + " header byte " + f[0] + " = " + v);
            }
        }
        log.add("fix Ogg CRCs");
        return HostileAudio.withOggCrcs(b);
    }

    // ---- MP3

    private byte[] mp3(byte[] b) throws DecodeException {
        GaplessInfo info = GaplessInfo.read(b);
        int first = info.firstFrameOffset();
        switch (r.nextInt(6)) {
            case 0, 5 -> {
                int pos = first;
                int k = r.nextInt(4);
                for (int i = 0; i < k; i++) {
                    MpegFrameHeader h = MpegFrameHeader.parse(b, pos);
                    if (h == null) {
                        break;
                    }
                    pos += h.frameBytes();
                }
                int which = 1 + r.nextInt(3);
                int v = r.nextInt(256);
                b[pos + which] = (byte) (which == 1 ? v | 0xE0 : v);
                log.add("MPEG frame header at " + pos + " byte " + which + " = " + (b[pos + which] & 0xFF));
            }
            case 1, 2 -> {
                int tag = first + info.header().xingOffset();
                int field = r.nextInt(3); // flags, frame count, byte count
                long v = extreme(32);
                put(b, tag + 4 + 4 * field, 4, v, false);
                log.add("Xing/Info " + (field == 0 ? "flags" : field == 1 ? "frames" : "bytes") + " = " + v);
            }
            case 3 -> {
                int tag = first + info.header().xingOffset();
                int flags = ByteBuffer.wrap(b).getInt(tag + 4);
                int lame = tag + 8 + ((flags & 1) != 0 ? 4 : 0) + ((flags & 2) != 0 ? 4 : 0)
                        + ((flags & 4) != 0 ? 100 : 0) + ((flags & 8) != 0 ? 4 : 0) + 21;
                long v = extreme(24);
                put(b, lame, 3, v, false);
                log.add("LAME delay and padding = 0x" + Long.toHexString(v));
            }
            default -> {
                byte[] size = new byte[4];
                for (int i = 0; i < 4; i++) {
                    size[i] = (byte) (r.nextBoolean() ? 0x7F : r.nextInt(128));
                }
                if (b.length >= 10 && b[0] == 'I' && b[1] == 'D' && b[2] == '3') {
                    System.arraycopy(size, 0, b, 6, 4);
                    log.add("ID3v2 size bytes " + Arrays.toString(size));
                    return b;
                }
                byte[] tag = {'I', 'D', '3', 4, 0, (byte) (r.nextBoolean() ? 0x10 : 0), size[0], size[1], size[2], size[3]};
                log.add("prepend ID3v2 header announcing bytes " + Arrays.toString(size));
                return insert(b, 0, tag);
            }
        }
        return b;
    }

    // ---- helpers

    /**
     * Values that break arithmetic (zero, one, two, the largest, around the sign bit), random ones, and
     * ones of every magnitude up to a few million: large, yet within the limits, so that they are
     * believed rather than refused.
     */
    private long extreme(int bits) {
        long max = bits >= 64 ? -1L : (1L << bits) - 1;
        long[] values = {0, 1, 2, max, max - 1, 1L << (bits - 1), (1L << (bits - 1)) - 1};
        return switch (r.nextInt(4)) {
            case 0 -> r.nextLong() & max;
            case 1 -> r.nextLong() & ((1L << (1 + r.nextInt(Math.min(bits, 26)))) - 1);
            default -> values[r.nextInt(values.length)];
        };
    }

    private static void put(byte[] b, int at, int width, long v, boolean little) {
        for (int i = 0; i < width; i++) {
            int p = at + (little ? i : width - 1 - i);
            if (p >= 0 && p < b.length) {
                b[p] = (byte) (v >>> (8 * i));
            }
        }
    }

    /** Sets {@code width} bits, most significant first, starting {@code bit} bits after byte {@code at}. */
    private static void setBits(byte[] b, int at, int bit, int width, long v) {
        for (int i = 0; i < width; i++) {
            int p = at + (bit + i) / 8;
            int mask = 0x80 >>> ((bit + i) % 8);
            if (((v >>> (width - 1 - i)) & 1) != 0) {
                b[p] |= (byte) mask;
            } else {
                b[p] &= (byte) ~mask;
            }
        }
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        at = Math.max(0, Math.min(at, b.length));
        byte[] out = new byte[b.length + piece.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(b, at, out, at + piece.length, b.length - at);
        return out;
    }

    private static int indexOf(byte[] b, String s, int within) {
        for (int p = 0; p + s.length() <= Math.min(b.length, within + s.length()); p++) {
            if (b[p] == s.charAt(0) && b[p + 1] == s.charAt(1) && b[p + 2] == s.charAt(2) && b[p + 3] == s.charAt(3)) {
                return p;
            }
        }
        throw new IllegalStateException("no " + s);
    }
}
