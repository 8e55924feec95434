package org.musicrec.platform.lease.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.musicrec.platform.lease.JobLease;
import org.musicrec.platform.lease.JobLeases;
import org.musicrec.platform.lease.LeaseHeldException;

/**
 * Leases as documents of {@code job_leases}, {@code _id} = the lease's name. Acquiring inserts the
 * document (the unique {@code _id} lets one insert win), or replaces a lapsed one with an update whose
 * filter requires it to be lapsed still (one of two racing take-overs matches); renewal and release
 * filter on the acquisition's token. Each is a single-document operation, atomic on MongoDB and on
 * the embedded wire server alike, and needs no transaction.
 */
public class MongoJobLeases implements JobLeases {

    static final String COLLECTION = "job_leases";
    /** Most leases listed: there is one per job name, so more means something else writes here. */
    static final int MAX_LISTED = 100;

    private final MongoCollection<Document> leases;
    private final Clock clock;

    public MongoJobLeases(MongoDatabase database) {
        this(database, Clock.systemUTC());
    }

    MongoJobLeases(MongoDatabase database, Clock clock) {
        this.leases = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public JobLease acquire(String name, String node, Duration ttl) {
        Instant now = clock.instant();
        JobLease lease = new JobLease(name, node, UUID.randomUUID().toString(), 0, now, now.plus(ttl));
        try {
            leases.insertOne(toDocument(lease));
            return lease;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Bson lapsed = Filters.and(Filters.eq("_id", name), Filters.lte("expiresAt", Date.from(now)));
        Document d = toDocument(lease);
        d.remove("_id");
        if (leases.updateOne(lapsed, new Document("$set", d)).getModifiedCount() == 1) {
            return lease;
        }
        Document holder = leases.find(Filters.eq("_id", name)).first();
        if (holder == null) {
            // Released between our insert and our look: try once more from the start.
            return acquire(name, node, ttl);
        }
        throw new LeaseHeldException(fromDocument(holder));
    }

    @Override
    public boolean renew(JobLease lease, long execution, Duration ttl) {
        Instant until = clock.instant().plus(ttl);
        return leases.updateOne(Filters.and(Filters.eq("_id", lease.name()), Filters.eq("token", lease.token())),
                Updates.combine(Updates.set("expiresAt", Date.from(until)), Updates.set("execution", execution)))
                .getMatchedCount() == 1;
    }

    @Override
    public void release(JobLease lease) {
        leases.deleteOne(Filters.and(Filters.eq("_id", lease.name()), Filters.eq("token", lease.token())));
    }

    @Override
    public List<JobLease> all() {
        List<JobLease> out = new ArrayList<>();
        for (Document d : leases.find().limit(MAX_LISTED)) {
            out.add(fromDocument(d));
        }
        return out;
    }

    private static Document toDocument(JobLease l) {
        return new Document("_id", l.name()).append("node", l.node()).append("token", l.token())
                .append("execution", l.execution()).append("acquiredAt", Date.from(l.acquiredAt()))
                .append("expiresAt", Date.from(l.expiresAt()));
    }

    private static JobLease fromDocument(Document d) {
        Number execution = d.get("execution", Number.class);
        return new JobLease(d.getString("_id"), d.getString("node"), d.getString("token"),
                execution == null ? 0 : execution.longValue(), d.getDate("acquiredAt").toInstant(),
                d.getDate("expiresAt").toInstant());
    }
}
