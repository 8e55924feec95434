package org.musicrec.sparkjob;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Prints {@code SPARK-PROGRESS <tasks done> <tasks of the stages submitted so far>} after each task, for
 * the server's progress bar. ALS submits its stages one by one, so the total grows as it goes.
 */
final class ProgressPrinter extends SparkListener {
    private long submitted;
    private long done;

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted stage) {
        submitted += stage.stageInfo().numTasks();
        print();
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd task) {
        done++;
        print();
    }

    private void print() {
        System.out.println("SPARK-PROGRESS " + done + " " + submitted);
        System.out.flush();
    }
}
