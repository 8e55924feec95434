package org.musicrec.tools.devservices;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.musicrec.tools.cli.CommandArgs;
import org.musicrec.tools.cli.ExitStatus;
import org.musicrec.tools.cli.UsageException;

/** {@code ./musicrec services}: the Kafka broker and the Mongo wire server in the foreground until Ctrl-C. */
public final class DevServicesCommand {

    static final String USAGE = """
            usage: ./musicrec services [--data-dir DIR] [--kafka-port N] [--controller-port N]
                                       [--mongo-port N] [--partitions N]
              Starts a Kafka broker (KRaft) and a MongoDB wire server (persistent H2 backend) on
              127.0.0.1, creates the topics user-activity, recommendations, user-activity.dlt, and
              runs until Ctrl-C. Data stays under DIR (default var/) across restarts.
            """;

    private DevServicesCommand() {
    }

    public static void main(String[] argv) throws InterruptedException {
        DevServicesConfig config;
        try {
            CommandArgs args = new CommandArgs(argv, Set.of("data-dir", "kafka-port", "controller-port", "mongo-port", "partitions"), Set.of());
            if (args.help()) {
                System.out.print(USAGE);
                System.exit(ExitStatus.OK);
            }
            config = fromArgs(args);
        } catch (UsageException e) {
            System.err.println("musicrec services: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(ExitStatus.BAD_INPUT);
            return;
        }
        DevServices services = new DevServices(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.close();
            stopped.countDown();
        }, "dev-services-stop"));
        var took = services.start();
        System.out.printf("dev services ready in %.1f s: kafka %s, mongo %s, data %s (Ctrl-C to stop)%n",
                took.toMillis() / 1000.0, config.kafkaBootstrap(), config.mongoUri(), config.dataDir());
        stopped.await();
    }

    public static DevServicesConfig fromArgs(CommandArgs args) {
        if (!args.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + args.positional().get(0));
        }
        DevServicesConfig d = DevServicesConfig.defaults(Path.of(args.get("data-dir", "var")).toAbsolutePath());
        int partitions = args.getInt("partitions", d.partitions());
        if (partitions < 1 || partitions > 64) {
            throw new UsageException("--partitions must be between 1 and 64");
        }
        return new DevServicesConfig(d.dataDir(), d.host(), args.getInt("kafka-port", d.kafkaPort()),
                args.getInt("controller-port", d.controllerPort()), args.getInt("mongo-port", d.mongoPort()),
                partitions, d.topics());
    }
}
