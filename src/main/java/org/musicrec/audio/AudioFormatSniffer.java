package org.musicrec.audio;

/** Tells the container from the first bytes, because file extensions lie (see audio-bad/text_renamed.mp3). */
final class AudioFormatSniffer {
    enum Kind { MP3, WAV, OGG, FLAC, BROKEN_WAV, UNKNOWN }

    private AudioFormatSniffer() {
    }

    static Kind sniff(byte[] b) {
        if (startsWith(b, 0, "RIFF") && startsWith(b, 8, "WAVE")) {
            return Kind.WAV;
        }
        if (startsWith(b, 0, "RIFX") || startsWith(b, 0, "RIFF") || startsWith(b, 8, "WAVE")) {
            return Kind.BROKEN_WAV;
        }
        if (startsWith(b, 0, "OggS")) {
            return Kind.OGG;
        }
        if (startsWith(b, 0, "fLaC")) {
            return Kind.FLAC;
        }
        if (startsWith(b, 0, "ID3")) {
            int after = GaplessInfo.id3v2Length(b);
            // FLAC files may carry an ID3v2 tag too.
            return startsWith(b, after, "fLaC") ? Kind.FLAC : Kind.MP3;
        }
        return looksLikeMpeg(b) ? Kind.MP3 : Kind.UNKNOWN;
    }

    /** Two consecutive valid MPEG frame headers near the start. */
    private static boolean looksLikeMpeg(byte[] b) {
        int end = Math.min(b.length - 4, 4096);
        for (int pos = 0; pos < end; pos++) {
            MpegFrameHeader h = MpegFrameHeader.parse(b, pos);
            if (h != null && MpegFrameHeader.parse(b, pos + h.frameBytes()) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int offset, String magic) {
        if (offset < 0 || b.length < offset + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[offset + i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
