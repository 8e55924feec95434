package org.musicrec.sparkjob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;

/**
 * Gives up when the application has had no live executor for {@code waitSeconds}: with every worker
 * dead, Spark itself keeps the job waiting for resources that will not come (until the server's
 * timeout, an hour by default). The reason names the executors lost and why Spark says they went, so
 * the failed step tells the operator which workers to look at. One executor lost while another lives
 * is Spark's business: it reschedules the tasks, and this watch stays quiet.
 *
 * <p>The live count comes from Spark's status tracker (which lists the driver too), polled once a second;
 * the listener only collects the removals and their reasons. Not for local masters: there the driver
 * is the executor.
 */
final class ExecutorWatch extends SparkListener implements Runnable {
    private static final int REASON_CHARS = 90;

    private final SparkContext context;
    private final long waitNanos;
    private final Consumer<String> giveUp;
    private final Map<String, String> hosts = new LinkedHashMap<>();
    private final List<String> lost = new ArrayList<>();
    private volatile String reason;

    ExecutorWatch(SparkContext context, long waitSeconds, Consumer<String> giveUp) {
        this.context = context;
        this.waitNanos = waitSeconds * 1_000_000_000L;
        this.giveUp = giveUp;
    }

    @Override
    public synchronized void onExecutorAdded(SparkListenerExecutorAdded added) {
        hosts.put(added.executorId(), added.executorInfo().executorHost());
    }

    @Override
    public synchronized void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        String why = removed.reason() == null ? "no reason given" : removed.reason().replaceAll("\\s+", " ").trim();
        lost.add("executor " + removed.executorId() + " on " + hosts.getOrDefault(removed.executorId(), "?") + " ("
                + (why.length() > REASON_CHARS ? why.substring(0, REASON_CHARS) + "..." : why) + ")");
    }

    /** The reason it gave up, or null while it has not. */
    String reason() {
        return reason;
    }

    private int liveExecutors() {
        // getExecutorInfos lists the driver as well.
        return Math.max(0, context.statusTracker().getExecutorInfos().length - 1);
    }

    @Override
    public void run() {
        long lastLive = System.nanoTime();
        try {
            while (!context.isStopped()) {
                long now = System.nanoTime();
                if (liveExecutors() > 0) {
                    lastLive = now;
                } else if (now - lastLive >= waitNanos) {
                    reason = describe(waitNanos / 1_000_000_000L);
                    giveUp.accept(reason);
                    return;
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized String describe(long seconds) {
        String head = String.format(Locale.ROOT, "no live executor for %d s", seconds);
        if (lost.isEmpty()) {
            return head + ", none ever registered (are the workers up, with free cores and memory for spark.executor.memory?)";
        }
        return head + " (every worker dead?); lost: " + String.join(", ", lost);
    }
}
