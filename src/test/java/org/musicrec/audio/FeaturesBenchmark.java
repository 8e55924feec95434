package org.musicrec.audio;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * bench/features.sh: seconds per clip for decoding and for features (single thread, median over the
 * clips, wall and thread CPU), clips/s with 1 and N threads over the same clips, and the ratio to
 * librosa's CPU seconds in librosa-timings.csv. Args: clip folder, threads (default 2), rounds (default 3).
 */
public final class FeaturesBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/audio-real");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Path> clips;
        try (Stream<Path> s = Files.list(dir)) {
            clips = s.filter(p -> p.toString().endsWith(".mp3")).sorted().toList();
        }
        AudioDecoder decoder = new AudioDecoder();
        FeatureExtractor extractor = new FeatureExtractor();
        for (Path clip : clips.subList(0, Math.min(8, clips.size()))) { // JIT warm-up
            extractor.features("w", decoder.decode(clip));
        }
        int n = clips.size() * rounds;
        double[] decodeWall = new double[n];
        double[] decodeCpu = new double[n];
        double[] featureWall = new double[n];
        double[] featureCpu = new double[n];
        for (int r = 0, i = 0; r < rounds; r++) {
            for (Path clip : clips) {
                long w0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                DecodedAudio audio = decoder.decode(clip);
                long w1 = System.nanoTime();
                long c1 = CPU.getCurrentThreadCpuTime();
                extractor.features("b", audio);
                decodeWall[i] = (w1 - w0) / 1e9;
                decodeCpu[i] = (c1 - c0) / 1e9;
                featureWall[i] = (System.nanoTime() - w1) / 1e9;
                featureCpu[i++] = (CPU.getCurrentThreadCpuTime() - c1) / 1e9;
            }
        }
        double dW = median(decodeWall);
        double dC = median(decodeCpu);
        double fW = median(featureWall);
        double fC = median(featureCpu);
        System.out.printf(Locale.ROOT, "clips: %d x %d rounds, single thread (median per 30 s clip)%n", clips.size(), rounds);
        System.out.printf(Locale.ROOT, "  decode   %.3f s wall, %.3f s CPU%n", dW, dC);
        System.out.printf(Locale.ROOT, "  features %.3f s wall, %.3f s CPU%n", fW, fC);
        System.out.printf(Locale.ROOT, "  total    %.3f s wall, %.3f s CPU; decoding is %.0f%% of the CPU%n", dW + fW, dC + fC,
                100 * dC / (dC + fC));
        double one = throughput(clips, 1, rounds, extractor);
        double many = throughput(clips, threads, rounds, extractor);
        System.out.printf(Locale.ROOT, "throughput (decode + features, one FeatureExtractor shared): 1 thread %.2f clips/s, "
                + "%d threads %.2f clips/s (x%.2f)%n", one, threads, many, many / one);
        Path timings = dir.resolve("librosa-timings.csv");
        if (Files.exists(timings)) {
            double[] load = column(timings, "load_cpu_s");
            double[] feat = column(timings, "features_cpu_s");
            double lL = median(load);
            double lF = median(feat);
            System.out.printf(Locale.ROOT, "librosa (librosa-timings.csv, median CPU per clip): load %.3f s, features %.3f s, total %.3f s%n",
                    lL, lF, lL + lF);
            System.out.printf(Locale.ROOT, "ratio librosa/ours (CPU per clip): decode %.1fx, features %.1fx, total %.1fx (target 10x)%n",
                    lL / dC, lF / fC, (lL + lF) / (dC + fC));
        }
    }

    private static double throughput(List<Path> clips, int threads, int rounds, FeatureExtractor extractor) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<TrackFeatures>> done = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (Path clip : clips) {
                    done.add(pool.submit(() -> extractor.extract(clip)));
                }
            }
            for (Future<TrackFeatures> f : done) {
                f.get();
            }
            return done.size() / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] column(Path csv, String name) throws IOException {
        try (var in = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords().stream()
                    .map((CSVRecord r) -> r.get(name)).mapToDouble(Double::parseDouble).toArray();
        }
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
