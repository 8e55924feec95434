package org.musicrec.platform.lease.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.platform.lease.JobLease;
import org.musicrec.platform.lease.LeaseHeldException;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.FreePortServices;
import org.musicrec.tools.devservices.MongoDevServer;

/** Against the real Mongo wire server: one holder at a time, renewal, release, a dead holder's lease lapsing. */
class MongoJobLeasesTest {

    private static final Duration TTL = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** A clock the test moves by hand, shared by the "nodes" as one machine's clock. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-03T07:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void oneHolderRenewalReleaseAndLapse() throws Exception {
        DevServicesConfig config = DevServicesConfig.defaults(dir).withPorts(0, 0, FreePortServices.freePort());
        try (MongoDevServer server = new MongoDevServer(config)) {
            server.start();
            try (MongoClient client = MongoClients.create(config.mongoUri())) {
                MongoDatabase db = client.getDatabase("leases");
                HandClock clock = new HandClock();
                MongoJobLeases a = new MongoJobLeases(db, clock);
                MongoJobLeases b = new MongoJobLeases(db, clock);

                JobLease held = a.acquire("train-als", "node-a", TTL);
                assertTrue(a.renew(held, 17, TTL), "the holder renews and records its execution");
                LeaseHeldException refused = assertThrows(LeaseHeldException.class, () -> b.acquire("train-als", "node-b", TTL));
                assertEquals("node-a", refused.holder().node());
                assertEquals(17, refused.holder().execution());
                assertTrue(refused.getMessage().contains("node node-a, execution 17"), refused.getMessage());
                assertEquals("node-b", b.acquire("fit-pca", "node-b", TTL).node(), "another job's lease is another lease");

                // Renewed before its expiry: still held after the first expiry has passed.
                clock.now = clock.now.plusSeconds(20);
                assertTrue(a.renew(held, 17, TTL));
                clock.now = clock.now.plusSeconds(20);
                assertThrows(LeaseHeldException.class, () -> b.acquire("train-als", "node-b", TTL), "renewed to +50 s, now +40 s");

                // The holder dies: no renewal; at its expiry another node takes it over.
                clock.now = clock.now.plusSeconds(10);
                JobLease taken = b.acquire("train-als", "node-b", TTL);
                assertEquals("node-b", taken.node());
                assertNotEquals(held.token(), taken.token());
                assertFalse(a.renew(held, 17, TTL), "the old holder learns it lost the lease");
                a.release(held);
                assertThrows(LeaseHeldException.class, () -> a.acquire("train-als", "node-a", TTL),
                        "a stale release leaves the new holder's lease alone");

                b.release(taken);
                assertEquals("node-a", a.acquire("train-als", "node-a", TTL).node(), "free again once released");
                assertEquals(2, a.all().size());
            }
        }
    }

    @Test
    void racingAcquisitionsHaveOneWinner() throws Exception {
        DevServicesConfig config = DevServicesConfig.defaults(dir).withPorts(0, 0, FreePortServices.freePort());
        try (MongoDevServer server = new MongoDevServer(config)) {
            server.start();
            try (MongoClient client = MongoClients.create(config.mongoUri())) {
                MongoDatabase db = client.getDatabase("leases");
                HandClock clock = new HandClock();
                // Both rounds: a free lease, then a lapsed one, each raced by 8 nodes.
                for (int round = 0; round < 2; round++) {
                    int nodes = 8;
                    CountDownLatch go = new CountDownLatch(1);
                    ExecutorService pool = Executors.newFixedThreadPool(nodes);
                    List<Future<Boolean>> results = new ArrayList<>();
                    for (int i = 0; i < nodes; i++) {
                        String node = "node-" + i;
                        results.add(pool.submit(() -> {
                            go.await();
                            try {
                                new MongoJobLeases(db, clock).acquire("pipeline", node, TTL);
                                return true;
                            } catch (LeaseHeldException e) {
                                return false;
                            }
                        }));
                    }
                    go.countDown();
                    int winners = 0;
                    for (Future<Boolean> f : results) {
                        winners += f.get() ? 1 : 0;
                    }
                    pool.shutdown();
                    assertEquals(1, winners, "round " + round);
                    clock.now = clock.now.plus(TTL);
                }
            }
        }
    }
}
