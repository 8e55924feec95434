package org.musicrec.events.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Properties;
import org.musicrec.events.EventRulesSettings;
import org.musicrec.events.replay.HistoryCursor;
import org.musicrec.events.replay.HistoryReader;
import org.musicrec.events.replay.ReplayFormat;
import org.musicrec.events.replay.ReplayLimits;
import org.musicrec.events.replay.ReplaySource;
import org.musicrec.events.replay.TrackMapping;
import org.musicrec.platform.batch.JobProblems;
import org.musicrec.platform.batch.JobProgress;

/**
 * Reads a listening history (parameters {@code file}, {@code format} hetrec|movielens|csv or detected,
 * optional {@code mapping}) as activity events; the checkpoint is the last line read. Event ids are
 * derived from the file's digest and the line, so lines sent again after a restart are recognised
 * downstream and counted once. A malformed line, or one the events API would refuse (its rules
 * and time window are this deployment's, {@link EventRulesSettings}), is recorded as a problem with
 * its number and the reading goes on.
 */
@Named
@Dependent
public class HistoryItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    EventRulesSettings rules;

    @Inject
    StepContext step;

    @Inject
    JobProblems problems;

    @Inject
    JobProgress progress;

    private HistoryCursor cursor;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        String fileName = p.getProperty("file");
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("replay-history needs the job parameter file");
        }
        Path file = Path.of(fileName);
        ReplayFormat format = ReplayFormat.resolve(file, p.getProperty("format"));
        ReplayLimits limits = ReplayLimits.defaults();
        String m = p.getProperty("mapping");
        Path mapping = m == null || m.isBlank() ? null : Path.of(m);
        TrackMapping tracks = mapping == null ? TrackMapping.none() : TrackMapping.read(mapping, limits);
        ReplaySource source = ReplaySource.of(format, file, mapping);
        progress.expect(job.getExecutionId(), step.getStepName(), source.lines());
        cursor = new HistoryReader(format, limits, tracks, rules.rules()).open(file, source.id(), checkpoint instanceof Long l ? l : 0L);
    }

    @Override
    public Object readItem() throws Exception {
        for (HistoryCursor.Item item; (item = cursor.next()) != null; ) {
            if (item instanceof HistoryCursor.Replayed r) {
                return r.event();
            }
            HistoryCursor.Refused refused = (HistoryCursor.Refused) item;
            problems.record(job, step, "line", refused.problem().line(), refused.problem().reason());
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor == null ? 0L : cursor.line();
    }

    @Override
    public void close() throws Exception {
        if (cursor != null) {
            cursor.close();
        }
    }
}
