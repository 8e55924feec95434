package org.musicrec.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.musicrec.events.Interaction;
import org.musicrec.platform.kafka.IncomingRecord;

/** Which published lists are news to a node, and that forgetting a listener's history makes the next refresh read the store. */
class PeerRecommendationsTest {

    private static IncomingRecord record(String user, String node, long at) {
        return new IncomingRecord("recommendations", 0, at, user, "{}", at,
                node == null ? Map.of() : Map.of(PeerRecommendations.NODE_HEADER, node));
    }

    @Test
    void onlyOtherNodesListsSinceThisNodeStarted() {
        List<IncomingRecord> batch = List.of(record("u1", "node-a", 1000), record("u2", "node-b", 1000),
                record("u3", "node-a", 999), record(null, "node-a", 1000), record("u4", null, 1000), record("u1", "node-a", 2000));
        assertEquals(Set.of("u1", "u4"), PeerRecommendations.peersChanged(batch, "node-b", 1000),
                "own lists, lists from before the start and keyless records are passed over; a header-less publisher is a peer");
    }

    @Test
    void aForgottenListenerIsReadFromTheStoreAgain() {
        ListenerHistories histories = new ListenerHistories(1000, Duration.ofMinutes(10), System::nanoTime);
        AtomicInteger reads = new AtomicInteger();
        Interaction played = Interaction.empty("u1", "t1");
        histories.of(List.of("u1", "u2"), users -> {
            reads.incrementAndGet();
            return Map.of("u1", List.of(played));
        });
        histories.of(List.of("u1", "u2"), users -> {
            reads.incrementAndGet();
            return Map.of();
        });
        assertEquals(1, reads.get(), "held after the first read");
        histories.forget(List.of("u1"));
        assertEquals(1, histories.listeners());
        histories.of(List.of("u1", "u2"), users -> {
            assertEquals(Set.of("u1"), Set.copyOf(users), "only the forgotten listener is read");
            reads.incrementAndGet();
            return Map.of();
        });
        assertEquals(2, reads.get());
    }
}
