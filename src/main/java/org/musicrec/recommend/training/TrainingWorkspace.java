package org.musicrec.recommend.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.bson.Document;
import org.musicrec.recommend.als.AlsModelState;
import org.musicrec.recommend.als.WorkPlan;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.InteractionFile;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.Split;

/**
 * The files of one training run under {@code <work-dir>/train-als/<runId>}: the interaction
 * snapshot, the split, the trainer's state after each work unit, the evaluation. The steps of
 * {@code train-als} read what earlier steps wrote only through here. Every file is
 * written to a temporary name, forced to disk and renamed, so a kill leaves either the old file or
 * the new one, never half of one. Only the two newest states are kept: the job repository's
 * checkpoint names one of them (the chunk may or may not have committed when the server died).
 */
public final class TrainingWorkspace {
    private final Path dir;

    public TrainingWorkspace(Path workDir, String runId) throws IOException {
        this.dir = Files.createDirectories(workDir.resolve("train-als").resolve(runId));
    }

    public Path dir() {
        return dir;
    }

    public Path snapshot() {
        return dir.resolve("snapshot.tsv");
    }

    public Path train() {
        return dir.resolve("train.tsv");
    }

    /** When the snapshot's read began: every interaction applied before it is in the snapshot. */
    public Path snapshotTime() {
        return dir.resolve("snapshot-at.txt");
    }

    public void writeSnapshotTime(Instant at) throws IOException {
        writeAtomically(snapshotTime(), out -> out.write(at.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    public Optional<Instant> readSnapshotTime() throws IOException {
        return Files.exists(snapshotTime()) ? Optional.of(Instant.parse(Files.readString(snapshotTime()).trim())) : Optional.empty();
    }

    /** The Spark master that trained the model (engine=spark only). */
    public Path sparkMaster() {
        return dir.resolve("spark-master.txt");
    }

    public void writeSparkMaster(String master) throws IOException {
        writeAtomically(sparkMaster(), out -> out.write(master.getBytes(StandardCharsets.UTF_8)));
    }

    public Optional<String> readSparkMaster() throws IOException {
        return Files.exists(sparkMaster()) ? Optional.of(Files.readString(sparkMaster(), StandardCharsets.UTF_8).trim()) : Optional.empty();
    }

    public Path test() {
        return dir.resolve("test.tsv");
    }

    public Path evaluation() {
        return dir.resolve("evaluation.json");
    }

    /** Nanoseconds spent solving work units so far, over restarts. */
    public Path trainTime() {
        return dir.resolve("train-nanos.txt");
    }

    public void writeTrainNanos(long nanos) throws IOException {
        writeAtomically(trainTime(), out -> out.write(Long.toString(nanos).getBytes(StandardCharsets.US_ASCII)));
    }

    public long trainNanos() throws IOException {
        return Files.exists(trainTime()) ? Long.parseLong(Files.readString(trainTime()).trim()) : 0;
    }

    public Path state(int nextUnit) {
        return dir.resolve("state-" + nextUnit + ".bin");
    }

    public void writeSnapshot(Interactions rows) throws IOException {
        writeRows(snapshot(), rows);
    }

    /** The snapshot as the first step wrote it, with dictionaries in file order. */
    public Interactions readSnapshot() throws IOException {
        Interactions all = new Interactions(new IdDictionary(), new IdDictionary());
        InteractionFile.read(snapshot(), all, InteractionFile.DEFAULT_MAX_ROWS);
        return all;
    }

    /** Writes both halves of a split whose training ids come first ({@link Split#trainFirst}). */
    public void writeSplit(Split split) throws IOException {
        writeRows(train(), split.train());
        writeRows(test(), split.test());
    }

    /** Reads the split back with the numbering the trainer used: train then test, dictionaries shared. */
    public Split readSplit() throws IOException {
        Interactions train = new Interactions(new IdDictionary(), new IdDictionary());
        InteractionFile.read(train(), train, InteractionFile.DEFAULT_MAX_ROWS);
        Interactions test = train.emptyLike();
        InteractionFile.read(test(), test, InteractionFile.DEFAULT_MAX_ROWS);
        return new Split(train, test);
    }

    /** The state after the last work unit of {@code split}'s plan: the trained model. */
    public AlsModelState loadFinalState(Split split, TrainingParameters p) throws IOException {
        int units = new WorkPlan(split.train().users().size(), split.train().items().size(), p.als().iterations(), p.blockRows()).size();
        return loadState(units);
    }

    /** Finished evaluations of the tune step, one line each, appended as they finish: its checkpoint. */
    public Path tuningEvaluations() {
        return dir.resolve("tuning-evaluations.tsv");
    }

    /** The tune step's result: every candidate, the winner and the curve. */
    public Path tuning() {
        return dir.resolve("tuning.json");
    }

    public void writeTuning(Document tuning) throws IOException {
        writeAtomically(tuning(), out -> out.write(tuning.toJson().getBytes(StandardCharsets.UTF_8)));
    }

    public Optional<Document> readTuning() throws IOException {
        return Files.exists(tuning()) ? Optional.of(Document.parse(Files.readString(tuning(), StandardCharsets.UTF_8)))
                : Optional.empty();
    }

    /** The winner's parameters on top of {@code base} (solver, CG and BM25 settings stay), once the tune step chose. */
    public Optional<org.musicrec.recommend.als.AlsParams> readTuningWinner(org.musicrec.recommend.als.AlsParams base)
            throws IOException {
        return readTuning().map(t -> {
            Document w = t.get("winner", Document.class);
            return base.withBiases(false).withRank(w.getInteger("rank")).withReg(w.getDouble("reg"))
                    .withAlpha(w.getDouble("alpha")).withIterations(w.getInteger("iterations"))
                    .withConfidence(org.musicrec.recommend.als.Confidence.parse(w.getString("confidence")))
                    .withBiases(Boolean.TRUE.equals(w.getBoolean("biases")));
        });
    }

    public void writeEvaluation(Document evaluation) throws IOException {
        writeAtomically(evaluation(), out -> out.write(evaluation.toJson().getBytes(StandardCharsets.UTF_8)));
    }

    public Document readEvaluation() throws IOException {
        return Document.parse(Files.readString(evaluation(), StandardCharsets.UTF_8));
    }

    /** Writes {@code target} atomically through {@code writer}. */
    public static void writeAtomically(Path target, IoWriter writer) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writer.write(out);
        }
        forceAndMove(tmp, target);
    }

    /** Writes interaction rows ({@code user item value}) to {@code target} atomically. */
    public static void writeRows(Path target, Interactions rows) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        InteractionFile.write(tmp, rows);
        forceAndMove(tmp, target);
    }

