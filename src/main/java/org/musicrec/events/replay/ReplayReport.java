package org.musicrec.events.replay;

import java.util.ArrayList;
import java.util.List;

/** What a replay read: lines, events handed on, the sum of their counts, and the lines it refused. */
public final class ReplayReport {

    private final int maxProblemsKept;
    private final List<LineProblem> problems = new ArrayList<>();
    private long lines;
    private long events;
    private long countSum;
    private long problemCount;
    private long unmapped;

    ReplayReport(int maxProblemsKept) {
        this.maxProblemsKept = maxProblemsKept;
    }

    void line() {
        lines++;
    }

    void event(int count, boolean mapped) {
        events++;
        countSum += count;
        if (!mapped) {
            unmapped++;
        }
    }

    void problem(long line, String reason) {
        problemCount++;
        if (problems.size() < maxProblemsKept) {
            problems.add(new LineProblem(line, reason));
        }
    }

    public long lines() {
        return lines;
    }

    public long events() {
        return events;
    }

    public long countSum() {
        return countSum;
    }

    public long problemCount() {
        return problemCount;
    }

    /** Events whose item the mapping did not know (kept with the namespaced source id). */
    public long unmapped() {
        return unmapped;
    }

    /** The first problems, in line order (at most the limit's number). */
    public List<LineProblem> problems() {
        return List.copyOf(problems);
    }
}
