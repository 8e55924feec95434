package org.musicrec.sampling;

import org.musicrec.catalog.TrackIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;

/**
 * The chosen entries, in archive order (so extraction reads the file front to back), plus every candidate
 * refused before extraction. The list is a pure function of the central directory, the options and the
 * genre lookup, so index N is the same entry on every run: a checkpoint is just an index into it.
 *
 * @param ignored entries that are directories or do not have an allowed extension
 * @param digest identifies the plan; a target folder holding another plan's sample is not mixed with this one
 */
public record SamplingPlan(List<PlannedEntry> entries, List<Refusal> refused, int ignored, long totalBytes,
                           String digest) {

    /** @param genreByTrack track id to top-level genre; empty when no catalogue is loaded */
    public static SamplingPlan create(List<ArchiveEntry> all, SamplingOptions options, Map<Long, String> genreByTrack) {
        Map<String, Integer> nameCount = new HashMap<>(2 * all.size());
        for (ArchiveEntry e : all) {
            nameCount.merge(e.name(), 1, Integer::sum);
        }
        List<PlannedEntry> candidates = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        Set<String> outputs = new HashSet<>(2 * all.size());
        int ignored = 0;
        for (ArchiveEntry e : all) {
            if (e.directory() || !options.allows(e.name())) {
                ignored++;
                continue;
            }
            String problem = problem(e, options, nameCount.get(e.name()));
            String output = problem == null ? EntryNames.outputPath(e.name(), options.flat()) : null;
            if (problem == null && EntryNames.isReserved(output)) {
                problem = "would overwrite the sampler's own file " + output;
            }
            if (problem == null && !outputs.add(output)) {
                problem = "another entry already maps to " + output + (options.flat() ? " (--flat)" : "");
            }
            if (problem != null) {
                refused.add(new Refusal(e.name(), problem));
                continue;
            }
            long trackId = TrackIds.parse(e.name());
            String genre = trackId < 0 ? "" : genreByTrack.getOrDefault(trackId, "");
            candidates.add(new PlannedEntry(-1, e, output, trackId, genre));
        }
        List<PlannedEntry> chosen = new ArrayList<>(BudgetedSelection.select(candidates, options));
        chosen.sort(Comparator.comparingInt(p -> p.entry().index()));
        List<PlannedEntry> indexed = new ArrayList<>(chosen.size());
        long total = 0;
        for (PlannedEntry p : chosen) {
            indexed.add(p.withPlanIndex(indexed.size()));
            total += p.entry().size();
        }
        return new SamplingPlan(List.copyOf(indexed), List.copyOf(refused), ignored, total,
                digest(indexed, options));
    }

    /** Checks that need only the central directory; the data itself is checked again while inflating. */
    private static String problem(ArchiveEntry e, SamplingOptions options, int sameName) {
        String nameProblem = EntryNames.problem(e.name());
        if (nameProblem != null) {
            return nameProblem;
        }
        if (sameName > 1) {
            return "name occurs " + sameName + " times in the archive (ambiguous)";
        }
        if (e.size() < 0 || e.compressedSize() < 0) {
            return "size not declared in the central directory";
        }
        if (e.method() != ZipEntry.STORED && e.method() != ZipEntry.DEFLATED) {
            return "unsupported compression method " + e.method();
        }
        if (e.method() == ZipEntry.STORED && e.size() != e.compressedSize()) {
            return "stored entry declares " + e.size() + " bytes but occupies " + e.compressedSize();
        }
        if (e.size() > 0 && (e.compressedSize() == 0 || (double) e.size() / e.compressedSize() > options.maxCompressionRatio())) {
            return String.format(java.util.Locale.ROOT, "compression ratio %.0f exceeds the bound %.0f (zip bomb?)",
                    e.compressedSize() == 0 ? Double.POSITIVE_INFINITY : (double) e.size() / e.compressedSize(),
                    options.maxCompressionRatio());
        }
        return null;
    }

    private static String digest(List<PlannedEntry> entries, SamplingOptions options) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(options.canonical().getBytes(StandardCharsets.UTF_8));
            for (PlannedEntry p : entries) {
                ArchiveEntry e = p.entry();
                sha.update((e.index() + "|" + e.name() + "|" + e.size() + "|" + e.crc() + "|" + p.outputPath() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    public int size() {
        return entries.size();
    }
}
