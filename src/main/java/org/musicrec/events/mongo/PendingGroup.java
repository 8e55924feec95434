package org.musicrec.events.mongo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.musicrec.events.ActivityEvent;
import org.musicrec.events.InteractionDelta;
import org.musicrec.events.InteractionFolding;
import org.musicrec.events.ReplayId;

/**
 * The events of one batch for one (user, track) document from one partition, in offset order. They
 * become a single conditional upsert: applying them one by one in an unordered bulk could reorder
 * them, and a later offset written first would make the earlier one look already applied.
 */
final class PendingGroup {

    record Positioned(ActivityEvent event, long offset) {
    }

    final String id;
    final String userId;
    final String trackId;
    final int partition;
    final List<Positioned> events = new ArrayList<>();

    PendingGroup(String id, String userId, String trackId, int partition) {
        this.id = id;
        this.userId = userId;
        this.trackId = trackId;
        this.partition = partition;
    }

    /** The events this document has not applied yet, judged by its own offset and replay marks. */
    List<Positioned> unapplied(Document current) {
        long offsetMark = InteractionDocuments.mark(current, InteractionDocuments.OFFSETS, Integer.toString(partition));
        // Replay marks advance as the group is walked: a file sent twice can have both copies of a
        // line in one batch, and the second must be recognised as much as one in a later batch.
        Map<String, Long> replayMarks = new HashMap<>();
        // Likewise the ids of API events: a client's retry under the same id can sit in the same batch.
        Set<String> recent = InteractionDocuments.recentEventIds(current);
        List<Positioned> out = new ArrayList<>();
        for (Positioned p : events) {
            if (p.offset() <= offsetMark) {
                continue;
            }
            Optional<ReplayId> replay = ReplayId.parse(p.event().eventId());
            if (replay.isEmpty() && !recent.add(p.event().eventId())) {
                continue;
            }
            if (replay.isPresent()) {
                String source = replay.get().source();
                long mark = replayMarks.computeIfAbsent(source,
                        s -> InteractionDocuments.mark(current, InteractionDocuments.REPLAYS, s));
                if (replay.get().line() <= mark) {
                    continue;
                }
                replayMarks.put(source, replay.get().line());
            }
            out.add(p);
        }
        return out;
    }

    /** The filter and update that apply {@code todo} (non-empty, in offset order) only if none of it was applied. */
    Bson[] write(List<Positioned> todo) {
        InteractionDelta delta = null;
        Map<String, Long> minLines = new HashMap<>();
        Map<String, Long> maxLines = new HashMap<>();
        List<String> eventIds = new ArrayList<>();
        for (Positioned p : todo) {
            if (ReplayId.parse(p.event().eventId()).isEmpty()) {
                eventIds.add(p.event().eventId());
            }
            InteractionDelta d = InteractionFolding.delta(p.event());
            delta = delta == null ? d : delta.then(d);
            ReplayId.parse(p.event().eventId()).ifPresent(r -> {
                minLines.merge(r.source(), r.line(), Math::min);
                maxLines.merge(r.source(), r.line(), Math::max);
            });
        }
        long minOffset = todo.get(0).offset();
        long maxOffset = todo.get(todo.size() - 1).offset();
        return new Bson[] {
            InteractionDocuments.condition(id, partition, minOffset, minLines),
            InteractionDocuments.update(userId, trackId, delta, partition, maxOffset, maxLines, eventIds)
        };
    }
}
