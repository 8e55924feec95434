package org.musicrec.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.musicrec.audio.FuzzSeeds.Format;
import org.musicrec.audio.FuzzSeeds.Seed;

/**
 * The decoder fuzz, run by {@link DecoderFuzzTest} in a JVM of its own with a small heap: mutates the
 * shared clips ({@link FuzzSeeds}, {@link AudioMutator}) and decodes each mutant, then computes its
 * features. Every case must end in features or a {@link DecodeException} within a bound on the
 * processor time it takes (so that a busy machine does not fail it; a case still running after a
 * longer wall-clock time is taken to be stuck). Two
 * kinds of DecodeException count as failures too: one standing for an OutOfMemoryError (on a heap this
 * small and inputs this short, only an allocation sized by a header can exhaust it), and one standing
 * for an exception thrown by this project's own code (the safety net in {@link AudioDecoder} is for
 * the codec libraries). Case {@code n} of a format is fully determined by the seed, the format and
 * {@code n}.
 *
 * <p>Usage: {@code DecoderFuzz <data-dir> <seed> <cases-per-format> <failure-dir> [FORMAT | FORMAT:case]}
 */
public final class DecoderFuzz {
    /** Processor time one case may take: the decoder's own work, whatever else the machine is doing. */
    static final long CASE_BOUND_MILLIS = 1000;
    /** Wall-clock time after which a case is taken to be stuck. */
    private static final long STUCK_MILLIS = 10_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int FAILURES_SHOWN = 10;

    private static PrintStream out = System.out;

    private final long seed;
    private final Map<Format, List<Seed>> seeds;
    private final Path failureDir;
    private final AudioDecoder decoder = new AudioDecoder();
    private final FeatureExtractor extractor = new FeatureExtractor(decoder, true);

    private DecoderFuzz(long seed, Map<Format, List<Seed>> seeds, Path failureDir) {
        this.seed = seed;
        this.seeds = seeds;
        this.failureDir = failureDir;
    }

    public static void main(String[] args) throws Exception {
        // jFLAC prints about damaged frames on System.out: keep it for the report, silence the libraries
        out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        Path data = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int cases = Integer.parseInt(args[2]);
        DecoderFuzz fuzz = new DecoderFuzz(seed, FuzzSeeds.load(data), Path.of(args[3]));
        out.printf("decoder fuzz: seed %d, %d cases per format, heap %d MB, %d ms of processor time per case%n",
                seed, cases, Runtime.getRuntime().maxMemory() >> 20, CASE_BOUND_MILLIS);
        boolean ok = fuzz.seedsBehave();
        if (args.length > 4 && args[4].contains(":")) {
            String[] only = args[4].split(":");
            ok &= fuzz.run(Format.valueOf(only[0]), Integer.parseInt(only[1]), Integer.parseInt(only[1]) + 1, true).failures.isEmpty();
        } else {
            List<Format> formats = args.length > 4 ? List.of(Format.valueOf(args[4])) : List.of(Format.values());
            // Decoding is single-threaded: one format per core.
            ExecutorService pool = Executors.newFixedThreadPool(2);
            Map<Format, Future<Report>> reports = new EnumMap<>(Format.class);
            for (Format f : formats) {
                reports.put(f, pool.submit(() -> fuzz.run(f, 0, cases, false)));
            }
            for (Map.Entry<Format, Future<Report>> e : reports.entrySet()) {
                Report report = e.getValue().get();
                out.println(report.summary(e.getKey()));
                report.failures.stream().limit(FAILURES_SHOWN).forEach(out::println);
                ok &= report.failures.isEmpty();
            }
            pool.shutdown();
        }
        out.println(ok ? "decoder fuzz: passed" : "decoder fuzz: FAILED");
        System.exit(ok ? 0 : 1);
    }

    /** The unmutated seeds decode, or are refused, as intended: otherwise the mutants would not reach the frames. */
    private boolean seedsBehave() {
        boolean ok = true;
        for (Map.Entry<Format, List<Seed>> e : seeds.entrySet()) {
            for (Seed s : e.getValue()) {
                String outcome;
                try {
                    DecodedAudio a = decoder.decode(s.bytes());
                    outcome = String.format("decoded %.2f s", a.durationSeconds());
                } catch (DecodeException ex) {
                    outcome = ex.reason() + ": " + ex.getMessage();
                }
                boolean expected = outcome.startsWith("decoded") == s.decodes();
                ok &= expected;
                out.printf("  seed %s %s (%,d bytes): %s%s%n", e.getKey(), s.name(), s.bytes().length, outcome,
                        expected ? "" : "  <- UNEXPECTED");
            }
        }
        return ok;
    }

