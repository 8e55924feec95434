package org.musicrec.tools.devservices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) running in this JVM, with its
 * log under the data folder, so that messages survive a restart like the Mongo data does.
 */
public final class KafkaDevBroker implements AutoCloseable {

    private final DevServicesConfig config;
    private KafkaRaftServer server;

    public KafkaDevBroker(DevServicesConfig config) {
        this.config = config;
    }

    public void start() {
        Path logDir = config.dataDir().resolve("kafka");
        try {
            Files.createDirectories(logDir);
            Path props = config.dataDir().resolve("kafka-server.properties");
            Properties p = serverProperties(logDir);
            try (var out = Files.newBufferedWriter(props)) {
                p.store(out, "written by musicrec dev services");
            }
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(props);
            }
            server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
            server.startup();
            createTopics();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties serverProperties(Path logDir) {
        String h = config.host();
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.bootstrap.servers", h + ":" + config.controllerPort());
        p.put("listeners", "PLAINTEXT://" + h + ":" + config.kafkaPort() + ",CONTROLLER://" + h + ":" + config.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://" + h + ":" + config.kafkaPort());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("num.partitions", Integer.toString(config.partitions()));
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        return p;
    }

    private static void format(Path props) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                props.toString(), "--standalone"}, new PrintStream(buf, true, StandardCharsets.UTF_8));
        if (rc != 0) {
            throw new IllegalStateException("kafka storage format failed: " + buf.toString(StandardCharsets.UTF_8));
        }
    }

    private void createTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap()))) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = config.topics().stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, config.partitions(), (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not create topics: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }
}
