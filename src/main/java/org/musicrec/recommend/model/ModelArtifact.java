package org.musicrec.recommend.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.musicrec.recommend.als.AlsModelState;

/**
 * A trained model as bytes: the user and item ids (index order), each item's number of training
 * interactions (popularity, for cold start) and its total positive weight (the BM25 statistics, so
 * fold-in weighs a new user's counts as training did), then the factors ({@link AlsModelState#writeTo}).
 * Reading checks the ids agree with the factor shapes; artifacts written before the totals existed
 * ("ALSN") still load, with {@code itemTotals} null.
 */
public record ModelArtifact(List<String> userIds, List<String> itemIds, int[] itemCounts, double[] itemTotals,
                            AlsModelState state) {
    private static final int MAGIC_V1 = 0x414C534E; // "ALSN"
    private static final int MAGIC = 0x414C5357; // "ALSW": with item totals
    private static final int MAX_IDS = 50_000_000;

    public ModelArtifact {
        if (userIds.size() != state.numUsers() || itemIds.size() != state.numItems() || itemCounts.length != itemIds.size()
                || (itemTotals != null && itemTotals.length != itemIds.size())) {
            throw new IllegalArgumentException("ids do not match the factors: " + userIds.size() + " users / "
                    + state.numUsers() + ", " + itemIds.size() + " items / " + state.numItems());
        }
    }

    /** Without item totals (a model whose fold-in does not use BM25). */
    public ModelArtifact(List<String> userIds, List<String> itemIds, int[] itemCounts, AlsModelState state) {
        this(userIds, itemIds, itemCounts, null, state);
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(itemTotals == null ? MAGIC_V1 : MAGIC);
        writeIds(out, userIds);
        writeIds(out, itemIds);
        for (int c : itemCounts) {
            out.writeInt(c);
        }
        if (itemTotals != null) {
            for (double t : itemTotals) {
                out.writeDouble(t);
            }
        }
        out.flush();
        state.writeTo(bytes);
        return bytes.toByteArray();
    }

    public static ModelArtifact fromBytes(byte[] data) throws IOException {
        ByteArrayInputStream bytes = new ByteArrayInputStream(data);
        DataInputStream in = new DataInputStream(bytes);
        int magic = in.readInt();
        if (magic != MAGIC && magic != MAGIC_V1) {
            throw new IOException("not a model artifact (bad magic number)");
        }
        List<String> users = readIds(in);
        List<String> items = readIds(in);
        int[] counts = new int[items.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.readInt();
        }
        double[] totals = null;
        if (magic == MAGIC) {
            totals = new double[items.size()];
            for (int i = 0; i < totals.length; i++) {
                totals[i] = in.readDouble();
            }
        }
        return new ModelArtifact(users, items, counts, totals, AlsModelState.readFrom(bytes));
    }

    private static void writeIds(DataOutputStream out, List<String> ids) throws IOException {
        out.writeInt(ids.size());
        for (String id : ids) {
            out.writeUTF(id);
        }
    }

    private static List<String> readIds(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_IDS) {
            throw new IOException("corrupt model artifact: " + n + " ids");
        }
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(in.readUTF());
        }
        return ids;
    }
}
