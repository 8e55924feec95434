package org.musicrec.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test signals and a minimal 16-bit PCM WAV writer for fixtures in a temp folder. */
public final class Signals {
    private Signals() {
    }

    public static float[] sine(double hz, int sampleRate, int samples, double amplitude) {
        float[] y = new float[samples];
        for (int i = 0; i < samples; i++) {
            y[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / sampleRate));
        }
        return y;
    }

    public static byte[] wav16(short[][] channels, int sampleRate) {
        int frames = channels[0].length;
        int n = channels.length;
        ByteBuffer b = ByteBuffer.allocate(44 + frames * n * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + frames * n * 2).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) n).putInt(sampleRate)
                .putInt(sampleRate * n * 2).putShort((short) (n * 2)).putShort((short) 16);
        b.put("data".getBytes()).putInt(frames * n * 2);
        for (int i = 0; i < frames; i++) {
            for (short[] c : channels) {
                b.putShort(c[i]);
            }
        }
        return b.array();
    }

    public static Path writeWav(Path dir, String name, float[] mono, int sampleRate) throws IOException {
        short[] s = new short[mono.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.max(-32768, Math.min(32767, Math.round(mono[i] * 32768)));
        }
        return Files.write(dir.resolve(name), wav16(new short[][] {s}, sampleRate));
    }
}
