package org.musicrec.sparkjob;

import java.util.Optional;

/**
 * Ends the driver when the JVM that launched it is gone. The launcher (the server's train step, or
 * {@code ./musicrec evaluate}) waits for the factors this driver writes; once it has died, say with a
 * killed server, nobody will read them, and the driver would go on holding the cluster's cores until
 * its training ends. On a standalone cluster with {@code spark.cores.max} set, that orphan starves the
 * resubmitted run of the restarted step. Its stdout going to a closed pipe does not stop it: a
 * PrintStream swallows the error.
 *
 * <p>The launcher is named by pid ({@code --launcher-pid}); a {@link ProcessHandle} carries the start
 * time as well, so a reused pid is not taken for the launcher. Polled once a second.
 */
final class LauncherWatch implements Runnable {
    private final Optional<ProcessHandle> launcher;
    private final Runnable gone;

    LauncherWatch(long pid, Runnable gone) {
        this.launcher = ProcessHandle.of(pid);
        this.gone = gone;
    }

    @Override
    public void run() {
        try {
            while (launcher.map(ProcessHandle::isAlive).orElse(false)) {
                Thread.sleep(1000);
            }
            gone.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
