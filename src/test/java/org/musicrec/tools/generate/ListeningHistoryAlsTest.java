package org.musicrec.tools.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.tools.generate.FmaMetadataGenerator;
import org.musicrec.events.Interaction;
import org.musicrec.events.InteractionFolding;
import org.musicrec.events.replay.HistoryReader;
import org.musicrec.events.replay.ReplayFormat;
import org.musicrec.events.replay.ReplayLimits;
import org.musicrec.events.replay.ReplayReport;
import org.musicrec.events.replay.ReplaySource;
import org.musicrec.events.replay.TrackMapping;
import org.musicrec.recommend.als.AlsParams;
import org.musicrec.recommend.eval.IdDictionary;
import org.musicrec.recommend.eval.Interactions;
import org.musicrec.recommend.eval.OfflineEvaluation;
import org.musicrec.recommend.eval.Split;

/**
 * The generated history is what the pipeline will read (the replay parser accepts every line, every
 * track is in the catalogue), its popularity is long-tailed, and it has something to learn: ALS
 * trained on it, folded as the interaction store folds it, beats most-popular on NDCG@10 with a
 * per-user holdout.
 */
class ListeningHistoryAlsTest {

    @Test
    void alsBeatsMostPopularOnTheGeneratedHistory(@TempDir Path dir) throws Exception {
        new FmaMetadataGenerator(FmaMetadataGenerator.Settings.scaled(2_000, 2026).withMalformedTracks(3)).write(dir.resolve("meta"));
        CatalogTracks catalogue = CatalogTracks.read(dir.resolve("meta"));
        assertEquals(1_997, catalogue.tracks().size(), "the import skips the 3 malformed rows");
        Path history = dir.resolve("history.csv");
        ListeningHistoryGenerator.Summary s = new ListeningHistoryGenerator(ListeningHistoryGenerator.Settings.defaults(500, 2026))
                .write(catalogue, history);

        // Fold the events exactly as the consumer does, one interaction per (user, track).
        Map<String, Interaction> folded = new LinkedHashMap<>();
        ReplayReport report = new HistoryReader(ReplayFormat.CSV, ReplayLimits.defaults(), TrackMapping.none())
                .read(history, ReplaySource.of(ReplayFormat.CSV, history, null).id(), e -> folded.merge(Interaction.id(e.userId(), e.trackId()),
                        InteractionFolding.apply(Interaction.empty(e.userId(), e.trackId()), e),
                        (a, b) -> InteractionFolding.apply(a, e)), line -> { });
        assertEquals(0, report.problemCount(), () -> "problems: " + report.problems());
        assertEquals(s.rows(), report.events());
        assertEquals(s.pairs(), folded.size());
        Set<String> known = catalogue.tracks().stream().map(t -> Long.toString(t.id())).collect(Collectors.toSet());
        assertTrue(folded.values().stream().allMatch(i -> known.contains(i.trackId())), "every track is in the catalogue");

        // Long tail: the most played 10% of the tracks take far more than 10% of the plays.
        Map<String, Long> playsByTrack = new HashMap<>();
        folded.values().forEach(i -> playsByTrack.merge(i.trackId(), i.plays(), Long::sum));
        long[] sorted = playsByTrack.values().stream().mapToLong(Long::longValue).sorted().toArray();
        long total = Arrays.stream(sorted).sum();
        long head = Arrays.stream(sorted, sorted.length - catalogue.tracks().size() / 10, sorted.length).sum();
        double headShare = (double) head / total;
        assertTrue(headShare > 0.3, "head share " + headShare);

        Interactions all = new Interactions(new IdDictionary(), new IdDictionary());
        for (Interaction i : folded.values()) {
            if (i.weight() > 0) {
                all.add(all.users().indexOf(i.userId()), all.items().indexOf(i.trackId()), i.weight(), Interactions.NO_TIMESTAMP);
            }
        }
        Split split = Split.implicit(all, 42).trainFirst();
        OfflineEvaluation.Outcome o = OfflineEvaluation.run(split, AlsParams.implicitDefaults().withRank(32), 10, 2, null, null, null);
        System.out.printf("demo history: %d users, %d positive pairs; top-10%% tracks take %.2f of plays; NDCG@10 ALS %.4f, "
                        + "most-popular %.4f (ratio %.2f)%n", o.users(), all.size(), headShare, o.als().ndcg(), o.baseline().ndcg(),
                o.als().ndcg() / o.baseline().ndcg());
        assertTrue(o.als().ndcg() > 1.5 * o.baseline().ndcg(),
                "ALS " + o.als().ndcg() + " should clearly beat most-popular " + o.baseline().ndcg());
    }

    @Test
    void sameSeedSameFile(@TempDir Path dir) throws Exception {
        new FmaMetadataGenerator(FmaMetadataGenerator.Settings.scaled(300, 1)).write(dir.resolve("meta"));
        CatalogTracks catalogue = CatalogTracks.read(dir.resolve("meta"));
        ListeningHistoryGenerator g = new ListeningHistoryGenerator(ListeningHistoryGenerator.Settings.defaults(30, 9));
        g.write(catalogue, dir.resolve("a.csv"));
        g.write(catalogue, dir.resolve("b.csv"));
        assertEquals(Files.readString(dir.resolve("a.csv")), Files.readString(dir.resolve("b.csv")));
        new ListeningHistoryGenerator(ListeningHistoryGenerator.Settings.defaults(30, 10)).write(catalogue, dir.resolve("c.csv"));
        assertTrue(!Files.readString(dir.resolve("a.csv")).equals(Files.readString(dir.resolve("c.csv"))));
    }
}
