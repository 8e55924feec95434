package org.musicrec.audio;

import java.nio.charset.StandardCharsets;

/**
 * Where the music starts and ends in a decoded MP3, read from the Xing/Info frame and its LAME tag
 * the way ffmpeg's demuxer does (libavformat/mp3dec.c): the info frame itself is not audio; when the
 * tag's encoder string is LAME/Lavf/Lavc, skip {@code delay + 529} decoded samples (529 = the
 * decoder's own delay) and keep {@code frames * samplesPerFrame - delay - padding} samples.
 *
 * @param firstFrameOffset byte offset of the first MPEG frame (after any ID3v2 tag)
 * @param infoFrame        whether that first frame is a Xing/Info frame (to be skipped, not decoded)
 * @param frames           audio frames announced by the info frame, or -1
 * @param encoderDelay     LAME encoder delay in samples, or -1 without a LAME tag
 * @param encoderPadding   LAME end padding in samples, or -1 without a LAME tag
 * @param streamBytes      bytes of MPEG frames announced by the info frame (from its first byte), or -1
 */
record GaplessInfo(int firstFrameOffset, MpegFrameHeader header, boolean infoFrame, long frames,
                   int encoderDelay, int encoderPadding, long streamBytes) {
    /** The decoder delay ffmpeg adds to the encoder delay (528 + 1 for the synthesis filter bank). */
    static final int DECODER_DELAY = 529;
    private static final int SCAN_LIMIT = 64 * 1024;

    boolean hasLameTag() {
        return encoderDelay >= 0;
    }

    /** Decoded samples to drop at the start. */
    int skipStart() {
        return hasLameTag() ? encoderDelay + DECODER_DELAY : 0;
    }

    /** Samples of music after the skip, or -1 when the file does not say. */
    long musicSamples() {
        return hasLameTag() && frames > 0 ? frames * header.samplesPerFrame() - encoderDelay - encoderPadding : -1;
    }

    /**
     * Whether missing frames mean a cut-off file (fewer bytes than the info frame announced) rather than
     * damaged frames in the middle; without a byte count, assume cut off.
     */
    boolean isCutOff(int available) {
        return streamBytes <= 0 || available - firstFrameOffset < streamBytes;
    }

    /** Finds the first MPEG frame (confirmed by a second one right after it) and reads its tags. */
    static GaplessInfo read(byte[] b) throws DecodeException {
        int start = id3v2Length(b);
        int end = Math.min(b.length - 4, start + SCAN_LIMIT);
        for (int pos = start; pos < end; pos++) {
            MpegFrameHeader h = MpegFrameHeader.parse(b, pos);
            if (h == null) {
                continue;
            }
            int next = pos + h.frameBytes();
            // One valid-looking header is easy to hit by chance; two in a row is not.
            if (next + 4 <= b.length && MpegFrameHeader.parse(b, next) == null) {
                continue;
            }
            if (next > b.length) {
                throw new DecodeException(DecodeException.Reason.TRUNCATED, "the first MP3 frame is cut short");
            }
            return fromFirstFrame(b, pos, h);
        }
        throw new DecodeException(DecodeException.Reason.NOT_AUDIO, "no MPEG audio frame found");
    }

    private static GaplessInfo fromFirstFrame(byte[] b, int pos, MpegFrameHeader h) {
        int x = pos + h.xingOffset();
        String tag = x + 8 <= b.length ? new String(b, x, 4, StandardCharsets.ISO_8859_1) : "";
        if (h.layer() != 3 || !(tag.equals("Xing") || tag.equals("Info"))) {
            return new GaplessInfo(pos, h, false, -1, -1, -1, -1);
        }
        int flags = int32(b, x + 4);
        int p = x + 8;
        long frames = -1;
        if ((flags & 1) != 0) {
            frames = p + 4 <= b.length ? int32(b, p) & 0xFFFFFFFFL : -1; // a file cut inside the tag says nothing
            p += 4;
        }
        long bytes = -1;
        if ((flags & 2) != 0) {
            bytes = p + 4 <= b.length ? int32(b, p) & 0xFFFFFFFFL : -1;
            p += 4;
        }
        p += ((flags & 4) != 0 ? 100 : 0) + ((flags & 8) != 0 ? 4 : 0);
        int delay = -1;
        int padding = -1;
        if (p + 24 <= b.length) {
            String encoder = new String(b, p, 4, StandardCharsets.ISO_8859_1);
            if (encoder.equals("LAME") || encoder.equals("Lavf") || encoder.equals("Lavc")) {
                int v = ((b[p + 21] & 0xFF) << 16) | ((b[p + 22] & 0xFF) << 8) | (b[p + 23] & 0xFF);
                delay = v >> 12;
                padding = v & 0xFFF;
            }
        }
        return new GaplessInfo(pos, h, true, frames, delay, padding, bytes);
    }

    static int id3v2Length(byte[] b) {
        if (b.length < 10 || b[0] != 'I' || b[1] != 'D' || b[2] != '3') {
            return 0;
        }
        int size = ((b[6] & 0x7F) << 21) | ((b[7] & 0x7F) << 14) | ((b[8] & 0x7F) << 7) | (b[9] & 0x7F);
        boolean footer = (b[5] & 0x10) != 0;
        return Math.min(b.length, 10 + size + (footer ? 10 : 0));
    }

    private static int int32(byte[] b, int p) {
        return ((b[p] & 0xFF) << 24) | ((b[p + 1] & 0xFF) << 16) | ((b[p + 2] & 0xFF) << 8) | (b[p + 3] & 0xFF);
    }
}
