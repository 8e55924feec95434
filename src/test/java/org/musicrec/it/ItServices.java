package org.musicrec.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.musicrec.tools.devservices.DevServices;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.FreePortServices;
import org.musicrec.tools.devservices.PayaraMicroLauncher;
import org.musicrec.platform.security.PasswordHash;
import org.musicrec.platform.security.ServiceKeyHash;

/**
 * The Kafka broker and Mongo wire server shared by every integration test of one run (one per
 * failsafe JVM), on free loopback ports, and the Payara configuration pointing at them, rendered
 * before Arquillian boots its Payara Micro (see arquillian.xml). Tests may stop and restart the
 * services (same ports, same data) to drill outages, and must leave them running.
 */
public final class ItServices {

    private static DevServices services;
    /** The administrator's password of this run; its hash goes into Payara's configuration. */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = java.util.UUID.randomUUID().toString();
    /** Two service keys, both configured, as during a rotation: either must work. */
    public static final String SERVICE_KEY = org.musicrec.platform.security.ServiceKeyHash.newKey();
    public static final String OLD_SERVICE_KEY = org.musicrec.platform.security.ServiceKeyHash.newKey();

    private ItServices() {
    }

    public static Path workDir() {
        return Path.of(System.getProperty("musicrec.it.work-dir", "target/it")).toAbsolutePath();
    }

    public static synchronized DevServices get() {
        if (services == null) {
            try {
                deleteTree(workDir()); // every run starts from nothing: no data or sample of an earlier run
                services = FreePortServices.start(workDir(), DevServicesConfig.defaults(workDir()).partitions(),
                        DevServicesConfig.DEFAULT_TOPICS);
                DevServicesConfig config = services.config();
                PayaraMicroLauncher.renderConfig(Path.of("payara-config"), workDir().resolve("payara"), "127.0.0.1",
                        Map.of("MONGO_URI", config.mongoUri(), "KAFKA_BOOTSTRAP", config.kafkaBootstrap(),
                                "DATA_DIR", System.getProperty("musicrec.data.dir", "../shared/data"),
                                "ADMIN_HASH", PasswordHash.hash(ADMIN_PASSWORD.toCharArray()),
                                "SERVICE_KEY_HASHES", ServiceKeyHash.hash(OLD_SERVICE_KEY) + "," + ServiceKeyHash.hash(SERVICE_KEY)));
                Runtime.getRuntime().addShutdownHook(new Thread(services::close, "it-services-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return services;
    }

    public static int freePort() throws IOException {
        return FreePortServices.freePort();
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
