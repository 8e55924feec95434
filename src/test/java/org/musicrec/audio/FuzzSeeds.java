package org.musicrec.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files the decoder fuzz mutates, per format: the shared real and broken clips, cut to a fraction
 * of a second where they decode (headers patched to match, so that the unmutated seed decodes and
 * mutations reach the frames), cut anyhow where they are broken, plus small synthesised WAVs of every
 * sample encoding the decoder reads.
 */
final class FuzzSeeds {
    enum Format { WAV, FLAC, OGG, MP3 }

    /**
     * @param headerSpan bytes from the start that hold the headers, where most mutations land
     * @param decodes    whether the unmutated seed decodes (checked before fuzzing)
     */
    record Seed(String name, byte[] bytes, int headerSpan, boolean decodes) {
    }

    private static final int FLAC_FRAMES = 3;
    private static final int MP3_FRAMES = 12;

    private FuzzSeeds() {
    }

    static Map<Format, List<Seed>> load(Path data) throws IOException {
        Path bad = data.resolve("audio-bad");
        Map<Format, List<Seed>> seeds = new EnumMap<>(Format.class);
        seeds.put(Format.WAV, wav(bad));
        seeds.put(Format.FLAC, flac(Files.readAllBytes(bad.resolve("format_100035_15s.flac"))));
        seeds.put(Format.OGG, ogg(Files.readAllBytes(bad.resolve("format_100035_15s.ogg"))));
        seeds.put(Format.MP3, mp3(data.resolve("audio-real"), bad));
        return seeds;
    }

    private static List<Seed> wav(Path bad) throws IOException {
        List<Seed> s = new ArrayList<>();
        byte[] real = Files.readAllBytes(bad.resolve("format_100035_15s.wav"));
        s.add(new Seed("format_100035_15s.wav, first 0.1 s", wavPrefix(real, 4410 * 4), 96, true));
        byte[] corrupt = Files.readAllBytes(bad.resolve("corrupt_header.wav"));
        s.add(new Seed("corrupt_header.wav, first 4 KB", Arrays.copyOf(corrupt, 4096), 96, false));
        s.add(new Seed("8-bit stereo 22050 Hz", wav(1, 2, 22050, 8, 1100, false, false), 64, true));
        s.add(new Seed("24-bit mono 48000 Hz", wav(1, 1, 48000, 24, 2400, false, false), 64, true));
        s.add(new Seed("32-bit PCM stereo 11025 Hz, odd chunk first", wav(1, 2, 11025, 32, 1000, false, true), 80, true));
        s.add(new Seed("float 32 mono 16000 Hz", wav(3, 1, 16000, 32, 1600, false, false), 64, true));
        s.add(new Seed("float 64 stereo 8000 Hz", wav(3, 2, 8000, 64, 800, false, false), 64, true));
        s.add(new Seed("extensible 16-bit 6 channels 44100 Hz", wav(1, 6, 44100, 16, 2205, true, false), 88, true));
        return s;
    }

