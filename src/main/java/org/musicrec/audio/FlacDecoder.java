package org.musicrec.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.jflac.FLACDecoder;
import org.jflac.PCMProcessor;
import org.jflac.metadata.StreamInfo;
import org.jflac.util.ByteData;

/** FLAC through jFLAC's decoder class directly (no javax.sound SPI lookup). */
final class FlacDecoder {
    private FlacDecoder() {
    }

    static DecodedAudio decode(byte[] data, DecodeLimits limits) throws DecodeException {
        FLACDecoder decoder = new FLACDecoder(new ByteArrayInputStream(data));
        Collector collector = new Collector(limits);
        decoder.addPCMProcessor(collector);
        try {
            decoder.decode();
        } catch (IOException | RuntimeException e) {
            if (collector.failure != null) {
                throw collector.failure;
            }
            throw new DecodeException(DecodeException.Reason.CORRUPT, "FLAC stream cannot be decoded: " + e, e);
        }
        if (collector.failure != null) {
            throw collector.failure;
        }
        StreamInfo info = collector.info;
        if (info == null) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "FLAC file has no STREAMINFO block");
        }
        if (info.getTotalSamples() > 0 && collector.out.size() < info.getTotalSamples()) {
            throw new DecodeException(DecodeException.Reason.TRUNCATED, String.format(
                    "only %d of the %d FLAC samples announced are present", collector.out.size(), info.getTotalSamples()));
        }
        if (collector.out.size() == 0) {
            throw new DecodeException(DecodeException.Reason.CORRUPT, "FLAC file holds no audio frame");
        }
        return new DecodedAudio(collector.out.toArray(), info.getSampleRate(), info.getChannels(), "flac");
    }

    /** Receives jFLAC's interleaved little-endian PCM bytes and downmixes them as they arrive. */
    private static final class Collector implements PCMProcessor {
        private final DecodeLimits limits;
        private StreamInfo info;
        private MonoBuffer out;
        private DecodeException failure;

        Collector(DecodeLimits limits) {
            this.limits = limits;
        }

        @Override
        public void processStreamInfo(StreamInfo streamInfo) {
            info = streamInfo;
            long total = Math.max(0, streamInfo.getTotalSamples());
            out = new MonoBuffer((int) Math.min(total, Integer.MAX_VALUE - 8), limits.maxSamples(streamInfo.getSampleRate()));
        }

        @Override
        public void processPCM(ByteData pcm) {
            if (failure != null || out == null) {
                return;
            }
            int width = (info.getBitsPerSample() + 7) / 8;
            int channels = info.getChannels();
            double scale = 1.0 / ((1L << (info.getBitsPerSample() - 1)) * (double) channels);
            byte[] d = pcm.getData();
            int frames = pcm.getLen() / (width * channels);
            try {
                for (int i = 0, p = 0; i < frames; i++) {
                    long sum = 0;
                    for (int c = 0; c < channels; c++, p += width) {
                        sum += sampleAt(d, p, width);
                    }
                    out.add((float) (sum * scale));
                }
            } catch (DecodeException e) {
                failure = e;
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
