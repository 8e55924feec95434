package org.musicrec.audio;

import javazoom.jl.decoder.Obuffer;

/**
 * JLayer's output buffer, replacing its SampleBuffer to produce the 16-bit samples ffmpeg gives:
 * JLayer scales its synthesis output by 32700 (not 32768) and truncates toward zero, while ffmpeg
 * scales by 32768 and rounds to nearest (lrintf), clipping to [-32768, 32767]. Truncation turns
 * every |x| < 1 LSB into 0, which changes the zero-crossing rate of quiet passages.
 */
final class Pcm16Buffer extends Obuffer {
    /** Undoes JLayer's fixed 32700 synthesis scale. */
    private static final double RESCALE = 32768.0 / 32700.0;
    private static final double ROUNDER = 0x1.8p52;

    private final short[] buffer = new short[OBUFFERSIZE];
    private final int[] position = new int[MAXCHANNELS];
    private final int channels;

    Pcm16Buffer(int channels) {
        this.channels = channels;
        clear_buffer();
    }

    @Override
    public void append(int channel, short value) {
        buffer[position[channel]] = value;
        position[channel] += channels;
    }

    @Override
    public void appendSamples(int channel, float[] samples) {
        int p = position[channel];
        for (int i = 0; i < 32; i++, p += channels) {
            // Adding and subtracting 1.5 * 2^52 rounds half to even like lrintf, and costs less than Math.rint here.
            double v = (samples[i] * RESCALE + ROUNDER) - ROUNDER;
            buffer[p] = (short) (v > 32767 ? 32767 : v < -32768 ? -32768 : v);
        }
        position[channel] = p;
    }

    short[] samples() {
        return buffer;
    }

    /** Interleaved samples written since the last clear. */
    int length() {
        return position[0];
    }

    int channels() {
        return channels;
    }

    @Override
    public void write_buffer(int val) {
        // samples stay in the buffer until the decoder loop reads them
    }

    @Override
    public void close() {
    }

    @Override
    public void clear_buffer() {
        for (int i = 0; i < channels; i++) {
            position[i] = i;
        }
    }

    @Override
    public void set_stop_flag() {
    }
}
