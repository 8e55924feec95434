package org.musicrec.tools.devservices;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the dev services listen and keep their data. Everything binds to {@code host}
 * (127.0.0.1 by default) so nothing is reachable from the network.
 */
public record DevServicesConfig(Path dataDir, String host, int kafkaPort, int controllerPort, int mongoPort,
                                int partitions, List<String> topics) {

    public static final List<String> DEFAULT_TOPICS = List.of("user-activity", "recommendations", "user-activity.dlt");

    public static DevServicesConfig defaults(Path dataDir) {
        return new DevServicesConfig(dataDir, "127.0.0.1", 9092, 9093, 27017, 4, DEFAULT_TOPICS);
    }

    public String kafkaBootstrap() {
        return host + ":" + kafkaPort;
    }

    /** With short timeouts, so that a stopped dev server is noticed in seconds, not the driver's 30 s. */
    public String mongoUri() {
        return "mongodb://" + host + ":" + mongoPort + "/?serverSelectionTimeoutMS=3000&connectTimeoutMS=3000";
    }

    public DevServicesConfig withPorts(int kafka, int controller, int mongo) {
        return new DevServicesConfig(dataDir, host, kafka, controller, mongo, partitions, topics);
    }
}
