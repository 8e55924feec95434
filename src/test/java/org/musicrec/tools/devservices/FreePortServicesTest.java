package org.musicrec.tools.devservices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retry that keeps a port taken between choosing and binding from failing a test run. */
class FreePortServicesTest {

    @TempDir
    Path dir;

    @Test
    void aPortTakenBeforeTheBindIsRetriedOnFreshPortsInAFreshFolder() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int busy = taken.getLocalPort();
            int[] attempts = new int[1];
            try (DevServices services = FreePortServices.start(dir, 1, List.of("t"), attempt -> {
                attempts[0] = attempt;
                int[] p = FreePortServices.distinctFreePorts(3);
                if (attempt == 1) {
                    p[2] = busy; // the Mongo server's port is already held: its bind fails
                }
                return p;
            })) {
                assertEquals(2, attempts[0], "started on the second attempt");
                assertNotEquals(busy, services.config().mongoPort());
                assertEquals(dir.resolve("services-2"), services.config().dataDir());
                assertEquals(true, Files.isDirectory(services.config().dataDir().resolve("kafka")));
            }
        }
    }

    @Test
    void portsOfOneCallAreDistinct() {
        int[] p = FreePortServices.distinctFreePorts(8);
        assertEquals(8, Arrays.stream(p).distinct().count());
    }
}
