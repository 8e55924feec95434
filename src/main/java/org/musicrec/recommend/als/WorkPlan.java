package org.musicrec.recommend.als;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fixed order of work units: per iteration the item blocks, then the user blocks (Spark's order,
 * so the user factors are the last ones fitted). Blocks are fixed row ranges of {@code blockRows}; the
 * plan depends only on the data sizes, so a restarted job sees the same units under the same ordinals.
 */
public final class WorkPlan {
    public static final int DEFAULT_BLOCK_ROWS = 8192;

    private final int iterations;
    private final int blockRows;
    private final int itemBlocks;
    private final int userBlocks;
    private final int numUsers;
    private final int numItems;

    public WorkPlan(int numUsers, int numItems, int iterations, int blockRows) {
        if (blockRows < 1) {
            throw new IllegalArgumentException("blockRows must be >= 1");
        }
        this.numUsers = numUsers;
        this.numItems = numItems;
        this.iterations = iterations;
        this.blockRows = blockRows;
        this.itemBlocks = blocks(numItems, blockRows);
        this.userBlocks = blocks(numUsers, blockRows);
    }

    private static int blocks(int rows, int size) {
        return Math.max(1, (int) ((rows + (long) size - 1) / size));
    }

    public int unitsPerIteration() {
        return itemBlocks + userBlocks;
    }

    public int size() {
        return iterations * unitsPerIteration();
    }

    public int blocks(Side side) {
        return side == Side.USER ? userBlocks : itemBlocks;
    }

    /** The unit at {@code ordinal} (0-based, {@code < size()}). */
    public WorkUnit unit(int ordinal) {
        if (ordinal < 0 || ordinal >= size()) {
            throw new IndexOutOfBoundsException("unit " + ordinal + " of " + size());
        }
        int iteration = ordinal / unitsPerIteration();
        int within = ordinal % unitsPerIteration();
        Side side = within < itemBlocks ? Side.ITEM : Side.USER;
        int block = side == Side.ITEM ? within : within - itemBlocks;
        int rows = side == Side.USER ? numUsers : numItems;
        int first = Math.min(rows, block * blockRows);
        int end = Math.min(rows, first + blockRows);
        return new WorkUnit(ordinal, iteration, side, block, first, end);
    }

    /** True when {@code ordinal} starts a half-iteration, i.e. the other side's Gram matrix must be (re)computed. */
    public boolean startsHalf(int ordinal) {
        WorkUnit u = unit(ordinal);
        return u.block() == 0;
    }

    public List<WorkUnit> units() {
        List<WorkUnit> all = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            all.add(unit(i));
        }
        return Collections.unmodifiableList(all);
    }
}