    private static void forceAndMove(Path tmp, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Saves the state reached after unit {@code state.nextUnit() - 1} and drops states older than the previous one. */
    public void saveState(AlsModelState state) throws IOException {
        int next = state.nextUnit();
        writeAtomically(state(next), state::writeTo);
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().matches("state-\\d+\\.bin"))
                    .filter(f -> unitOf(f) < next - 1)
                    .forEach(f -> f.toFile().delete());
        }
    }

    public AlsModelState loadState(int nextUnit) throws IOException {
        Path f = state(nextUnit);
        if (!Files.exists(f)) {
            throw new IOException("no trainer state for unit " + nextUnit + " in " + dir
                    + " (the checkpoint names it; was the work folder cleaned?)");
        }
        try (InputStream in = Files.newInputStream(f)) {
            AlsModelState s = AlsModelState.readFrom(in);
            if (s.nextUnit() != nextUnit) {
                throw new IOException(f + " holds the state before unit " + s.nextUnit() + ", not " + nextUnit);
            }
            return s;
        }
    }

    /** The newest saved state (the final model once training is complete). */
    public int newestState() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("state-\\d+\\.bin"))
                    .map(TrainingWorkspace::unitOf).max(Comparator.naturalOrder()).orElse(-1);
        }
    }

    private static int unitOf(Path f) {
        String n = f.getFileName().toString();
        return Integer.parseInt(n.substring("state-".length(), n.length() - ".bin".length()));
    }

    /** Removes the whole run folder (after the model is stored). */
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @FunctionalInterface
    public interface IoWriter {
        void write(OutputStream out) throws IOException;
    }
}
