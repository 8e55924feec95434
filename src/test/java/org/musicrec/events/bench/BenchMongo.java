package org.musicrec.events.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.musicrec.tools.devservices.DevServicesConfig;

/** The embedded Mongo wire server's settings for a store bench: its files under {@code work}, a free loopback port. */
final class BenchMongo {
    private BenchMongo() {
    }

    static DevServicesConfig config(Path work) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return DevServicesConfig.defaults(work).withPorts(0, 0, port);
    }
}
