package org.musicrec.tools.cli;

/** The exit codes every `./musicrec` subcommand uses, so scripts can tell "done" from "done with problems". */
public final class ExitStatus {
    /** Finished, nothing to report. */
    public static final int OK = 0;
    /** Finished, but recorded problems (skipped rows, undecodable files, refused entries). */
    public static final int FINISHED_WITH_PROBLEMS = 1;
    /** Bad usage or unusable input: nothing useful was done. */
    public static final int BAD_INPUT = 2;

    private ExitStatus() {
    }
}
