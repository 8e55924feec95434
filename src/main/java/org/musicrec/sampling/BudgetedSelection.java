package org.musicrec.sampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Picks candidates in strategy order under both budgets. An entry that would overflow the byte budget is
 * skipped and later, smaller ones are still considered, so the byte budget is used as fully as the
 * order allows while neither limit is ever exceeded. {@link Random} is used because its sequence is
 * specified by the JDK, so a seed gives the same sample on every Java version.
 */
final class BudgetedSelection {
    private final int maxFiles;
    private final long maxBytes;
    private final List<PlannedEntry> chosen = new ArrayList<>();
    private long bytes;

    private BudgetedSelection(SamplingOptions options) {
        this.maxFiles = options.maxFiles();
        this.maxBytes = options.maxBytes();
    }

    /** @param candidates safe entries in archive order; returns the chosen ones in the order they were drawn */
    static List<PlannedEntry> select(List<PlannedEntry> candidates, SamplingOptions options) {
        BudgetedSelection s = new BudgetedSelection(options);
        switch (options.strategy()) {
            case FIRST -> s.greedy(candidates);
            case RANDOM -> s.greedy(shuffled(candidates, new Random(options.seed())));
            case STRATIFIED -> s.roundRobin(candidates, new Random(options.seed()));
            default -> throw new IllegalStateException(options.strategy().name());
        }
        return s.chosen;
    }

    private boolean full() {
        return chosen.size() >= maxFiles;
    }

    private boolean fits(PlannedEntry e) {
        return e.entry().size() <= maxBytes - bytes;
    }

    private void take(PlannedEntry e) {
        chosen.add(e);
        bytes += e.entry().size();
    }

    private void greedy(List<PlannedEntry> order) {
        for (PlannedEntry e : order) {
            if (full()) {
                return;
            }
            if (fits(e)) {
                take(e);
            }
        }
    }

    /** Each round gives every genre still able to contribute its next entry that fits, genres in seeded order. */
    private void roundRobin(List<PlannedEntry> candidates, Random random) {
        Map<String, List<PlannedEntry>> byGenre = new TreeMap<>();
        for (PlannedEntry e : candidates) {
            byGenre.computeIfAbsent(e.genre(), g -> new ArrayList<>()).add(e);
        }
        List<List<PlannedEntry>> strata = new ArrayList<>();
        for (List<PlannedEntry> members : byGenre.values()) {
            strata.add(shuffled(members, random));
        }
        strata = shuffled(strata, random);
        int[] cursor = new int[strata.size()];
        boolean progress = true;
        while (progress && !full()) {
            progress = false;
            for (int g = 0; g < strata.size() && !full(); g++) {
                List<PlannedEntry> members = strata.get(g);
                while (cursor[g] < members.size() && !fits(members.get(cursor[g]))) {
                    cursor[g]++;
                }
                if (cursor[g] < members.size()) {
                    take(members.get(cursor[g]++));
                    progress = true;
                }
            }
        }
    }

    /** Fisher-Yates with the JDK's specified generator (Collections.shuffle's exact draws are not specified). */
    static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }
}
