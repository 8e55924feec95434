package org.musicrec.audio;

import java.io.ByteArrayInputStream;

import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.BitstreamException;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.DecoderException;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;

/**
 * MP3 through JLayer's decoder classes directly (not the javax.sound SPI), so that it works under any
 * class loader and so that the Xing/Info frame can be skipped and the LAME encoder delay and padding
 * trimmed as ffmpeg does (see {@link GaplessInfo}); its output goes through {@link Pcm16Buffer} to get
 * the 16-bit samples ffmpeg handed to FMA's audioread.
 */
final class Mp3Decoder {
    private Mp3Decoder() {
    }

    static DecodedAudio decode(byte[] data, DecodeLimits limits) throws DecodeException {
        return decode(data, limits, true, true);
    }

    /**
     * @param gapless       skip the info frame and trim delay/padding like ffmpeg (false: JLayer's raw output)
     * @param ffmpegRounding round and rescale to ffmpeg's 16-bit samples (false: JLayer's truncating SampleBuffer)
     */
    static DecodedAudio decode(byte[] data, DecodeLimits limits, boolean gapless, boolean ffmpegRounding)
            throws DecodeException {
        GaplessInfo info = GaplessInfo.read(data);
        MpegFrameHeader first = info.header();
        limits.checkStream("MP3", first.sampleRate(), first.channels());
        if (info.frames() > 0) {
            limits.checkAnnouncedLength("MP3 Xing/Info", info.frames() * first.samplesPerFrame(), first.sampleRate());
        }
        long music = gapless ? info.musicSamples() : -1;
        int skip = gapless ? info.skipStart() : 0;
        MonoBuffer out = new MonoBuffer(limits.maxSamples(first.sampleRate()) + skip);
        ByteArrayInputStream in = new ByteArrayInputStream(data, info.firstFrameOffset(),
                data.length - info.firstFrameOffset());
        Bitstream bitstream = new Bitstream(in);
        Decoder decoder = new Decoder();
        Pcm16Buffer pcm = new Pcm16Buffer(first.channels());
        if (ffmpegRounding) {
            decoder.setOutputBuffer(pcm);
        }
        long decodedFrames = 0;
        int channels = first.channels();
        try {
            Header header = bitstream.readFrame();
            if (header != null && info.infoFrame() && gapless) {
                bitstream.closeFrame(); // the Xing/Info frame holds no audio: ffmpeg never decodes it
                header = bitstream.readFrame();
            }
            for (; header != null; header = bitstream.readFrame()) {
                if (header.frequency() != first.sampleRate()) {
                    throw new DecodeException(DecodeException.Reason.CORRUPT,
                            "sample rate changes mid-stream at frame " + decodedFrames);
                }
                if (header.mode() == Header.SINGLE_CHANNEL ? channels != 1 : channels != 2) {
                    throw new DecodeException(DecodeException.Reason.CORRUPT,
                            "channel count changes mid-stream at frame " + decodedFrames);
                }
                Object output = decoder.decodeFrame(header, bitstream);
                if (output instanceof SampleBuffer jlayer) {
                    out.addInterleaved16(jlayer.getBuffer(), jlayer.getBufferLength(), channels);
                } else {
                    out.addInterleaved16(pcm.samples(), pcm.length(), channels);
                }
                bitstream.closeFrame();
                decodedFrames++;
            }
        } catch (BitstreamException | DecoderException | ArrayIndexOutOfBoundsException e) {
            // JLayer reports a damaged frame by an exception or an index overrun; short of the announced
            // frame count it is a cut-off file, otherwise a corrupt one.
            boolean cut = info.frames() > 0 && decodedFrames < info.frames() && info.isCutOff(data.length);
            throw new DecodeException(cut ? DecodeException.Reason.TRUNCATED : DecodeException.Reason.CORRUPT,
                    "MP3 frame " + (decodedFrames + 1) + (info.frames() > 0 ? " of " + info.frames() : "")
                            + " cannot be decoded: " + e, e);
        }
        if (decodedFrames == 0) {
            throw new DecodeException(DecodeException.Reason.NOT_AUDIO, "no decodable MP3 frame");
        }
        long announced = info.frames() + (gapless ? 0 : 1);
        // One frame of slack: some encoders count the info frame in the total, some do not.
        if (info.frames() > 0 && decodedFrames + 1 < announced) {
            boolean cut = info.isCutOff(data.length);
            throw new DecodeException(cut ? DecodeException.Reason.TRUNCATED : DecodeException.Reason.CORRUPT, String.format(
                    "only %d of the %d MP3 frames announced by the Xing/Info header " + (cut ? "are present" : "could be decoded")
                            + " (%.2f of %.2f s)",
                    decodedFrames, announced, decodedFrames * first.samplesPerFrame() / (double) first.sampleRate(),
                    announced * first.samplesPerFrame() / (double) first.sampleRate()));
        }
        long end = music >= 0 ? Math.min(out.size(), skip + music) : out.size();
        float[] samples = out.toArray(skip, (int) end);
        return new DecodedAudio(samples, first.sampleRate(), channels, "mp3");
    }
}
