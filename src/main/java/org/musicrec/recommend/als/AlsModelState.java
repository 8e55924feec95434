package org.musicrec.recommend.als;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/**
 * The factors being trained plus the cursor of the next work unit: everything a restart needs.
 * Factors are flat row-major {@code float[]} with stride {@code rank}.
 *
 * <p>Initialisation follows Spark MLlib: every user and item vector is drawn from a standard normal
 * distribution and scaled to unit length, from two seeds derived from the run's seed.
 */
public final class AlsModelState {
    private static final int MAGIC = 0x414C5331; // "ALS1"
    /** Guards {@link #readFrom} against a corrupt header asking for absurd allocations. */
    private static final long MAX_FLOATS = 1L << 30;

    private final int rank;
    private final int numUsers;
    private final int numItems;
    private final float[] userFactors;
    private final float[] itemFactors;
    private int nextUnit;

    public AlsModelState(int rank, int numUsers, int numItems, float[] userFactors, float[] itemFactors, int nextUnit) {
        if (userFactors.length != (long) rank * numUsers || itemFactors.length != (long) rank * numItems) {
            throw new IllegalArgumentException("factor arrays do not match rank x rows");
        }
        this.rank = rank;
        this.numUsers = numUsers;
        this.numItems = numItems;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
        this.nextUnit = nextUnit;
    }

    public static AlsModelState initial(int rank, int numUsers, int numItems, long seed) {
        Random seeds = new Random(seed);
        long userSeed = seeds.nextLong();
        long itemSeed = seeds.nextLong();
        return new AlsModelState(rank, numUsers, numItems, randomUnitRows(numUsers, rank, userSeed),
                randomUnitRows(numItems, rank, itemSeed), 0);
    }

    private static float[] randomUnitRows(int rows, int rank, long seed) {
        Random random = new Random(seed);
        float[] f = new float[rows * rank];
        for (int r = 0; r < rows; r++) {
            double norm = 0;
            for (int k = 0; k < rank; k++) {
                float g = (float) random.nextGaussian();
                f[r * rank + k] = g;
                norm += (double) g * g;
            }
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int k = 0; k < rank; k++) {
                f[r * rank + k] *= scale;
            }
        }
        return f;
    }

    public int rank() {
        return rank;
    }

    public int numUsers() {
        return numUsers;
    }

    public int numItems() {
        return numItems;
    }

    public int rows(Side side) {
        return side == Side.USER ? numUsers : numItems;
    }

    /** The live factor array of a side (not a copy: the trainer writes into it). */
    public float[] factors(Side side) {
        return side == Side.USER ? userFactors : itemFactors;
    }

    public float[] userFactors() {
        return userFactors;
    }

    public float[] itemFactors() {
        return itemFactors;
    }

    /** Ordinal of the next work unit to solve; equals the plan size when training is complete. */
    public int nextUnit() {
        return nextUnit;
    }

    void advanceTo(int ordinal) {
        this.nextUnit = ordinal;
    }

    public AlsModelState copy() {
        return new AlsModelState(rank, numUsers, numItems, userFactors.clone(), itemFactors.clone(), nextUnit);
    }

    /** Writes a binary snapshot (big-endian header, little-endian float blocks). Does not close {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(rank);
        data.writeInt(numUsers);
        data.writeInt(numItems);
        data.writeInt(nextUnit);
        writeFloats(data, userFactors);
        writeFloats(data, itemFactors);
        data.flush();
    }

    public static AlsModelState readFrom(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not an ALS model state (bad magic number)");
        }
        int rank = data.readInt();
        int users = data.readInt();
        int items = data.readInt();
        int next = data.readInt();
        if (rank < 1 || users < 0 || items < 0 || next < 0
                || (long) rank * users > MAX_FLOATS || (long) rank * items > MAX_FLOATS) {
            throw new IOException("corrupt ALS model state header: rank " + rank + ", " + users + " users, " + items + " items");
        }
        float[] u = readFloats(data, rank * users);
        float[] i = readFloats(data, rank * items);
        return new AlsModelState(rank, users, items, u, i, next);
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(4 * 8192).order(ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < values.length; from += 8192) {
            int n = Math.min(8192, values.length - from);
            buf.clear();
            buf.asFloatBuffer().put(values, from, n);
            out.write(buf.array(), 0, 4 * n);
        }
    }

    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        float[] values = new float[count];
        byte[] bytes = new byte[4 * 8192];
        for (int from = 0; from < count; from += 8192) {
            int n = Math.min(8192, count - from);
            in.readFully(bytes, 0, 4 * n);
            ByteBuffer.wrap(bytes, 0, 4 * n).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values, from, n);
        }
        return values;
    }
}
