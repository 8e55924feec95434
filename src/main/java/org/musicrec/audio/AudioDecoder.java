package org.musicrec.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Decodes an audio file to mono float samples at its native rate, choosing the decoder from the
 * file's first bytes (not its name): MP3, WAV, Ogg Vorbis, FLAC. Stateless and thread-safe; each call
 * holds one file and its samples in memory. Whatever goes wrong with one file, the caller gets its
 * samples or a {@link DecodeException} with a reason: this is the one place where the codec
 * libraries' own failures are turned into that.
 */
public final class AudioDecoder {
    private final DecodeLimits limits;

    public AudioDecoder() {
        this(DecodeLimits.DEFAULT);
    }

    public AudioDecoder(DecodeLimits limits) {
        this.limits = limits;
    }

    public DecodedAudio decode(Path file) throws DecodeException {
        try {
            return decode(read(file));
        } catch (DecodeException e) {
            throw e.forFile(file);
        }
    }

    /** Decodes bytes already in memory (for callers that fetch audio from elsewhere). */
    public DecodedAudio decode(byte[] data) throws DecodeException {
        if (data.length == 0) {
            throw new DecodeException(DecodeException.Reason.EMPTY, "empty file (0 bytes)");
        }
        if (data.length > limits.maxBytes()) {
            throw new DecodeException(DecodeException.Reason.TOO_LARGE, data.length + " bytes exceed the limit of " + limits.maxBytes());
        }
        AudioFormatSniffer.Kind kind = AudioFormatSniffer.sniff(data);
        DecodedAudio audio;
        try {
            audio = switch (kind) {
                case MP3 -> Mp3Decoder.decode(data, limits);
                case WAV -> WavDecoder.decode(data, limits);
                case OGG -> OggVorbisDecoder.decode(data, limits);
                case FLAC -> FlacDecoder.decode(data, limits);
                case BROKEN_WAV -> throw new DecodeException(DecodeException.Reason.CORRUPT,
                        "RIFF-like header is not RIFF/WAVE (corrupt WAV header)");
                case UNKNOWN -> throw new DecodeException(DecodeException.Reason.NOT_AUDIO,
                        "not a recognised audio file (no MP3 frame, RIFF/WAVE, OggS or fLaC signature)");
            };
        } catch (RuntimeException | StackOverflowError e) {
            // The codec libraries report some damage only by tripping over it (an index past an array,
            // a division by a zero field...): whatever the cause, it concerns this file alone.
            throw new DecodeException(DecodeException.Reason.CORRUPT, kind + " decoder failed on this file: " + e, e);
        } catch (OutOfMemoryError e) {
            // Headers are checked and buffers grow with the data, so this is a codec allocating by a field
            // nobody checked; what it allocated for this file is unreachable once this returns.
            throw new DecodeException(DecodeException.Reason.TOO_LARGE, kind + " decoder ran out of memory on a "
                    + data.length + "-byte file: " + e.getMessage(), e);
        }
        if (audio.samples().length == 0) {
            throw new DecodeException(DecodeException.Reason.EMPTY, audio.format() + " file decodes to no samples");
        }
        return audio;
    }

    private byte[] read(Path file) throws DecodeException {
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw new DecodeException(DecodeException.Reason.TOO_LARGE, size + " bytes exceed the limit of " + limits.maxBytes());
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DecodeException(DecodeException.Reason.IO, "no such file", e);
        } catch (IOException e) {
            throw new DecodeException(DecodeException.Reason.IO, "cannot read: " + e.getMessage(), e);
        }
    }
}
