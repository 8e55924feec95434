package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.musicrec.tools.devservices.DevServices;

/**
 * The platform end to end on one Payara Micro (Arquillian) with the real Kafka broker and Mongo
 * wire server: readiness, the API root, an event through the producer bean, the broker and the
 * consumer bean into MongoDB (read back through JNoSQL), the dead-letter path, problem bodies,
 * and outages of either service with recovery. Every outage test restores the service it stopped.
 * It is the run's one Arquillian deployment (each costs a Payara boot), so the batch-job scenarios
 * of the capabilities run from here too, each in a class of its own (e.g. SampleAudioJobScenarios).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "musicrec.war")
                .importFrom(new File(System.getProperty("musicrec.it.war", "target/musicrec.war")))
                .as(WebArchive.class);
    }

    @ArquillianResource
    URL deployed;

    private Http app;
    private Http root;
    private final DevServices services = ItServices.get();

    /** The events API refuses unknown tracks: the ones these tests' events name must exist. */
    @BeforeAll
    static void tracksTheEventsName() {
        ActivityScenarios.ensureTracks(ItServices.get());
    }

    @BeforeEach
    void clients() {
        // Payara reports the machine's external address; the listener is bound to loopback only.
        root = new Http("http://127.0.0.1:" + deployed.getPort());
        app = new Http("http://127.0.0.1:" + deployed.getPort() + deployed.getPath()).withKey(ItServices.SERVICE_KEY);
    }

    @Test
    void readinessIsUpWithMongoAndKafka() {
        Http.Answer r = root.get("/health/ready");
        assertEquals(200, r.status(), r.body());
        assertEquals("UP", r.json().getString("status"));
        List<String> names = r.json().getJsonArray("checks").stream().map(v -> v.asJsonObject().getString("name")).sorted().toList();
        assertEquals(List.of("access", "consumers", "kafka", "mongo"), names);
    }

    @Test
    void apiRootGivesVersionAndLinks() {
        JsonObject body = app.get("api").json();
        assertEquals("musicrec", body.getString("name"));
        assertTrue(body.getString("version").matches("\\d+\\.\\d+.*"), body.toString());
        assertEquals("/openapi", body.getJsonObject("links").getString("openapi"));
    }

    @Test
    void acceptedEventIsConsumedAndStored() {
        String user = "it-" + UUID.randomUUID();
        Http.Answer accepted = app.post("api/events", "{\"userId\":\"" + user + "\",\"trackId\":\"2\",\"type\":\"play\",\"count\":12}");
        assertEquals(202, accepted.status(), accepted.body());
        String id = accepted.json().getJsonArray("accepted").getString(0);

        Http.Answer stored = Poll.until(Duration.ofSeconds(60), () -> app.get("api/events/" + id), a -> a.status() == 200,
                "the consumer to store event " + id);
        JsonObject e = stored.json();
        assertEquals(user, e.getString("userId"));
        assertEquals("play", e.getString("type"));
        assertEquals(12, e.getInt("count"));
    }

    @Test
    void clientEventIdIsKeptAndStoredOnceWhenSentTwice() {
        String id = "dup-" + UUID.randomUUID();
        String body = "{\"eventId\":\"" + id + "\",\"userId\":\"u-dup\",\"trackId\":\"5\",\"type\":\"like\"}";
        assertEquals(202, app.post("api/events", body).status());
        assertEquals(202, app.post("api/events", body).status());
        Http.Answer stored = Poll.until(Duration.ofSeconds(60), () -> app.get("api/events/" + id), a -> a.status() == 200, "event " + id);
        long offset = stored.json().getJsonNumber("offset").longValue();
        // Let the second copy be consumed as well, then check the first copy was not replaced.
        Poll.until(Duration.ofSeconds(60), () -> app.get("api/system/messaging").json(),
                j -> activityLoopsCaughtUp(j), "every user-activity consumer at lag 0");
        assertEquals(offset, app.get("api/events/" + id).json().getJsonNumber("offset").longValue());
    }

    @Test
    void poisonRecordGoesToDeadLetterTopicAndTheStreamFlowsOn() {
        String bootstrap = services.config().kafkaBootstrap();
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("user-activity", "poison-user", "{not json")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String ok = app.post("api/events", "{\"userId\":\"poison-user\",\"trackId\":\"3\",\"type\":\"skip\"}")
                .json().getJsonArray("accepted").getString(0);
        Poll.until(Duration.ofSeconds(60), () -> app.get("api/events/" + ok).status(), s -> s == 200, "the event after the poison one");

        Properties c = new Properties();
        c.put("bootstrap.servers", bootstrap);
        c.put("group.id", "it-dlt-" + UUID.randomUUID());
        c.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("user-activity.dlt"));
            ConsumerRecord<String, String> dead = Poll.until(Duration.ofSeconds(30), () -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if ("{not json".equals(r.value())) {
                        return r;
                    }
                }
                return null;
            }, r -> r != null, "the poison record on user-activity.dlt");
            String reason = new String(dead.headers().lastHeader("musicrec-error").value(), StandardCharsets.UTF_8);
            assertTrue(reason.startsWith("malformed event"), reason);
        }
    }

    @Test
    void invalidEventsAreRefusedWithAProblemNamingEachField() {
        Http.Answer r = app.post("api/events", "[{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"rate\",\"rating\":9},"
                + "{\"userId\":\"u\",\"trackId\":\"1\",\"type\":\"dance\"}]");
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        List<String> fields = r.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertEquals(List.of("[0].rating", "[1].type"), fields);
    }

    @Test
    void malformedJsonAndUnknownRoutesGetProblemBodies() {
        Http.Answer bad = app.post("api/events", "{\"userId\": ");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(400, bad.json().getInt("status"));
        Http.Answer missing = app.get("api/no-such-thing");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        Http.Answer unknownEvent = app.get("api/events/" + UUID.randomUUID());
        assertEquals(404, unknownEvent.status());
        assertEquals("Not Found", unknownEvent.json().getString("title"));
    }

    @Test
    void mongoOutageAnswers503AndRecoversWithTheDataKept() {
        String id = app.post("api/events", "{\"userId\":\"u-mongo\",\"trackId\":\"7\",\"type\":\"complete\"}")
                .json().getJsonArray("accepted").getString(0);
        Poll.until(Duration.ofSeconds(60), () -> app.get("api/events/" + id).status(), s -> s == 200, "event stored");
        services.mongo().close();
        try {
            Http.Answer down = Poll.until(Duration.ofSeconds(30), () -> root.get("/health/ready"), a -> a.status() == 503, "readiness DOWN");
            assertTrue(down.body().contains("\"mongo\"") && down.body().contains("reason"), down.body());
            Http.Answer unavailable = app.get("api/events/" + id);
            assertEquals(503, unavailable.status(), unavailable.body());
            assertTrue(unavailable.contentType().startsWith("application/problem+json"));
            assertEquals("5", unavailable.raw().headers().firstValue("Retry-After").orElse(""));
        } finally {
            services.mongo().start();
        }
        Poll.until(Duration.ofSeconds(60), () -> root.get("/health/ready").status(), s -> s == 200, "readiness UP again");
        assertEquals(200, app.get("api/events/" + id).status(), "the event stored before the restart is still there");
    }

    @Test
    void kafkaOutageAnswers503AndRecovers() {
        services.kafka().close();
        try {
            long t0 = System.nanoTime();
            Http.Answer r = app.post("api/events", "{\"userId\":\"u-kafka\",\"trackId\":\"8\",\"type\":\"play\"}");
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.status(), r.body());
            assertTrue(r.raw().headers().firstValue("Retry-After").isPresent());
            assertTrue(seconds < 15, "a send to a stopped broker must fail within a bound, took " + seconds + " s");
            Http.Answer health = root.get("/health/ready");
            assertEquals(503, health.status());
            assertTrue(health.body().contains("\"kafka\""), health.body());
        } finally {
            services.kafka().start();
        }
        Poll.until(Duration.ofSeconds(90), () -> root.get("/health/ready").status(), s -> s == 200, "readiness UP again");
        String id = Poll.until(Duration.ofSeconds(60),
                () -> app.post("api/events", "{\"userId\":\"u-kafka\",\"trackId\":\"8\",\"type\":\"play\"}"),
                a -> a.status() == 202, "an event accepted after the broker is back").json().getJsonArray("accepted").getString(0);
        Poll.until(Duration.ofSeconds(90), () -> app.get("api/events/" + id).status(), s -> s == 200, "event consumed after recovery");
    }

    @Test
    void adminApiRefusesMissingAndWrongCredentials() {
        Http.Answer none = app.anonymous().get("api/admin/jobs");
        assertEquals(401, none.status());
        assertTrue(none.contentType().startsWith("application/problem+json"));
        assertTrue(none.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, app.as(ItServices.ADMIN_USER, "wrong").get("api/admin/jobs").status());
        assertEquals(200, admin().get("api/admin/jobs").status());
    }

    /** Five wrong passwords from one address lock it for a second, the right password included; then it logs in. */
    @Test
    void adminLoginIsThrottledAfterRepeatedFailures() {
        Http wrong = app.as(ItServices.ADMIN_USER, "wrong");
        for (int i = 1; i <= 5; i++) {
            assertEquals(401, wrong.get("api/admin/jobs").status(), "failure " + i);
        }
        Http.Answer locked = admin().get("api/admin/jobs");
        assertEquals(429, locked.status(), "locked, even with the right password: " + locked.body());
        assertTrue(locked.contentType().startsWith("application/problem+json"), locked.contentType());
        assertEquals("1", locked.raw().headers().firstValue("Retry-After").orElse(""));
        Poll.until(Duration.ofSeconds(10), () -> admin().get("api/admin/jobs").status(), st -> st == 200, "the lock runs out");
        assertEquals(401, wrong.get("api/admin/jobs").status(), "a success started the count again: one failure is free");
        assertEquals(200, admin().get("api/admin/jobs").status());
    }

    @Test
    void sampleAudioJobExtractsTheLimitAndRecordsProblems() throws Exception {
        new SampleAudioJobScenarios(admin()).extractsTheLimitAndRecordsTheUnsafeEntry(ItServices.workDir().resolve("sampling-limit"));
    }

    @Test
    void sampleAudioJobRestartsFromItsCheckpoint() throws Exception {
        new SampleAudioJobScenarios(admin()).stoppedJobRestartsFromItsCheckpointWithEveryFileOnce(ItServices.workDir().resolve("sampling-restart"));
    }

    @Test
    void extractFeaturesRestartsAndFitPcaProjectsEveryTrack() throws Exception {
        new AudioJobScenarios(admin()).extractStopRestartThenFitPca(ItServices.workDir().resolve("audio-jobs"));
    }

    @Test
    void catalogImportRestartsRerunsInPlaceAndFeedsTheApi() throws Exception {
        new CatalogJobScenarios(admin(), app).importStopRestartRerunAndServe(ItServices.workDir().resolve("catalog-job"));
    }

    @Test
    void replayHistoryFeedsInteractionsOnce() throws Exception {
        new ReplayJobScenarios(admin()).replaysIntoInteractionsOnce(ItServices.workDir().resolve("replay-job"));
    }

    @Test
    void trainAlsThenServeRecommendations() throws Exception {
        new RecommendationScenarios(app, admin()).trainServeFoldInColdStartAndSwap();
    }

    @Test
    void trainAlsWithTuneRecordsItsCandidatesAndServesTheWinner() throws Exception {
        new TuningScenarios(app, admin()).tunedVersionListsItsCandidatesAndTheWinnerIsServed();
    }

    @Test
    void unknownTrackIsRefusedByField() {
        activity().unknownTrackIsRefusedByFieldAndNothingIsSent();
    }

    @Test
    void brokerRestartUnderSteadyLoadCountsEveryAcceptedEventOnce() throws Exception {
        activity().brokerRestartUnderSteadyLoadCountsEveryAcceptedEventOnce();
    }

    @Test
    void activityFiguresAreServedToTheAdministratorAndAsMetrics() {
        activity().activityFiguresAreServedToTheAdministratorAndAsMetrics();
    }

    @Test
    void mongoOutageWhileApplyingEventsLosesAndDuplicatesNothing() throws Exception {
        new MongoOutageScenarios(app, admin(), services).consumerWaitsOutTheOutageAndDrainsExactly();
    }

    @Test
    void badInputAtEveryDoorIsRefusedClearly() {
        new BadInputScenarios(app, root, admin(), services).everyDoorRefusesClearlyAndNothingIsDamaged();
    }

    @Test
    void noSpellingOfAConsolePageOrAdminRouteGetsThrough() {
        new StrangerScenarios("http://127.0.0.1:" + deployed.getPort(), admin(), ItServices.SERVICE_KEY)
                .noSpellingReachesTheConsoleOrTheAdminApi();
    }

    @Test
    void listenerDataNeedsAValidServiceKey() {
        new StrangerScenarios("http://127.0.0.1:" + deployed.getPort(), admin(), ItServices.SERVICE_KEY)
                .listenerDataNeedsAKey(app.anonymous(), ItServices.OLD_SERVICE_KEY);
    }

    @Test
    void poisonEventsAreRefusedAtTheDoorAndTheNextIsApplied() {
        new PoisonEventScenarios(app, services).refusedAtTheDoorAndTheNextEventIsApplied();
    }

    @Test
    void poisonRecordsPastTheDoorAreDeadLetteredAndTheNextIsApplied() throws Exception {
        new PoisonEventScenarios(app, services).pastTheDoorToTheDeadLetterTopicAndTheNextEventIsApplied();
    }

    @Test
    void generatedEventsAreRefusedByFieldOrApplied() {
        new EventFuzzScenarios(app).everyGeneratedEventIsRefusedByFieldOrApplied("20261202", 400);
    }

    private ActivityScenarios activity() {
        return new ActivityScenarios(app, admin(), root, services);
    }

    @Test
    void adminConsoleInTheBrowser() throws Exception {
        Browser.requireInstalled();
        new ConsoleScenarios(app, "http://127.0.0.1:" + deployed.getPort() + deployed.getPath())
                .loginLaunchWatchProblemsLogout(ItServices.workDir().resolve("console"));
    }

    @Test
    void adminPipelineRunsJobsInOrder() throws Exception {
        new PipelineScenarios(admin()).runsStagesInOrderAndStopsAtAFailure(ItServices.workDir().resolve("pipeline"));
    }

    @Test
    void listenerPageInTheBrowser() throws Exception {
        Browser.requireInstalled();
        ListenerScenarios s = new ListenerScenarios(app, admin(), "http://127.0.0.1:" + deployed.getPort() + deployed.getPath());
        s.prepare(ItServices.workDir().resolve("listener"));
        s.chooseSeeLikeAndSeeTheListChange();
        s.newListenerGetsAColdStartList();
    }

    @Test
    void listenerExperienceInTheBrowser() throws Exception {
        Browser.requireInstalled();
        new ListenerExperienceScenarios(app, admin(), "http://127.0.0.1:" + deployed.getPort() + deployed.getPath())
                .run(ItServices.workDir().resolve("listener-experience"));
    }

    private Http admin() {
        return app.as(ItServices.ADMIN_USER, ItServices.ADMIN_PASSWORD);
    }

    @Test
    void listenerPageIsServedAtTheRoot() {
        Http.Answer page = app.get("");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"status-mongo\""), page.body());
    }

    /** Every loop on the activity topic (whichever CDI started first) has consumed to the end; there is at least one. */
    static boolean activityLoopsCaughtUp(jakarta.json.JsonObject messaging) {
        List<jakarta.json.JsonObject> loops = messaging.getJsonArray("consumers").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(c -> "user-activity".equals(c.getString("topic"))).toList();
        return !loops.isEmpty() && loops.stream().allMatch(c -> c.getJsonNumber("lag").longValue() == 0);
    }
}
