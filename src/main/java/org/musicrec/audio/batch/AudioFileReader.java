package org.musicrec.audio.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.musicrec.audio.AudioFiles;
import org.musicrec.platform.batch.JobProblems;
import org.musicrec.platform.batch.JobProgress;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * Reads the audio files of one partition in name order, leaving out those this job instance has
 * already stored or recorded as undecodable: a restart (which always gets fresh partitions, see
 * {@link AudioPartitionMapper}) neither repeats nor skips a committed file, and the instance's
 * written and skipped counts add up to one per file. The checkpoint is the last file read, for a
 * chunk retried within one execution.
 */
@Named
@Dependent
public class AudioFileReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String audioDir;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    JobProgress progress;

    @Inject
    MongoClientHolder mongo;

    @Inject
    JobProblems problems;

    private List<String> files;
    private int next;
    private String after;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        Path dir = Path.of(required(audioDir, "audioDir"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("audioDir is not a folder: " + dir);
        }
        int p = Integer.parseInt(partition);
        int n = Integer.parseInt(partitions);
        Set<String> done = TrackFeaturesWriter.storedBy(mongo.database(), job.getInstanceId());
        problems.ofInstance(job.getInstanceId()).stream()
                .filter(pr -> step.getStepName().equals(pr.getStep())).forEach(pr -> done.add(pr.getItem()));
        after = checkpoint instanceof String last ? last : "";
        List<String> share = AudioFiles.expand(List.of(dir)).stream()
                .filter(f -> Math.floorMod(f.getFileName().toString().hashCode(), n) == p)
                .map(Path::toString).sorted().toList();
        files = share.stream().filter(f -> f.compareTo(after) > 0 && !done.contains(f)).toList();
        next = 0;
        // The whole share: after a stop, the runtime carries the stopped execution's counts into the
        // restarted step's, so done-of-total ends at total/total (after a kill those counts are lost).
        progress.expectPartition(job.getExecutionId(), step.getStepName(), p, share.size());
    }

    @Override
    public Object readItem() {
        return next < files.size() ? files.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next == 0 ? after : files.get(next - 1);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("extract-features needs the job parameter " + name);
        }
        return value;
    }
}
