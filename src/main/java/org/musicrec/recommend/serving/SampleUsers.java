package org.musicrec.recommend.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.musicrec.events.ListeningHistory;

/**
 * The listeners with the most interactions, for the page's picker, cached for a minute (the store
 * answers by going over every interaction).
 */
@ApplicationScoped
public class SampleUsers {
    private static final long TTL_MILLIS = 60_000;

    public record Sample(String userId, long interactions) {
    }

    @Inject
    ListeningHistory history;

    private volatile List<Sample> cached = List.of();
    private volatile int cachedN;
    private volatile long cachedAt;

    public List<Sample> top(int n) {
        if (System.currentTimeMillis() - cachedAt < TTL_MILLIS && cachedN >= n && !cached.isEmpty()) {
            return cached.subList(0, Math.min(n, cached.size()));
        }
        List<Sample> out = new ArrayList<>();
        for (ListeningHistory.ListenerActivity a : history.mostActive(n)) {
            out.add(new Sample(a.userId(), a.interactions()));
        }
        cached = List.copyOf(out);
        cachedN = n;
        cachedAt = System.currentTimeMillis();
        return cached;
    }
}
