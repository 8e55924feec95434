/**
 * MongoDB wiring: one driver client, JNoSQL's document manager built on it, and a scanner limited to our classes.
 *
 * <h2>What the store code assumes of the server</h2>
 * The application talks to any MongoDB-wire endpoint and depends on none in particular, but the
 * store code is written so that it stays correct and fast on the weakest one it meets, the
 * in-process wire server of the dev services and tests (mongo-java-server). That server:
 * <ul>
 * <li>has no transactions, so a write that spans documents is made idempotent and guarded by marks
 * instead (see {@code MongoInteractionStore});</li>
 * <li>uses no secondary index: a query on any other field than {@code _id} scans the collection,
 * and so does a filter that adds conditions to {@code _id}; indexes are still created, for a real
 * MongoDB, but hot paths read by {@code _id} (keeping their own id lists where needed);</li>
 * <li>holds a collection's lock for the whole of a read, so a long read holds back every write to
 * that collection: reads go in bounded chunks, and background readers rest between rounds;</li>
 * <li>applies a {@code $set} field by field, much slower than an insert, so new documents are
 * inserted rather than upserted where that is possible;</li>
 * <li>has no {@code $text} search, so search matches a prefix of a precomputed key.</li>
 * </ul>
 * Measured costs are in BENCHMARKS.md.
 */
package org.musicrec.platform.mongo;
