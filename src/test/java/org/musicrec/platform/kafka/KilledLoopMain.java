package org.musicrec.platform.kafka;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.Properties;
import org.musicrec.events.mongo.MongoInteractionStore;

/**
 * The first consumer of {@link ConsumerLoopRedeliveryTest}, in its own JVM so that the test can kill
 * it for real: the production loop and store apply batches; after the third write the handler says
 * {@code WRITTEN <records>} on stdout and blocks, so the batch is written and not committed when
 * the process gets SIGKILL.
 * Usage: KilledLoopMain BOOTSTRAP TOPIC GROUP MONGO_URI DATABASE WRITES
 */
public final class KilledLoopMain {

    private KilledLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String topic = args[1];
        String group = args[2];
        KafkaSettings settings = new KafkaSettings();
        settings.bootstrapServers = bootstrap;
        settings.clientId = "killed-loop";
        settings.sendTimeoutMs = 10_000;
        settings.consumersEnabled = true;
        settings.maxPollRecords = 100;
        Properties props = settings.consumer(group);
        // The broker's smallest session: the group hands the dead member's partitions on after 6 s, not 45.
        props.put("session.timeout.ms", "6000");
        props.put("heartbeat.interval.ms", "1000");
        try (MongoClient client = MongoClients.create(args[3])) {
            MongoInteractionStore store = new MongoInteractionStore(client.getDatabase(args[4]), group,
                    MongoInteractionStore.Writes.valueOf(args[5]));
            long[] written = new long[1];
            int[] batches = new int[1];
            ConsumerLoop loop = new ConsumerLoop(LoopServices.subscriber(topic, group, batch -> {
                store.apply(batch, r -> {
                    throw new AssertionError("no poison in this stream: " + r);
                });
                written[0] += batch.size();
                if (++batches[0] == 3) {
                    System.out.println("WRITTEN " + written[0]);
                    System.out.flush();
                    Thread.sleep(Long.MAX_VALUE); // killed here, between the write and the commit
                }
            }), props);
            loop.run();
        }
    }
}
