package org.musicrec.tools.generate;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A RIFF/WAVE file of 16-bit PCM mono samples: the 44-byte canonical header, then the data. */
public final class WavFile {
    private WavFile() {
    }

    public static byte[] of(short[] samples, int sampleRate) {
        int data = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(36 + data).putInt(0x45564157); // "RIFF" size "WAVE"
        b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 1) // "fmt " PCM mono
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.putInt(0x61746164).putInt(data); // "data"
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }
}
