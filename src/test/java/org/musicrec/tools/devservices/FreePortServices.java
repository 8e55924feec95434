package org.musicrec.tools.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Dev services for tests, on free loopback ports. A port found free can be taken by another process
 * (or still be held in TIME_WAIT by an earlier broker, which Kafka's acceptor refuses to bind over)
 * before the broker binds it; CI saw that once. So the ports are chosen distinct, and a start that
 * fails is retried on fresh ports in a fresh folder (a KRaft log is formatted for its controller's
 * address and cannot move).
 */
public final class FreePortServices {

    static final int ATTEMPTS = 4;

    private FreePortServices() {
    }

    /** Started services with data under {@code dir}/services[-N]; the caller closes them. */
    public static DevServices start(Path dir, int partitions, List<String> topics) {
        return start(dir, partitions, topics, attempt -> distinctFreePorts(3));
    }

    /** With the ports of each attempt (kafka, controller, mongo) from {@code ports}. */
    static DevServices start(Path dir, int partitions, List<String> topics, java.util.function.IntFunction<int[]> portsOf) {
        Exception last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int[] ports = portsOf.apply(attempt);
            Path data = dir.resolve(attempt == 1 ? "services" : "services-" + attempt);
            DevServicesConfig d = DevServicesConfig.defaults(data);
            DevServices services = new DevServices(
                    new DevServicesConfig(data, d.host(), ports[0], ports[1], ports[2], partitions, topics));
            try {
                services.start();
                return services;
            } catch (Exception e) { // the Mongo server throws its BindException undeclared
                last = e;
                closeQuietly(services, e);
                System.err.println("dev services did not start on ports " + ports[0] + "," + ports[1] + ","
                        + ports[2] + " (attempt " + attempt + " of " + ATTEMPTS + "): " + e);
            }
        }
        throw new IllegalStateException("dev services did not start in " + ATTEMPTS + " attempts", last);
    }

    /** {@code n} different free loopback ports: every socket stays open until all are chosen. */
    public static int[] distinctFreePorts(int n) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : held) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // closing a listening socket we own; nothing to recover
                }
            }
        }
    }

    public static int freePort() {
        return distinctFreePorts(1)[0];
    }

    private static void closeQuietly(DevServices services, Exception cause) {
        try {
            services.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
