package org.musicrec.catalog.bench;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded Mongo server for bench/catalog.sh, in its own JVM so the import's memory is
 * measured alone: {@code BenchMongoServer memory|h2 <h2-file> <port>}. Prints its CPU time and
 * peak RSS when stopped (SIGTERM).
 */
public final class BenchMongoServer {
    private BenchMongoServer() {
    }

    public static void main(String[] args) throws Exception {
        MongoBackend backend = "h2".equals(args[0]) ? new H2Backend(args[1]) : new MemoryBackend();
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", Integer.parseInt(args[2]));
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            ProcessHandle.current().info().totalCpuDuration().ifPresent(cpu ->
                    System.err.printf("mongo server CPU %.1f s%n", cpu.toMillis() / 1000.0));
            try {
                Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                        .forEach(l -> System.err.println("mongo server peak RSS " + l.replaceAll("\\s+", " ")));
            } catch (Exception ignored) {
                // the figure is optional
            }
            done.countDown();
        }));
        System.out.println("listening on 127.0.0.1:" + args[2] + " (" + args[0] + ")");
        System.out.flush();
        done.await();
    }
}
