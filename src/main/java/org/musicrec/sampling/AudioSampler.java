package org.musicrec.sampling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sampling run over one archive into one target folder: lists the central directory, builds the plan,
 * prepares the folder (refusing one that holds another plan's sample), then extracts planned entries
 * one at a time and appends each to the manifest. The CLI calls {@link #run}; a Jakarta Batch chunk step
 * reads {@link #plan()} from its checkpoint index and writes each item with {@link #extract}.
 * One instance per thread: it reuses a buffer and appends to one manifest.
 */
public final class AudioSampler implements AutoCloseable {
    static final String TMP_DIR = ".sampling-tmp";
    static final String PLAN_FILE = ".sampling-plan";

    private final CentralDirectory archive;
    private final SamplingPlan plan;
    private final Path targetDir;
    private final Path tmpDir;
    private final EntryExtractor extractor;
    private final Manifest manifest;

    private AudioSampler(CentralDirectory archive, SamplingPlan plan, Path targetDir, Manifest manifest) {
        this.archive = archive;
        this.plan = plan;
        this.targetDir = targetDir;
        this.tmpDir = targetDir.resolve(TMP_DIR);
        this.extractor = new EntryExtractor(archive, targetDir, tmpDir);
        this.manifest = manifest;
    }

    /** Nothing is written before the archive has been listed and planned, so unusable input leaves no trace. */
    public static AudioSampler open(Path archivePath, Path targetDir, SamplingOptions options,
                                    Map<Long, String> genreByTrack) throws UnusableInputException {
        CentralDirectory archive = CentralDirectory.open(archivePath);
        try {
            SamplingPlan plan = SamplingPlan.create(archive.entries(), options, genreByTrack);
            Path target = targetDir.toAbsolutePath().normalize();
            prepare(target, plan);
            return new AudioSampler(archive, plan, target, Manifest.open(target));
        } catch (UnusableInputException | RuntimeException e) {
            closeQuietly(archive);
            throw e;
        } catch (IOException e) {
            closeQuietly(archive);
            throw new UnusableInputException("cannot prepare target folder " + targetDir + ": " + e.getMessage(), e);
        }
    }

    private static void prepare(Path target, SamplingPlan plan) throws IOException, UnusableInputException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UnusableInputException("target is not a folder: " + target);
        }
        Files.createDirectories(target);
        if (!Files.exists(target.resolve(Manifest.FILE_NAME))) {
            long usable = Files.getFileStore(target).getUsableSpace();
            if (usable < plan.totalBytes()) {
                throw new UnusableInputException("the sample needs " + ByteSize.format(plan.totalBytes()) + " but "
                        + target + " has only " + ByteSize.format(usable) + " free; lower --max-bytes");
            }
        }
        Path planFile = target.resolve(PLAN_FILE);
        if (Files.exists(planFile, LinkOption.NOFOLLOW_LINKS)) {
            String existing = Files.readString(planFile, StandardCharsets.UTF_8).trim();
            if (!existing.equals(plan.digest())) {
                throw new UnusableInputException("target folder " + target + " holds the sample of another plan ("
                        + existing + ", this one is " + plan.digest() + "): use an empty folder, or the same options");
            }
        } else {
            Path tmp = Files.createTempFile(target, PLAN_FILE, ".part");
            Files.writeString(tmp, plan.digest() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, planFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        Path tmpDir = target.resolve(TMP_DIR);
        if (Files.isSymbolicLink(tmpDir)) {
            throw new UnusableInputException("refusing to use " + tmpDir + ": it is a symbolic link");
        }
        Files.createDirectories(tmpDir);
        // Leftovers of a killed run: they were never renamed into place, so they are garbage by construction.
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(tmpDir)) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
    }

    public Path targetDir() {
        return targetDir;
    }

    public SamplingPlan plan() {
        return plan;
    }

    /** Extracts (or keeps) one planned entry and records it in the manifest; idempotent, so replays are safe. */
    public ExtractionOutcome extract(PlannedEntry entry) throws IOException {
        ExtractionOutcome outcome = extractor.extract(entry);
        if (outcome.kind() != ExtractionOutcome.Kind.REFUSED) {
            manifest.append(entry);
        }
        return outcome;
    }

    /** Extracts the plan from the checkpoint on, telling the listener after each entry. */
    public SamplingReport run(SamplingCheckpoint from, SamplingListener listener) throws IOException {
        from.checkBelongsTo(plan);
        List<ExtractionOutcome> outcomes = new ArrayList<>();
        for (int i = from.nextIndex(); i < plan.size(); i++) {
            ExtractionOutcome outcome = extract(plan.entries().get(i));
            outcomes.add(outcome);
            listener.afterEntry(outcome, from.advancedTo(i + 1));
        }
        return new SamplingReport(plan, List.copyOf(outcomes));
    }

    public SamplingReport run() throws IOException {
        return run(SamplingCheckpoint.start(plan), SamplingListener.NONE);
    }

    @Override
    public void close() throws IOException {
        try {
            manifest.close();
            try (DirectoryStream<Path> left = Files.newDirectoryStream(tmpDir)) {
                if (!left.iterator().hasNext()) {
                    Files.delete(tmpDir);
                }
            }
        } finally {
            archive.close();
        }
    }

    private static void closeQuietly(CentralDirectory archive) {
        try {
            archive.close();
        } catch (IOException ignored) {
            // the caller already reports the first failure
        }
    }
}
