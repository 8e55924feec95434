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
 * interactions (popularity, for cold start), then the factors ({@link AlsModelState#writeTo}).
 * Reading checks the ids agree with the factor shapes.
 */
public record ModelArtifact(List<String> userIds, List<String> itemIds, int[] itemCounts, AlsModelState state) {
    private static final int MAGIC = 0x414C534E; // "ALSN"
    private static final int MAX_IDS = 50_000_000;

    public ModelArtifact {
        if (userIds.size() != state.numUsers() || itemIds.size() != state.numItems() || itemCounts.length != itemIds.size()) {
            throw new IllegalArgumentException("ids do not match the factors: " + userIds.size() + " users / "
                    + state.numUsers() + ", " + itemIds.size() + " items / " + state.numItems());
        }
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        writeIds(out, userIds);
        writeIds(out, itemIds);
        for (int c : itemCounts) {
            out.writeInt(c);
        }
        out.flush();
        state.writeTo(bytes);
        return bytes.toByteArray();
    }

    public static ModelArtifact fromBytes(byte[] data) throws IOException {
        ByteArrayInputStream bytes = new ByteArrayInputStream(data);
        DataInputStream in = new DataInputStream(bytes);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a model artifact (bad magic number)");
        }
        List<String> users = readIds(in);
        List<String> items = readIds(in);
        int[] counts = new int[items.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.readInt();
        }
        return new ModelArtifact(users, items, counts, AlsModelState.readFrom(bytes));
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