    private Report run(Format format, int from, int to, boolean verbose) throws InterruptedException {
        Report report = new Report();
        ExecutorService worker = daemonWorker();
        List<Seed> pool = seeds.get(format);
        long started = System.nanoTime();
        for (int n = from; n < to && report.failures.size() < FAILURES_SHOWN; n++) {
            Random r = new Random(caseSeed(format, n));
            Seed s = pool.get(r.nextInt(pool.size()));
            AudioMutator mutator = new AudioMutator(r);
            byte[] input = mutator.mutate(format, s);
            String what = "from \"" + s.name() + "\": " + String.join("; ", mutator.log());
            long[] cpu = new long[1];
            Future<String> outcome = worker.submit(() -> {
                long start = THREADS.getCurrentThreadCpuTime();
                try {
                    return outcome(input);
                } finally {
                    cpu[0] = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
                }
            });
            try {
                String result = outcome.get(STUCK_MILLIS, TimeUnit.MILLISECONDS);
                report.outcomes.merge(result, 1, Integer::sum);
                if (cpu[0] > CASE_BOUND_MILLIS) {
                    report.failures.add(failure(format, n, what, input, "took " + cpu[0] + " ms of processor time", null));
                }
                if (verbose) {
                    out.println(format + ":" + n + " " + what + " -> " + result + " in " + cpu[0] + " ms");
                }
            } catch (TimeoutException e) {
                report.failures.add(failure(format, n, what, input, "still decoding after " + STUCK_MILLIS + " ms", null));
                worker.shutdownNow();
                worker = daemonWorker(); // the stuck thread is a daemon and ends with the JVM
            } catch (ExecutionException e) {
                report.failures.add(failure(format, n, what, input, "threw", e.getCause()));
            }
            report.slowest = Math.max(report.slowest, cpu[0]);
            report.cases++;
        }
        report.millis = (System.nanoTime() - started) / 1_000_000;
        worker.shutdownNow();
        return report;
    }

    private String outcome(byte[] input) {
        try {
            DecodedAudio a = decoder.decode(input);
            if (a.sampleRate() < DecodeLimits.MIN_SAMPLE_RATE || a.sampleRate() > DecodeLimits.MAX_SAMPLE_RATE
                    || a.channels() < 1 || a.channels() > DecodeLimits.MAX_CHANNELS || a.samples().length == 0
                    || a.samples().length > DecodeLimits.DEFAULT.maxSamples(a.sampleRate())) {
                throw new AssertionError(String.format("decoded audio outside the limits: %d samples, %d channels at %d Hz",
                        a.samples().length, a.channels(), a.sampleRate()));
            }
            extractor.features("fuzz", a);
            return "features";
        } catch (DecodeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof VirtualMachineError) {
                throw new AssertionError("a header drove the decoder past the heap: " + e.getMessage(), e);
            }
            if (cause instanceof RuntimeException) {
                // The safety net in AudioDecoder is for the codec libraries; our own parsing checks first.
                if (thrownByUs(cause)) {
                    throw new AssertionError("our own code tripped, caught only by the safety net: " + e.getMessage(), e);
                }
                return e.reason() + " (" + cause.getClass().getSimpleName() + " in a codec library)";
            }
            return e.reason().name();
        }
    }

    /** Whether the first frame outside the JDK is in this project. */
    private static boolean thrownByUs(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String c = frame.getClassName();
            if (!c.startsWith("java.") && !c.startsWith("jdk.") && !c.startsWith("sun.")) {
                return c.startsWith("org.musicrec.");
            }
        }
        return false;
    }

    private long caseSeed(Format format, int n) {
        return seed ^ (format.ordinal() + 1L) * 0x9E3779B97F4A7C15L ^ (n + 1L) * 0xC2B2AE3D27D4EB4FL;
    }

    private String failure(Format format, int n, String what, byte[] input, String how, Throwable cause) {
        Path saved = failureDir.resolve(format + "-" + n + ".bin");
        try {
            Files.createDirectories(failureDir);
            Files.write(saved, input);
        } catch (IOException e) {
            saved = null;
        }
        StringWriter trace = new StringWriter();
        if (cause != null) {
            cause.printStackTrace(new PrintWriter(trace));
        }
        return String.format("FAILED seed=%d case=%s:%d (%s) %s%n%s  input: %s%n  again: mvn -o test -Dtest=DecoderFuzzTest "
                        + "-Dmusicrec.fuzz.seed=%d -Dmusicrec.fuzz.case=%s:%d",
                seed, format, n, what, how, trace, saved, seed, format, n);
    }

    private static ExecutorService daemonWorker() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "decode");
            t.setDaemon(true);
            return t;
        });
    }

    private static final class Report {
        final Map<String, Integer> outcomes = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        int cases;
        long slowest;
        long millis;

        String summary(Format format) {
            return String.format("decoder fuzz %s: %d cases in %.1f s, slowest %d ms of processor time, %s, %d failed",
                    format, cases, millis / 1000.0, slowest, outcomes, failures.size());
        }
    }
}
