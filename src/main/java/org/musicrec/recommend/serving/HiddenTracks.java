package org.musicrec.recommend.serving;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * The tracks an operator hid: never recommended to anyone, on any list. Stored in
 * {@code hidden_tracks} (one document per track) with a version counter in {@code hidden_tracks_version}
 * that every hide and unhide raises. Each instance holds the set in memory and, at most every
 * {@code musicrec.recommend.hidden-check-seconds}, reads the counter (one document by id) in the
 * background and reloads the set when it moved: a hide on one instance reaches every instance within
 * that interval, and on the instance that made it at once.
 */
@ApplicationScoped
public class HiddenTracks {
    private static final Logger LOG = Logger.getLogger(HiddenTracks.class.getName());
    static final String COLLECTION = "hidden_tracks";
    static final String VERSION = "hidden_tracks_version";

    /** What the page and the admin API show of the hidden set. */
    public record Hidden(long version, List<String> trackIds) {
    }

    @Inject
    MongoClientHolder mongo;

    @Inject
    @ConfigProperty(name = "musicrec.recommend.hidden-check-seconds", defaultValue = "2")
    long checkSeconds;

    @Inject
    @ConfigProperty(name = "musicrec.recommend.max-hidden", defaultValue = "10000")
    int maxHidden;

    private volatile Set<String> ids;
    private volatile long version = -1;
    private volatile long lastCheck;
    private final AtomicBoolean checking = new AtomicBoolean();

    /** The hidden track ids now; the first call reads them, later ones check for changes in the background. */
    public Set<String> ids() {
        Set<String> s = ids;
        if (s == null) {
            synchronized (this) {
                if (ids == null) {
                    try {
                        reload();
                    } catch (RuntimeException e) {
                        // Answers keep flowing while the store is out; the set is read again at the next call.
                        LOG.log(Level.WARNING, "cannot read the hidden tracks; serving without them for now", e);
                        return Set.of();
                    }
                }
                return ids;
            }
        }
        long now = System.currentTimeMillis();
        if (now - lastCheck > checkSeconds * 1000 && checking.compareAndSet(false, true)) {
            lastCheck = now;
            Thread t = new Thread(() -> {
                try {
                    if (storedVersion() != version) {
                        reload();
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot check the hidden tracks; keeping the set held", e);
                } finally {
                    checking.set(false);
                }
            }, "hidden-tracks-check");
            t.setDaemon(true);
            t.start();
        }
        return s;
    }

    /** Hides a track; false when {@code musicrec.recommend.max-hidden} tracks are hidden already. */
    public boolean hide(String trackId) {
        MongoDatabase db = mongo.database();
        if (db.getCollection(COLLECTION).countDocuments() >= maxHidden
                && db.getCollection(COLLECTION).find(new Document("_id", trackId)).first() == null) {
            return false;
        }
        db.getCollection(COLLECTION).replaceOne(new Document("_id", trackId),
                new Document("_id", trackId).append("hiddenAt", new Date()), new com.mongodb.client.model.ReplaceOptions().upsert(true));
        bump(db);
        reload();
        return true;
    }

    /** Shows a hidden track again (nothing happens when it was not hidden). */
    public void unhide(String trackId) {
        MongoDatabase db = mongo.database();
        db.getCollection(COLLECTION).deleteOne(new Document("_id", trackId));
        bump(db);
        reload();
    }

    public Hidden list() {
        Set<String> now = ids();
        return new Hidden(version, now.stream().sorted().toList());
    }

    private static void bump(MongoDatabase db) {
        db.getCollection(VERSION).findOneAndUpdate(new Document("_id", "hidden"), Updates.inc("version", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
    }

    private long storedVersion() {
        Document d = mongo.database().getCollection(VERSION).find(new Document("_id", "hidden")).first();
        return d == null || !(d.get("version") instanceof Number n) ? 0 : n.longValue();
    }

    /** Reads the counter first: a change made during the read raises it again, so the next check reloads. */
    private synchronized void reload() {
        long v = storedVersion();
        Set<String> read = new HashSet<>();
        for (Document d : mongo.database().getCollection(COLLECTION).find().limit(maxHidden)) {
            read.add(String.valueOf(d.get("_id")));
        }
        ids = Set.copyOf(read);
        version = v;
        lastCheck = System.currentTimeMillis();
    }
}
