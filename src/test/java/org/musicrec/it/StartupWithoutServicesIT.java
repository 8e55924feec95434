package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.musicrec.tools.devservices.DevServices;
import org.musicrec.tools.devservices.DevServicesConfig;
import org.musicrec.tools.devservices.PayaraMicroLauncher;

/**
 * Payara Micro started (by the demo's own launcher) while neither Kafka nor Mongo is there: the
 * application still deploys, readiness is DOWN with reasons, requests that need a service get 503
 * problem bodies, and once the services appear on the configured addresses it recovers by itself.
 * No service key is configured here, so it also shows listener data open and said to be open.
 */
class StartupWithoutServicesIT {

    @Test
    void deploysWithoutServicesAndRecoversWhenTheyStart() throws Exception {
        Path work = ItServices.workDir().resolve("startup-without-services");
        ItServices.deleteTree(work);
        DevServicesConfig later = DevServicesConfig.defaults(work.resolve("services"))
                .withPorts(ItServices.freePort(), ItServices.freePort(), ItServices.freePort());
        int httpPort = ItServices.freePort();
        PayaraMicroLauncher.Options options = new PayaraMicroLauncher.Options(
                Path.of(System.getProperty("musicrec.it.payara-micro", "target/payara-micro.jar")),
                Path.of(System.getProperty("musicrec.it.war", "target/musicrec.war")),
                Path.of("payara-config"), work.resolve("payara"), "127.0.0.1", httpPort,
                Map.of("MONGO_URI", later.mongoUri(), "KAFKA_BOOTSTRAP", later.kafkaBootstrap(), "DATA_DIR", ".", "ADMIN_HASH", ""),
                List.of("-Xmx1500m"));
        int httpsPort = ItServices.freePort();
        Path keystore = TlsFixture.keystore(work.resolve("tls"), "it-secret");
        try (PayaraMicroLauncher payara = new PayaraMicroLauncher(options)
                .withTls(new PayaraMicroLauncher.Tls(httpsPort, keystore, "it-secret", TlsFixture.ALIAS))) {
            payara.start();
            assertEquals(503, payara.awaitDeployed(Duration.ofMinutes(6), false), "deployed, but not ready");
            Http root = new Http(payara.baseUrl());
            TlsFixture.servesHttpsWithSecureCookiesAndHeaders(payara.baseUrl(), "https://127.0.0.1:" + httpsPort, keystore, "it-secret");

            Http.Answer health = root.get("/health/ready");
            assertEquals("DOWN", health.json().getString("status"));
            assertTrue(health.body().contains("reason"), health.body());

            // No service key configured: listener data is open, and the server says so plainly.
            assertTrue(root.get("/api").json().getJsonObject("access").getString("listenerData").startsWith("OPEN"),
                    root.get("/api").body());
            assertTrue(health.body().contains("OPEN to anyone"), health.body());

            Http.Answer read = root.get("/api/events/anything");
            assertEquals(503, read.status(), read.body());
            assertTrue(read.contentType().startsWith("application/problem+json"));
            Http.Answer write = root.post("/api/events", "{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"play\"}");
            assertEquals(503, write.status(), write.body());
            assertTrue(write.raw().headers().firstValue("Retry-After").isPresent());

            try (DevServices services = new DevServices(later)) {
                services.start();
                ActivityScenarios.ensureTracks(services); // the events API refuses tracks the catalogue lacks
                Poll.until(Duration.ofSeconds(90), () -> root.get("/health/ready").status(), s -> s == 200, "readiness UP");
                String id = Poll.until(Duration.ofSeconds(60),
                        () -> root.post("/api/events", "{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"play\"}"),
                        a -> a.status() == 202, "an accepted event").json().getJsonArray("accepted").getString(0);
                Poll.until(Duration.ofSeconds(90), () -> root.get("/api/events/" + id).status(), s -> s == 200,
                        "the consumer, started while Kafka was down, to store the event");
            }
        }
    }
}
