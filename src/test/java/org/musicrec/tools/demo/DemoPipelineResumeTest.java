package org.musicrec.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.admin.BatchJobs;
import org.musicrec.tools.generate.DemoDataGenerator;

/**
 * The demo's promise to a second start: stages finished in an earlier run are skipped, and the
 * stage a Ctrl-C interrupted is restarted from its execution's checkpoint, not launched anew.
 * Against an HTTP server that answers the admin API's shapes and records what was asked of it.
 */
class DemoPipelineResumeTest {

    private static final Pattern LAUNCH = Pattern.compile("/api/admin/jobs/([a-z-]+)");
    private static final Pattern RESTART = Pattern.compile("/api/admin/jobs/executions/(\\d+)/restart");
    private static final Pattern EXECUTION = Pattern.compile("/api/admin/jobs/executions/(\\d+)(/problems)?");

    @TempDir
    Path dir;
    HttpServer server;
    final List<String> calls = new ArrayList<>();
    final Map<Long, String> jobOf = new HashMap<>();
    final AtomicLong ids = new AtomicLong(100);
    /** The job whose next execution ends STOPPED, as when the demo is stopped mid-stage. */
    volatile String stopNext;
    final Map<Long, String> statusOf = new HashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aSecondRunSkipsFinishedStagesAndRestartsTheInterruptedOne() throws Exception {
        stopNext = BatchJobs.SAMPLE_AUDIO;
        DemoPipeline first = pipeline();
        first.run();
        assertEquals(List.of("launch catalog-import", "launch sample-audio"), calls);
        assertEquals("STOPPED", first.stages().get(2).status());
        long stopped = jobOf.entrySet().stream().filter(e -> e.getValue().equals(BatchJobs.SAMPLE_AUDIO)).findFirst().orElseThrow().getKey();

        calls.clear();
        DemoPipeline second = pipeline();
        second.run();
        assertEquals(List.of("restart " + stopped, "launch extract-features", "launch fit-pca", "launch replay-history",
                "launch train-als"), calls, "catalog-import skipped, sample-audio resumed, the rest launched");
        assertTrue(second.stages().get(1).earlier(), "catalog-import reported as done earlier: " + second.stages());
        assertTrue(second.stages().stream().skip(2).allMatch(s -> s.status().equals("COMPLETED")), second.stages().toString());

        calls.clear();
        DemoPipeline third = pipeline();
        third.run();
        assertEquals(List.of(), calls, "a third run finds every stage done");
        assertEquals(6, third.stages().stream().filter(DemoPipeline.StageResult::earlier).count());
    }

    @Test
    void anotherParameterMeansAnotherStage() throws Exception {
        pipeline().run();
        calls.clear();
        // Another seed changes every stage's key downstream of the data: all run again.
        new DemoPipeline(admin(), dir, DemoPipeline.Inputs.generated(), settings(8)).run();
        assertEquals(6, calls.stream().filter(c -> c.startsWith("launch ")).count(), calls.toString());
    }

    private DemoPipeline pipeline() {
        return new DemoPipeline(admin(), dir, DemoPipeline.Inputs.generated(), settings(7));
    }

    private AdminClient admin() {
        return new AdminClient("http://127.0.0.1:" + server.getAddress().getPort(), "admin", "pw");
    }

    private static DemoDataGenerator.Settings settings(long seed) {
        return new DemoDataGenerator.Settings(64, 0, 4, 0.5, 8_000, 10, 6, seed);
    }

    private synchronized void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String body;
        Matcher m;
        if (x.getRequestMethod().equals("POST") && (m = RESTART.matcher(path)).matches()) {
            long previous = Long.parseLong(m.group(1));
            calls.add("restart " + previous);
            body = execution(jobOf.get(previous));
        } else if (x.getRequestMethod().equals("POST") && (m = LAUNCH.matcher(path)).matches()) {
            calls.add("launch " + m.group(1));
            body = execution(m.group(1));
        } else if ((m = EXECUTION.matcher(path)).matches()) {
            long id = Long.parseLong(m.group(1));
            body = m.group(2) != null ? "{\"problems\":[]}"
                    : "{\"status\":\"" + statusOf.get(id) + "\",\"exitStatus\":\"" + statusOf.get(id)
                    + "\",\"steps\":[{\"step\":\"s\",\"status\":\"" + statusOf.get(id) + "\",\"read_count\":1}]}";
        } else if (path.equals("/api/system/messaging")) {
            body = "{\"consumers\":[{\"running\":true,\"lag\":0,\"lastPoll\":\"" + Instant.now() + "\"}]}";
        } else {
            x.sendResponseHeaders(404, -1);
            x.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    /** A new execution of {@code job}: STOPPED once for {@link #stopNext}, else COMPLETED. */
    private String execution(String job) {
        long id = ids.incrementAndGet();
        jobOf.put(id, job);
        boolean stop = job.equals(stopNext);
        if (stop) {
            stopNext = null;
        }
        statusOf.put(id, stop ? "STOPPED" : "COMPLETED");
        return "{\"executionId\":" + id + "}";
    }
}
