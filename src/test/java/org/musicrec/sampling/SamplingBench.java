package org.musicrec.sampling;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Bench for bench/sampling.sh: sampling N of a ZIP64 archive versus a sequential scan (bytes read, from
 * /proc/self/io) and versus Debian's unzip on the same entries (time). Not a test: run by the script.
 */
public final class SamplingBench {
    private SamplingBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/sampling-bench").toAbsolutePath();
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Files.createDirectories(work);
        Path archive = work.resolve("synthetic-" + entries + ".zip");
        if (!Files.isRegularFile(archive)) {
            long t = System.nanoTime();
            generate(archive, entries);
            System.out.printf(Locale.ROOT, "generated %s: %d entries in %.1f s%n", archive, entries, (System.nanoTime() - t) / 1e9);
        }
        System.out.printf(Locale.ROOT, "archive %s: %d entries, %.1f MiB%n", archive.getFileName(), entries, Files.size(archive) / 1048576.0);
        SamplingOptions options = SamplingOptions.defaults().withStrategy(SamplingStrategy.RANDOM, 1).withLimits(sample, Long.MAX_VALUE);

        runSample(archive, work.resolve("warmup"), options.withLimits(20, Long.MAX_VALUE)); // loads classes, JIT
        dropPageCache(archive);
        Run cold = runSample(archive, work.resolve("cold"), options);
        System.out.printf(Locale.ROOT, "sample %d of %d (random, seed 1), cold cache: %d files, %.2f MiB extracted, %.0f ms (of which open + plan %.0f ms); "
                        + "read %.2f MiB (rchar), %.2f MiB from disk (read_bytes)%n",
                sample, entries, cold.files, cold.bytesOut / 1048576.0, cold.millis, cold.openMillis, cold.rchar / 1048576.0, cold.readBytes / 1048576.0);

        dropPageCache(archive);
        Run scan = scan(archive);
        System.out.printf(Locale.ROOT, "sequential scan (ZipInputStream, every entry inflated), cold cache: %d entries, %.0f ms; "
                + "read %.2f MiB (rchar), %.2f MiB from disk (read_bytes)%n", scan.files, scan.millis, scan.rchar / 1048576.0, scan.readBytes / 1048576.0);
        System.out.printf(Locale.ROOT, "I/O ratio scan/sample: %.1fx by rchar, %s by read_bytes (goal >= 20x); time ratio %.1fx%n",
                (double) scan.rchar / cold.rchar,
                cold.readBytes > 0 ? String.format(Locale.ROOT, "%.1fx", (double) scan.readBytes / cold.readBytes) : "n/a",
                scan.millis / cold.millis);

