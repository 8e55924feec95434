package org.musicrec.audio;

/**
 * The 4-byte MPEG audio frame header, parsed only as far as needed to find frames and the
 * Xing/Info tag; the decoding itself is JLayer's.
 */
record MpegFrameHeader(int version, int layer, int bitrateKbps, int sampleRate, int channels,
                       boolean crc, boolean padding) {
    /** MPEG version ids as in the header: 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5. */
    static final int MPEG1 = 3;

    private static final int[][] BITRATES_V1 = {
            {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
            {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}};
    private static final int[][] BITRATES_V2 = {
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
            {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
            {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}};
    private static final int[] RATES_V1 = {44100, 48000, 32000};

    /** Parses the header at {@code pos}, or returns null when the bytes there are not a valid header. */
    static MpegFrameHeader parse(byte[] b, int pos) {
        if (pos + 4 > b.length || (b[pos] & 0xFF) != 0xFF || (b[pos + 1] & 0xE0) != 0xE0) {
            return null;
        }
        int version = (b[pos + 1] >> 3) & 3;
        int layerBits = (b[pos + 1] >> 1) & 3;
        int bitrateIndex = (b[pos + 2] >> 4) & 15;
        int rateIndex = (b[pos + 2] >> 2) & 3;
        if (version == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return null; // reserved values; free-format streams are not supported by JLayer either
        }
        int layer = 4 - layerBits;
        int[][] table = version == MPEG1 ? BITRATES_V1 : BITRATES_V2;
        int rate = RATES_V1[rateIndex] >> (version == MPEG1 ? 0 : version == 2 ? 1 : 2);
        int mode = (b[pos + 3] >> 6) & 3;
        return new MpegFrameHeader(version, layer, table[layer - 1][bitrateIndex], rate, mode == 3 ? 1 : 2,
                (b[pos + 1] & 1) == 0, ((b[pos + 2] >> 1) & 1) == 1);
    }

    int samplesPerFrame() {
        if (layer == 1) {
            return 384;
        }
        return layer == 3 && version != MPEG1 ? 576 : 1152;
    }

    int frameBytes() {
        if (layer == 1) {
            return (12 * bitrateKbps * 1000 / sampleRate + (padding ? 1 : 0)) * 4;
        }
        int slots = layer == 3 && version != MPEG1 ? 72 : 144;
        return slots * bitrateKbps * 1000 / sampleRate + (padding ? 1 : 0);
    }

    /** Offset from the frame start where a Layer III Xing/Info tag would sit (after the side information). */
    int xingOffset() {
        int side = version == MPEG1 ? (channels == 1 ? 17 : 32) : (channels == 1 ? 9 : 17);
        return 4 + (crc ? 2 : 0) + side;
    }
}
