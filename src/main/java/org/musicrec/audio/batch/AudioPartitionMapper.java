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
 * else is in the folder.
 *
 * <p>The plan always overrides the previous execution's: Payara's jbatch records a partitioned
 * step's partition count only when the step ends, so after a kill -9 a normal restart fails at once
 * (the count it compares against is null). With the override each restart builds fresh partitions,
 * and {@link AudioFileReader} resumes from what this job instance has already stored instead of
 * from the partitions' checkpoints; that also lets a restart use a different partition count.
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
        plan.setPartitionsOverride(true);
        return plan;
    }
}
