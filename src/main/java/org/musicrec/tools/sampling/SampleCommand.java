package org.musicrec.tools.sampling;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.ProgressLine;
import org.musicrec.tools.cli.UsageException;
import org.musicrec.sampling.AudioSampler;
import org.musicrec.sampling.ByteSize;
import org.musicrec.sampling.ExtractionOutcome;
import org.musicrec.sampling.FmaGenreTable;
import org.musicrec.sampling.PlannedEntry;
import org.musicrec.sampling.Refusal;
import org.musicrec.sampling.SamplingCheckpoint;
import org.musicrec.sampling.SamplingPlan;
import org.musicrec.sampling.SamplingReport;
import org.musicrec.sampling.SamplingStrategy;
import org.musicrec.sampling.UnusableInputException;

/** {@code ./musicrec sample}: extracts a budgeted, reproducible subset of an audio archive. */
public final class SampleCommand {
    private SampleCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            out.print(SampleArguments.USAGE);
            return ExitStatus.OK;
        }
        try {
            SampleArguments a = SampleArguments.parse(args);
            Map<Long, String> genres = Map.of();
            if (a.metadata() != null) {
                FmaGenreTable table = FmaGenreTable.read(a.metadata());
                err.printf("sample: catalogue %s: %d tracks, %d with a top genre, %d rows skipped%n",
                        a.metadata(), table.rows(), table.genreByTrack().size(), table.skippedRows());
                genres = table.genreByTrack();
            } else if (a.options().strategy() == SamplingStrategy.STRATIFIED) {
                err.println("sample: warning: no --metadata, so every track is of unknown genre and "
                        + "stratified sampling is uniform");
            }
            try (AudioSampler sampler = AudioSampler.open(a.archive(), a.target(), a.options(), genres)) {
                return extract(sampler, out, err);
            }
        } catch (UsageException e) {
            err.println("sample: " + e.getMessage());
            err.println("(./musicrec sample --help for usage)");
            return ExitStatus.BAD_INPUT;
        } catch (UnusableInputException e) {
            err.println("sample: " + e.getMessage());
            return ExitStatus.BAD_INPUT;
        } catch (IOException e) {
            err.println("sample: cannot write the target folder: " + e);
            return ExitStatus.BAD_INPUT;
        }
    }

    private static int extract(AudioSampler sampler, PrintStream out, PrintStream err) throws IOException {
        SamplingPlan plan = sampler.plan();
        err.printf("sample: plan %s: %d entries, %s; %d refused, %d ignored (not allowed extension or folder)%n",
                plan.digest(), plan.size(), ByteSize.format(plan.totalBytes()), plan.refused().size(), plan.ignored());
        ProgressLine progress = new ProgressLine("sample", plan.size());
        SamplingReport report = sampler.run(SamplingCheckpoint.start(plan), (outcome, next) -> {
            PlannedEntry p = outcome.entry();
            switch (outcome.kind()) {
                case EXTRACTED -> out.printf("extracted\t%s\t%d\t%s%n", p.entry().name(), p.entry().size(), p.outputPath());
                case KEPT -> out.printf("kept\t%s\t%d\t%s%n", p.entry().name(), p.entry().size(), p.outputPath());
                case REFUSED -> { } // listed with the plan's refusals below
                default -> throw new IllegalStateException(outcome.kind().name());
            }
            progress.advance(1);
        });
        progress.finish();
        for (Refusal r : report.refusals()) {
            out.println("refused\t" + r);
        }
        long refused = report.refusals().size();
        out.printf("sample: %d extracted, %d kept from an earlier run, %d refused; %s in %s%n",
                report.count(ExtractionOutcome.Kind.EXTRACTED), report.count(ExtractionOutcome.Kind.KEPT), refused,
                ByteSize.format(report.bytesInSample()), sampler.targetDir());
        return refused == 0 ? ExitStatus.OK : ExitStatus.FINISHED_WITH_PROBLEMS;
    }
}
