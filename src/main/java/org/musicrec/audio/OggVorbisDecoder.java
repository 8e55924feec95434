package org.musicrec.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.UnsupportedAudioFileException;

import javazoom.spi.vorbis.sampled.convert.VorbisFormatConversionProvider;
import javazoom.spi.vorbis.sampled.file.VorbisAudioFileReader;

/**
 * Ogg Vorbis through vorbisspi/JOrbis, naming the provider classes instead of asking
 * {@code AudioSystem}, so that it does not depend on which class loader sees the SPI registrations.
 */
final class OggVorbisDecoder {
    private static final int CHUNK = 64 * 1024;

    private OggVorbisDecoder() {
    }

    static DecodedAudio decode(byte[] data, DecodeLimits limits) throws DecodeException {
        try (AudioInputStream encoded = new VorbisAudioFileReader().getAudioInputStream(new ByteArrayInputStream(data))) {
            AudioFormat source = encoded.getFormat();
            int channels = source.getChannels();
            int rate = Math.round(source.getSampleRate());
            if (channels < 1 || rate <= 0) {
                throw new DecodeException(DecodeException.Reason.CORRUPT, "Vorbis header has " + channels
                        + " channels at " + rate + " Hz");
            }
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rate, 16, channels, 2 * channels, rate, false);
            try (AudioInputStream decoded = new VorbisFormatConversionProvider().getAudioInputStream(pcm, encoded)) {
                MonoBuffer out = new MonoBuffer(rate * 30, limits.maxSamples(rate));
                byte[] bytes = new byte[CHUNK];
                short[] shorts = new short[CHUNK / 2];
                int pending = 0;
                for (int n; (n = decoded.read(bytes, pending, bytes.length - pending)) >= 0; ) {
                    int usable = (pending + n) / (2 * channels) * (2 * channels);
                    ByteBuffer.wrap(bytes, 0, usable).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(shorts, 0, usable / 2);
                    out.addInterleaved16(shorts, usable / 2, channels);
                    pending = pending + n - usable;
                    System.arraycopy(bytes, usable, bytes, 0, pending);
                }
                if (out.size() == 0) {
                    throw new DecodeException(DecodeException.Reason.CORRUPT, "Ogg Vorbis stream holds no audio");
                }
                return new DecodedAudio(out.toArray(), rate, channels, "ogg");
            }
        } catch (UnsupportedAudioFileException e) {
            throw new DecodeException(DecodeException.Reason.UNSUPPORTED, "Ogg stream is not Vorbis: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "Ogg Vorbis stream cannot be decoded: " + e, e);
        }
    }
}
