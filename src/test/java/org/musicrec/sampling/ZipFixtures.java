package org.musicrec.sampling;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds test archives, including deliberately broken ones, by writing ZIPs and patching their raw bytes. */
public final class ZipFixtures {
    private static final int CEN_SIGNATURE = 0x02014b50;

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Integer> methods = new LinkedHashMap<>();

    public ZipFixtures add(String name, byte[] data) {
        return add(name, data, ZipEntry.DEFLATED);
    }

    public ZipFixtures add(String name, byte[] data, int method) {
        entries.put(name, data);
        methods.put(name, method);
        return this;
    }

    public Path write(Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry z = new ZipEntry(e.getKey());
                byte[] data = e.getValue();
                if (methods.get(e.getKey()) == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    z.setMethod(ZipEntry.STORED);
                    z.setSize(data.length);
                    z.setCompressedSize(data.length);
                    z.setCrc(crc.getValue());
                }
                zip.putNextEntry(z);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Deterministic incompressible bytes, like MP3 frames. */
    public static byte[] noise(long seed, int length) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    public static long crc(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        return crc.getValue();
    }

    /** Replaces every occurrence of {@code from} by {@code to} (same length) in the file's raw bytes. */
    public static void replaceBytes(Path file, String from, String to) throws IOException {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        if (f.length != t.length) {
            throw new IllegalArgumentException("replacement must keep the length");
        }
        byte[] all = Files.readAllBytes(file);
        int hits = 0;
        for (int i = 0; i + f.length <= all.length; i++) {
            if (java.util.Arrays.equals(all, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, all, i, t.length);
                hits++;
            }
        }
        if (hits == 0) {
            throw new IllegalStateException(from + " not found in " + file);
        }
        Files.write(file, all);
    }

    /** Overwrites a 32-bit field of the named entry's central directory header (16 = CRC, 20 = csize, 24 = size). */
    public static void patchCentralField(Path file, String name, int fieldOffset, long value) throws IOException {
        byte[] all = Files.readAllBytes(file);
        ByteBuffer buf = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 <= all.length; i++) {
            if (buf.getInt(i) == CEN_SIGNATURE) {
                int nameLength = buf.getShort(i + 28) & 0xffff;
                if (nameLength == wanted.length && java.util.Arrays.equals(all, i + 46, i + 46 + nameLength, wanted, 0, nameLength)) {
                    buf.putInt(i + fieldOffset, (int) value);
                    Files.write(file, all);
                    return;
                }
            }
        }
        throw new IllegalStateException("no central header for " + name);
    }
}
