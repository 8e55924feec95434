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
import org.musicrec.audio.AudioFiles;
import org.musicrec.platform.batch.JobProgress;

/**
 * Reads the audio files of one partition in name order; the checkpoint is the index of the next
 * file, so a restart neither repeats nor skips a committed file.
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

    private List<Path> files;
    private int next;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        Path dir = Path.of(required(audioDir, "audioDir"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("audioDir is not a folder: " + dir);
        }
        int p = Integer.parseInt(partition);
        int n = Integer.parseInt(partitions);
        files = AudioFiles.expand(List.of(dir)).stream()
                .filter(f -> Math.floorMod(f.getFileName().toString().hashCode(), n) == p)
                .sorted().toList();
        next = checkpoint instanceof Integer i ? i : 0;
        progress.expectPartition(job.getExecutionId(), step.getStepName(), p, files.size());
    }

    @Override
    public Object readItem() {
        return next < files.size() ? files.get(next++).toString() : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("extract-features needs the job parameter " + name);
        }
        return value;
    }
}
