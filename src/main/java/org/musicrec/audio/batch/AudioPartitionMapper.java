package org.musicrec.audio.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits the audio folder into {@code partitions} partitions (default: one per core) by a hash of
 * each file's name, so a file belongs to the same partition on every run and restart, whatever
 * else is in the folder. Each partition keeps its own checkpoint.
 */
@Named
@Dependent
public class AudioPartitionMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    String partitions;

    @Override
    public PartitionPlan mapPartitions() {
        int n = partitions == null || partitions.isBlank() ? Runtime.getRuntime().availableProcessors()
                : Integer.parseInt(partitions.trim());
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("partitions must be between 1 and 64, was " + n);
        }
        Properties[] props = new Properties[n];
        for (int i = 0; i < n; i++) {
            props[i] = new Properties();
            props[i].setProperty("partition", Integer.toString(i));
            props[i].setProperty("partitions", Integer.toString(n));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(n);
        plan.setThreads(n);
        plan.setPartitionProperties(props);
        return plan;
    }
}
