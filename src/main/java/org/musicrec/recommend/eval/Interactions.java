package org.musicrec.recommend.eval;

import java.util.Arrays;
import org.musicrec.recommend.als.AlsData;

/**
 * Rows of (user, item, value, optional timestamp) with users and items as dense indices into two
 * dictionaries. A train and a test set share the dictionaries, so their indices agree.
 */
public final class Interactions {
    /** Marks a row without a timestamp. */
    public static final long NO_TIMESTAMP = Long.MIN_VALUE;

    private final IdDictionary users;
    private final IdDictionary items;
    private int size;
    private int[] user = new int[1024];
    private int[] item = new int[1024];
    private float[] value = new float[1024];
    private long[] timestamp = new long[1024];

    public Interactions(IdDictionary users, IdDictionary items) {
        this.users = users;
        this.items = items;
    }

    /** An empty set sharing this one's dictionaries. */
    public Interactions emptyLike() {
        return new Interactions(users, items);
    }

    public void add(int u, int i, float v, long ts) {
        if (size == user.length) {
            int cap = size * 2;
            user = Arrays.copyOf(user, cap);
            item = Arrays.copyOf(item, cap);
            value = Arrays.copyOf(value, cap);
            timestamp = Arrays.copyOf(timestamp, cap);
        }
        user[size] = u;
        item[size] = i;
        value[size] = v;
        timestamp[size] = ts;
        size++;
    }

    public void addRow(Interactions from, int row) {
        add(from.user(row), from.item(row), from.value(row), from.timestamp(row));
    }

    public int size() {
        return size;
    }

    public int user(int row) {
        return user[row];
    }

    public int item(int row) {
        return item[row];
    }

    public float value(int row) {
        return value[row];
    }

    public long timestamp(int row) {
        return timestamp[row];
    }

    public IdDictionary users() {
        return users;
    }

    public IdDictionary items() {
        return items;
    }

    /** The training matrix over the dictionaries' current sizes (rows never seen stay empty). */
    public AlsData toAlsData() {
        return AlsData.of(users.size(), items.size(), Arrays.copyOf(user, size), Arrays.copyOf(item, size),
                Arrays.copyOf(value, size));
    }
}
