package org.musicrec.recommend.tuning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finished evaluations appended to a file, one line each ({@code candidate rung iterations metric seconds}),
 * forced to disk before the search goes on: a killed search restarted on the same file trains none of them
 * again. Parameters are not stored: they follow from the space, the seed and the index. A torn last line
 * (killed mid-write) is ignored.
 */
public final class FileCandidateStore implements CandidateStore {
    /** More lines than any search of {@link HyperparameterSearch#MAX_CANDIDATES} can write. */
    private static final int MAX_LINES = 4 * HyperparameterSearch.MAX_CANDIDATES;

    private final Path file;
    private final SearchSpace space;
    private final long seed;
    private final Map<String, CandidateResult> done = new ConcurrentHashMap<>();

    private FileCandidateStore(Path file, SearchSpace space, long seed) {
        this.file = file;
        this.space = space;
        this.seed = seed;
    }

    public static FileCandidateStore open(Path file, SearchSpace space, long seed) throws IOException {
        FileCandidateStore store = new FileCandidateStore(file, space, seed);
        if (Files.exists(file)) {
            int lines = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (++lines > MAX_LINES) {
                    throw new IOException(file + " has more than " + MAX_LINES + " lines");
                }
                String[] f = line.split("\t");
                if (f.length != 5 || !line.endsWith("\t" + f[4])) {
                    continue;
                }
                try {
                    int candidate = Integer.parseInt(f[0]);
                    if (candidate < 0 || candidate >= HyperparameterSearch.MAX_CANDIDATES) {
                        continue;
                    }
                    CandidateResult r = new CandidateResult(candidate, Integer.parseInt(f[1]),
                            space.candidate(seed, candidate), Integer.parseInt(f[2]), Double.parseDouble(f[3]),
                            Double.parseDouble(f[4]));
                    store.done.put(r.key(), r);
                } catch (NumberFormatException e) {
                    // a torn line from a kill mid-write: that evaluation is simply redone
                }
            }
        }
        return store;
    }

    public int size() {
        return done.size();
    }

    @Override
    public Optional<CandidateResult> find(int candidate, int rung) {
        return Optional.ofNullable(done.get(candidate + "/" + rung));
    }

    @Override
    public synchronized void save(CandidateResult r) {
        String line = String.format(Locale.ROOT, "%d\t%d\t%d\t%s\t%s%n", r.candidate(), r.rung(), r.iterations(),
                Double.toString(r.metric()), Double.toString(r.seconds()));
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            ch.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        done.put(r.key(), r);
    }
}