        double[] ours = new double[5];
        double[] opens = new double[5];
        double[] oursCpu = new double[5];
        double[] theirsCpu = new double[5];
        double[] theirs = new double[5];
        List<String> names;
        try (AudioSampler s = AudioSampler.open(archive, work.resolve("names"), options, Map.of())) {
            names = s.plan().entries().stream().map(p -> p.entry().name()).toList();
        }
        for (int i = 0; i < ours.length; i++) {
            Run warm = runSample(archive, work.resolve("warm"), options);
            ours[i] = warm.millis;
            opens[i] = warm.openMillis;
            oursCpu[i] = warm.cpuMillis;
            double[] u = unzip(archive, names, work.resolve("unzip"));
            theirs[i] = u[0];
            theirsCpu[i] = u[1];
        }
        double o = median(ours);
        double u = median(theirs);
        System.out.printf(Locale.ROOT, "warm cache, median of 5: sampler (open + plan + extract + verify + manifest) %.0f ms = %.1f MiB/s; "
                + "unzip -qq -o <archive> <the same %d names> -d DIR %.0f ms = %.1f MiB/s%n",
                o, cold.bytesOut / 1048576.0 / (o / 1000), names.size(), u, cold.bytesOut / 1048576.0 / (u / 1000));
        System.out.printf(Locale.ROOT, "  of which open + plan (central directory of %d entries): median %.0f ms%n", entries, median(opens));
        System.out.printf(Locale.ROOT, "CPU time (user+sys), median of 5: sampler thread %.0f ms, unzip %.0f ms%n", median(oursCpu), median(theirsCpu));
        System.out.printf(Locale.ROOT, "time ratio sampler/unzip: %.2fx wall, %.2fx CPU (goal <= 2x)%n", o / u, median(oursCpu) / median(theirsCpu));
        for (String d : List.of("warmup", "cold", "warm", "unzip", "names")) {
            deleteTree(work.resolve(d));
        }
    }

    record Run(int files, long bytesOut, double millis, double openMillis, double cpuMillis, long rchar, long readBytes) {
    }

    static Run runSample(Path archive, Path target, SamplingOptions options) throws Exception {
        deleteTree(target);
        long[] before = procIo();
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t = System.nanoTime();
        SamplingReport r;
        double openMs;
        try (AudioSampler s = AudioSampler.open(archive, target, options, Map.of())) {
            openMs = (System.nanoTime() - t) / 1e6;
            r = s.run();
        }
        double ms = (System.nanoTime() - t) / 1e6;
        double cpuMs = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e6;
        long[] after = procIo();
        if (!r.refusals().isEmpty()) {
            throw new IllegalStateException("refusals in the bench: " + r.refusals());
        }
        return new Run((int) r.count(ExtractionOutcome.Kind.EXTRACTED), r.bytesInSample(), ms, openMs, cpuMs, after[0] - before[0], after[1] - before[1]);
    }

    static Run scan(Path archive) throws IOException {
        long[] before = procIo();
        long t = System.nanoTime();
        byte[] buf = new byte[64 * 1024];
        int n = 0;
        CRC32 crc = new CRC32();
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(archive), 1 << 16))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; n++) {
                for (int k; (k = in.read(buf)) > 0; ) {
                    crc.update(buf, 0, k);
                }
            }
        }
        double ms = (System.nanoTime() - t) / 1e6;
        long[] after = procIo();
        return new Run(n, 0, ms, 0, 0, after[0] - before[0], after[1] - before[1]);
    }

    /** @return {wall ms, user+sys CPU ms} of unzip, the CPU time from bash's {@code times} (children's line). */
    static double[] unzip(Path archive, List<String> names, Path dir) throws Exception {
        deleteTree(dir);
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", "unzip -qq -o \"$0\" \"$@\" -d \"$UNZIP_DIR\" && times",
                archive.toString()));
        cmd.addAll(names);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("UNZIP_DIR", dir.toString());
        long t = System.nanoTime();
        Process p = pb.start();
        List<String> out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        if (p.waitFor() != 0 || out.size() < 2) {
            throw new IllegalStateException("unzip failed: " + out);
        }
        double wall = (System.nanoTime() - t) / 1e6;
        String[] children = out.get(out.size() - 1).trim().split("\\s+");
        return new double[]{wall, bashSeconds(children[0]) * 1000 + bashSeconds(children[1]) * 1000};
    }

    /** Parses bash's {@code 0m1.234s}. */
    static double bashSeconds(String text) {
        int m = text.indexOf('m');
        return Integer.parseInt(text.substring(0, m)) * 60 + Double.parseDouble(text.substring(m + 1, text.length() - 1));
    }

    /** {rchar, read_bytes} of this process. */
    static long[] procIo() throws IOException {
        long[] v = new long[2];
        for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
            if (line.startsWith("rchar:")) {
                v[0] = Long.parseLong(line.substring(6).trim());
            } else if (line.startsWith("read_bytes:")) {
                v[1] = Long.parseLong(line.substring(11).trim());
            }
        }
        return v;
    }

    /** Best effort: GNU dd's nocache flag drops this one file's cached pages, so read_bytes shows real disk reads. */
    static void dropPageCache(Path file) throws Exception {
        new ProcessBuilder("dd", "if=" + file, "iflag=nocache", "count=0", "status=none").inheritIO().start().waitFor();
    }

    static void generate(Path archive, int entries) throws IOException {
        Path tmp = Files.createTempFile(archive.getParent(), "synthetic-", ".part");
        byte[] data = new byte[8192];
        try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
             ZipOutputStream zip = new ZipOutputStream(raw)) {
            for (int i = 0; i < entries; i++) {
                // 2-6 KiB of 6-bit noise: compresses to about 80%, so inflating does real work, as it would for MP3.
                Random r = new Random(i);
                int length = 2048 + (int) ((i * 7919L) % 4097);
                for (int k = 0; k < length; k++) {
                    data[k] = (byte) (32 + r.nextInt(64));
                }
                zip.putNextEntry(new ZipEntry(String.format("%03d/%06d.mp3", i / 1000, i)));
                zip.write(data, 0, length);
                zip.closeEntry();
            }
        }
        Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE);
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