    /** The WAV cut to {@code dataBytes} of samples, its RIFF and data sizes made to match. */
    private static byte[] wavPrefix(byte[] wav, int dataBytes) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        while (b.getInt(pos) != 0x61746164) { // "data"
            pos += 8 + b.getInt(pos + 4);
        }
        byte[] out = Arrays.copyOf(wav, pos + 8 + dataBytes);
        ByteBuffer o = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        o.putInt(4, out.length - 8).putInt(pos + 4, dataBytes);
        return out;
    }

    /** A WAV of a ramp in any encoding the decoder reads, optionally WAVE_FORMAT_EXTENSIBLE and with a chunk before fmt. */
    static byte[] wav(int tag, int channels, int rate, int bits, int frames, boolean extensible, boolean junkFirst) {
        int width = bits / 8;
        int fmtSize = extensible ? 40 : 16;
        int junk = junkFirst ? 8 + 5 + 1 : 0; // an odd-sized chunk and its pad byte
        ByteBuffer b = ByteBuffer.allocate(12 + junk + 8 + fmtSize + 8 + frames * channels * width).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(b.capacity() - 8).put(ascii("WAVE"));
        if (junkFirst) {
            b.put(ascii("JUNK")).putInt(5).put(new byte[6]);
        }
        b.put(ascii("fmt ")).putInt(fmtSize).putShort((short) (extensible ? 0xFFFE : tag)).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * width).putShort((short) (channels * width)).putShort((short) bits);
        if (extensible) {
            b.putShort((short) 22).putShort((short) bits).putInt(0).putShort((short) tag)
                    .put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        }
        b.put(ascii("data")).putInt(frames * channels * width);
        for (int i = 0; i < frames * channels; i++) {
            double v = Math.sin(i * 0.05) * 0.5;
            if (tag == 3) {
                if (bits == 32) {
                    b.putFloat((float) v);
                } else {
                    b.putDouble(v);
                }
            } else {
                long q = Math.round(v * ((1L << (bits - 1)) - 1));
                for (int k = 0; k < width; k++) {
                    b.put((byte) ((bits == 8 ? q + 128 : q) >> (8 * k)));
                }
            }
        }
        return b.array();
    }

    private static List<Seed> flac(byte[] flac) {
        List<Integer> frames = HostileAudio.flacFrameStarts(flac, 42);
        byte[] head = Arrays.copyOf(flac, frames.get(FLAC_FRAMES));
        // STREAMINFO's total samples: the low 36 bits of its third 8-byte word
        long word = ByteBuffer.wrap(head, 18, 8).getLong();
        int blockSize = ByteBuffer.wrap(head, 10, 2).getShort() & 0xFFFF;
        ByteBuffer.wrap(head, 18, 8).putLong((word & ~0xFFFFFFFFFL) | (long) FLAC_FRAMES * blockSize);
        int span = frames.get(0) + 32;
        List<Seed> s = new ArrayList<>();
        s.add(new Seed("format_100035_15s.flac, first " + FLAC_FRAMES + " frames", head, span, true));
        byte[] tagged = new byte[head.length + 10 + 20];
        System.arraycopy(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 20}, 0, tagged, 0, 10);
        System.arraycopy(head, 0, tagged, 30, head.length);
        s.add(new Seed("the same after an ID3v2 tag", tagged, span + 30, true));
        s.add(new Seed("format_100035_15s.flac, first 40 KB", Arrays.copyOf(flac, 40 * 1024), span, false));
        return s;
    }

    private static List<Seed> ogg(byte[] ogg) {
        int[] pages = oggPageEnds(ogg, 3);
        byte[] head = Arrays.copyOf(ogg, pages[2]);
        head[pages[1] + 5] |= 4; // the last page kept ends the stream
        List<Seed> s = new ArrayList<>();
        s.add(new Seed("format_100035_15s.ogg, headers and first audio page", HostileAudio.withOggCrcs(head), pages[1], true));
        s.add(new Seed("format_100035_15s.ogg, first 6 KB", Arrays.copyOf(ogg, 6 * 1024), pages[1], false));
        return s;
    }

    /** The end offsets of the first {@code n} Ogg pages. */
    static int[] oggPageEnds(byte[] ogg, int n) {
        int[] ends = new int[n];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            int segments = ogg[pos + 26] & 0xFF;
            int body = 0;
            for (int k = 0; k < segments; k++) {
                body += ogg[pos + 27 + k] & 0xFF;
            }
            pos += 27 + segments + body;
            ends[i] = pos;
        }
        return ends;
    }

    private static List<Seed> mp3(Path real, Path bad) throws IOException {
        List<Seed> s = new ArrayList<>();
        byte[] shortClip = Files.readAllBytes(bad.resolve("short_0.5s.mp3"));
        s.add(new Seed("short_0.5s.mp3", shortClip, 2048, true));
        for (String name : new String[] {"truncated_10KB.mp3", "text_renamed.mp3", "zero_bytes.mp3"}) {
            s.add(new Seed(name, Files.readAllBytes(bad.resolve(name)), 2048, false));
        }
        for (String name : new String[] {"mono_22050Hz.mp3", "silent_30s.mp3"}) {
            byte[] clip = Files.readAllBytes(bad.resolve(name));
            s.add(new Seed(name + ", first " + MP3_FRAMES + " frames", mp3Frames(clip, MP3_FRAMES), 2048, true));
        }
        try (Stream<Path> clips = Files.list(real)) {
            for (Path clip : clips.filter(p -> p.toString().endsWith(".mp3")).sorted().toList()) {
                s.add(new Seed(clip.getFileName() + ", first " + MP3_FRAMES + " frames",
                        mp3Frames(Files.readAllBytes(clip), MP3_FRAMES), 2048, true));
            }
        }
        return s;
    }

    /** The MP3 cut after {@code n} audio frames, its Xing/Info frame and byte counts made to match. */
    private static byte[] mp3Frames(byte[] mp3, int n) throws IOException {
        try {
            GaplessInfo info = GaplessInfo.read(mp3);
            int pos = info.firstFrameOffset();
            for (int i = 0; i <= n; i++) { // the info frame, then n audio frames
                pos += MpegFrameHeader.parse(mp3, pos).frameBytes();
            }
            byte[] out = Arrays.copyOf(mp3, pos);
            if (info.infoFrame()) {
                int tag = info.firstFrameOffset() + info.header().xingOffset();
                ByteBuffer b = ByteBuffer.wrap(out);
                int flags = b.getInt(tag + 4);
                int p = tag + 8;
                if ((flags & 1) != 0) {
                    b.putInt(p, n);
                    p += 4;
                }
                if ((flags & 2) != 0) {
                    b.putInt(p, pos - info.firstFrameOffset());
                }
            }
            return out;
        } catch (DecodeException e) {
            throw new IOException(e);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
