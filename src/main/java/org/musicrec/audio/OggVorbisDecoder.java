package org.musicrec.audio;

import com.jcraft.jogg.Packet;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;

/**
 * Ogg Vorbis through JOrbis directly, packet by packet, so that each header packet is checked
 * ({@link VorbisHeaders}) before JOrbis reads it, and the comment packet, whose lengths JOrbis would
 * allocate by and which decoding does not need, is never handed over. The samples are rounded to
 * 16 bits as vorbisspi, the decoder used before, did.
 */
final class OggVorbisDecoder {
    /** A comment header with no vendor and no comments: JOrbis wants one before the setup header. */
    private static final byte[] EMPTY_COMMENT = {3, 'v', 'o', 'r', 'b', 'i', 's', 0, 0, 0, 0, 0, 0, 0, 0, 1};

    private OggVorbisDecoder() {
    }

    static DecodedAudio decode(byte[] data, DecodeLimits limits) throws DecodeException {
        OggPackets packets = new OggPackets(data);
        Packet first = packets.next();
        if (first == null) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "no intact Ogg page");
        }
        if (!isVorbisHeader(first, 1)) {
            throw new DecodeException(DecodeException.Reason.UNSUPPORTED, "Ogg stream is not Vorbis");
        }
        VorbisHeaders.Identification id = VorbisHeaders.identification(first.packet_base, first.packet, first.bytes, limits);
        Info info = new Info();
        info.init();
        Comment comment = new Comment();
        comment.init();
        headerIn(info, comment, first, "identification");
        Packet tags = packets.next();
        if (tags == null || !isVorbisHeader(tags, 3)) {
            throw missing("comment", tags);
        }
        Packet empty = new Packet();
        empty.packet_base = EMPTY_COMMENT;
        empty.bytes = EMPTY_COMMENT.length;
        empty.packetno = tags.packetno;
        headerIn(info, comment, empty, "comment");
        Packet setup = packets.next();
        if (setup == null || !isVorbisHeader(setup, 5)) {
            throw missing("setup", setup);
        }
        VorbisHeaders.setup(setup.packet_base, setup.packet, setup.bytes, id);
        headerIn(info, comment, setup, "setup");

        DspState dsp = new DspState();
        dsp.synthesis_init(info);
        Block block = new Block(dsp);
        block.init(dsp);
        int channels = id.channels();
        MonoBuffer out = new MonoBuffer(limits.maxSamples(id.sampleRate()));
        float[][][] pcm = new float[1][][];
        int[] index = new int[channels];
        short[] interleaved = new short[id.longBlock() * channels];
        for (Packet p = packets.next(); p != null; p = packets.next()) {
            if (block.synthesis(p) != 0) {
                continue; // an undecodable audio packet is skipped, as libvorbis does
            }
            dsp.synthesis_blockin(block);
            for (int n; (n = dsp.synthesis_pcmout(pcm, index)) > 0; ) {
                n = Math.min(n, interleaved.length / channels);
                for (int c = 0; c < channels; c++) {
                    float[] ch = pcm[0][c];
                    for (int j = 0, k = c, at = index[c]; j < n; j++, k += channels) {
                        // vorbisspi's conversion: scale by 32767, truncate, clip
                        int v = (int) (ch[at + j] * 32767.);
                        interleaved[k] = (short) (v > 32767 ? 32767 : Math.max(v, -32768));
                    }
                }
                out.addInterleaved16(interleaved, n * channels, channels);
                dsp.synthesis_read(n);
            }
        }
        if (out.size() == 0) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "Ogg Vorbis stream holds no audio");
        }
        return new DecodedAudio(out.toArray(), id.sampleRate(), channels, "ogg");
    }

    private static boolean isVorbisHeader(Packet p, int type) {
        if (p.bytes < 7 || p.packet_base[p.packet] != type) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (p.packet_base[p.packet + 1 + i] != "vorbis".charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void headerIn(Info info, Comment comment, Packet p, String which) throws DecodeException {
        if (info.synthesis_headerin(comment, p) < 0) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "Vorbis " + which + " header cannot be read");
        }
    }

    private static DecodeException missing(String which, Packet found) {
        return found == null
                ? new DecodeException(DecodeException.Reason.TRUNCATED, "Ogg stream ends before its Vorbis " + which + " header")
                : new DecodeException(DecodeException.Reason.CORRUPT, "Ogg packet where the Vorbis " + which + " header belongs is something else");
    }
}
