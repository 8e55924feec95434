package org.musicrec.audio;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.PCMProcessor;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;
import org.jflac.metadata.StreamInfo;
import org.jflac.util.ByteData;

/**
 * FLAC through jFLAC's decoder class directly (no javax.sound SPI lookup). The metadata blocks are
 * walked here and only STREAMINFO, checked first, is handed to jFLAC: the other blocks (tags, pictures,
 * seek tables) carry lengths that jFLAC would allocate by, and decoding needs none of them.
 */
final class FlacDecoder {
    private static final int STREAMINFO = 0;
    private static final int STREAMINFO_BYTES = 34;
    /** A few times what jFLAC reads ahead of its parser. */
    private static final int READ_AHEAD = 4096;

    private FlacDecoder() {
    }

    static DecodedAudio decode(byte[] data, DecodeLimits limits) throws DecodeException {
        int start = GaplessInfo.id3v2Length(data); // FLAC files may carry an ID3v2 tag too
        if (data.length < start + 4 || data[start] != 'f' || data[start + 1] != 'L' || data[start + 2] != 'a'
                || data[start + 3] != 'C') {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "no fLaC signature");
        }
        if (data.length < start + 8 + STREAMINFO_BYTES) {
            throw new DecodeException(DecodeException.Reason.TRUNCATED, "FLAC file ends inside its STREAMINFO block");
        }
        int info = start + 4;
        if ((data[info] & 0x7F) != STREAMINFO || length(data, info) != STREAMINFO_BYTES) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "FLAC file does not begin with a STREAMINFO block");
        }
        StreamHeader header = StreamHeader.read(data, info + 4);
        header.check(limits);
        int frames = framesStart(data, info);

        byte[] head = new byte[8 + STREAMINFO_BYTES];
        System.arraycopy(data, start, head, 0, head.length);
        head[4] = (byte) 0x80; // STREAMINFO becomes the last metadata block
        Source source = new Source(new SequenceInputStream(new ByteArrayInputStream(head),
                new ByteArrayInputStream(data, frames, data.length - frames)));
        FLACDecoder decoder = new FLACDecoder(source);
        Collector collector = new Collector(header, limits, source, data.length);
        decoder.addFrameListener(collector);
        decoder.addPCMProcessor(collector);
        try {
            decoder.decode();
        } catch (Stop stop) {
            if (stop.failure != null) {
                throw stop.failure;
            }
        } catch (IOException e) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "FLAC stream cannot be decoded: " + e, e);
        }
        MonoBuffer out = collector.out;
        if (header.totalSamples() > 0 && out.size() < header.totalSamples()) {
            throw new DecodeException(DecodeException.Reason.TRUNCATED, String.format(
                    "only %d of the %d FLAC samples announced are present", out.size(), header.totalSamples()));
        }
        if (out.size() == 0) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "FLAC file holds no audio frame");
        }
        return new DecodedAudio(out.toArray(), header.sampleRate(), header.channels(), "flac");
    }

    /** Walks the metadata blocks after STREAMINFO to where the audio frames begin. */
    private static int framesStart(byte[] data, int block) throws DecodeException {
        long pos = block;
        while (true) {
            if (pos + 4 > data.length) {
                throw new DecodeException(DecodeException.Reason.TRUNCATED, "FLAC file ends inside its metadata");
            }
            boolean last = (data[(int) pos] & 0x80) != 0;
            long end = pos + 4 + length(data, (int) pos);
            if (end > data.length) {
                throw new DecodeException(DecodeException.Reason.TRUNCATED, String.format(
                        "FLAC metadata block at byte %d announces %d bytes, only %d present",
                        pos, end - pos - 4, data.length - pos - 4));
            }
            if (last) {
                return (int) end;
            }
            pos = end;
        }
    }

    private static int length(byte[] data, int block) {
        return ((data[block + 1] & 0xFF) << 16) | ((data[block + 2] & 0xFF) << 8) | (data[block + 3] & 0xFF);
    }

    /** What STREAMINFO announces, read here so that it is checked before jFLAC sizes anything by it. */
    private record StreamHeader(int sampleRate, int channels, int bitsPerSample, long totalSamples) {
        static StreamHeader read(byte[] d, int p) {
            long v = 0;
            for (int i = 10; i < 18; i++) {
                v = (v << 8) | (d[p + i] & 0xFF);
            }
            return new StreamHeader((int) (v >>> 44), (int) ((v >>> 41) & 7) + 1, (int) ((v >>> 36) & 31) + 1,
                    v & 0xFFFFFFFFFL);
        }

        void check(DecodeLimits limits) throws DecodeException {
            limits.checkStream("FLAC", sampleRate, channels);
            if (bitsPerSample != 8 && bitsPerSample != 16 && bitsPerSample != 24) {
                // jFLAC hands out PCM bytes for these depths only
                throw new DecodeException(DecodeException.Reason.UNSUPPORTED,
                        "FLAC with " + bitsPerSample + " bits per sample is not supported");
            }
            limits.checkAnnouncedLength("FLAC", totalSamples, sampleRate);
        }
    }

    /** The input, telling when jFLAC has read all of it (it reads ahead by a small buffer). */
    private static final class Source extends FilterInputStream {
        private boolean ended;

        Source(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            ended |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            ended |= n < 0;
            return n;
        }
    }

    /** Ends jFLAC's decode loop from inside a callback, carrying the reason out (none when all samples are in). */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient DecodeException failure;

        Stop(DecodeException failure) {
            super(failure == null ? "all samples decoded" : failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    /** Receives jFLAC's interleaved little-endian PCM bytes and downmixes them as they arrive. */
    private static final class Collector implements PCMProcessor, FrameListener {
        private final StreamHeader header;
        private final MonoBuffer out;
        private final int width;
        private final double scale;
        private final Source source;
        private final long bytes;
        private long frames;
        private long errorsSinceFrame;
        private long errorsAfterEnd;

        Collector(StreamHeader header, DecodeLimits limits, Source source, long bytes) {
            this.header = header;
            this.out = new MonoBuffer(limits.maxSamples(header.sampleRate()));
            this.width = header.bitsPerSample() / 8;
            this.scale = 1.0 / ((1L << (header.bitsPerSample() - 1)) * (double) header.channels());
            this.source = source;
            this.bytes = bytes;
        }

        @Override
        public void processStreamInfo(StreamInfo streamInfo) {
        }

        @Override
        public void processMetadata(Metadata metadata) {
        }

        /** A frame unlike its STREAMINFO would be interleaved differently from what {@link #processPCM} expects. */
        @Override
        public void processFrame(Frame frame) {
            frames++;
            if (frame.header.channels != header.channels() || frame.header.bitsPerSample != header.bitsPerSample()
                    || frame.header.sampleRate != header.sampleRate()) {
                throw new Stop(new DecodeException(DecodeException.Reason.CORRUPT, String.format(
                        "FLAC frame %d has %d channels of %d bits at %d Hz, STREAMINFO says %d of %d at %d Hz",
                        frames, frame.header.channels, frame.header.bitsPerSample, frame.header.sampleRate,
                        header.channels(), header.bitsPerSample(), header.sampleRate())));
            }
        }

        /**
         * Each error jFLAC reports while it is moving on costs it at least a byte of input, so more
         * errors than it has bytes left means it is going round in place. It does at the end of the
         * input after a false frame sync: its sync search returns at the end without a new header, and
         * it parses the false one again, for ever.
         */
        @Override
        public void processError(String message) {
            if (source.ended && ++errorsAfterEnd > READ_AHEAD) {
                throw new Stop(null); // all the input has been read: what was decoded is all there is
            }
            if (++errorsSinceFrame > bytes) {
                throw new Stop(new DecodeException(DecodeException.Reason.CORRUPT,
                        "FLAC decoding stopped advancing after frame " + frames + ": " + message));
            }
        }

        @Override
        public void processPCM(ByteData pcm) {
            int channels = header.channels();
            byte[] d = pcm.getData();
            int count = pcm.getLen() / (width * channels);
            try {
                for (int i = 0, p = 0; i < count; i++) {
                    long sum = 0;
                    for (int c = 0; c < channels; c++, p += width) {
                        sum += sampleAt(d, p, width);
                    }
                    out.add((float) (sum * scale));
                }
            } catch (DecodeException e) {
                throw new Stop(e); // past the duration limit: decoding the rest would be wasted
            }
            errorsSinceFrame = 0;
            if (header.totalSamples() > 0 && out.size() >= header.totalSamples()) {
                // jFLAC stops looking for frames here, but not reading them: leave before it loops
                throw new Stop(null);
            }
        }

        private static int sampleAt(byte[] d, int p, int width) {
            return switch (width) {
                case 1 -> (d[p] & 0xFF) - 128;
                case 2 -> (short) ((d[p] & 0xFF) | (d[p + 1] << 8));
                default -> (d[p] & 0xFF) | ((d[p + 1] & 0xFF) << 8) | (d[p + 2] << 16);
            };
        }
    }
}
