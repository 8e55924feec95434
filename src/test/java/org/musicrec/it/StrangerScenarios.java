package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What a stranger tries at the doors nobody here chose: every spelling of every console page and
 * admin route, anonymous and with a service key (which is not the administrator's), and listener
 * data without a key and with a wrong one. Nothing but the login page, 400, 401, 403, 404 or 405
 * may come back; no spelling may change anything.
 */
final class StrangerScenarios {

    static final List<String> CONSOLE_PAGES = List.of("/admin/jobs.xhtml", "/admin/models.xhtml", "/admin/activity.xhtml",
            "/admin/map.xhtml", "/admin/", "/admin/index.xhtml");
    static final List<String> ADMIN_READS = List.of("/api/admin/jobs", "/api/admin/models", "/api/admin/activity",
            "/api/admin/pipeline", "/api/admin/jobs/executions/1", "/api/admin/jobs/executions/1/problems");
    static final List<String> ADMIN_WRITES = List.of("/api/admin/models/1/activate", "/api/admin/jobs/train-als",
            "/api/admin/jobs/executions/1/stop", "/api/admin/jobs/executions/1/restart", "/api/admin/pipeline",
            "/api/admin/pipeline/stop");

    private final RawHttp raw;
    private final Http admin;
    private final String serviceKey;

    StrangerScenarios(String baseUrl, Http admin, String serviceKey) {
        URI u = URI.create(baseUrl);
        this.raw = new RawHttp(u.getHost(), u.getPort());
        this.admin = admin;
        this.serviceKey = serviceKey;
    }

    void noSpellingReachesTheConsoleOrTheAdminApi() {
        String modelsBefore = admin.get("api/admin/models").body();
        String jobsBefore = admin.get("api/admin/jobs").body();
        List<String> leaks = new ArrayList<>();
        int tried = 0;
        for (String as : new String[] {"", "Authorization: Bearer " + serviceKey + "\r\n"}) {
            for (String page : CONSOLE_PAGES) {
                for (String spelling : PathSpellings.of(page)) {
                    tried++;
                    check("GET", spelling, as, "", null, leaks);
                    tried++;
                    check("POST", spelling, as, "Content-Type: application/x-www-form-urlencoded\r\n", "", leaks);
                }
            }
            for (String route : ADMIN_READS) {
                for (String spelling : PathSpellings.of(route)) {
                    tried++;
                    check("GET", spelling, as, "", null, leaks);
                }
            }
            for (String route : ADMIN_WRITES) {
                for (String spelling : PathSpellings.of(route)) {
                    tried++;
                    check("POST", spelling, as, "", "{}", leaks);
                }
            }
        }
        assertTrue(leaks.isEmpty(), leaks.size() + " of " + tried + " requests were let through:\n" + String.join("\n", leaks));
        assertTrue(tried > 1000, "the matrix is as large as intended: " + tried);
        assertEquals(modelsBefore, admin.get("api/admin/models").body(), "no spelling changed the model versions");
        assertEquals(jobsBefore, admin.get("api/admin/jobs").body(), "no spelling launched, stopped or restarted a job");
    }

    /** A refusal, or redirects (at most three, on this server) that end at the login page or a refusal. */
    private void check(String method, String target, String credentials, String contentType, String body, List<String> leaks) {
        RawHttp.Answer a = raw.send(method, target, credentials + contentType, body);
        String chain = method + " " + target + (credentials.isEmpty() ? "" : " (service key)");
        for (int hop = 0; hop < 3 && a.status() >= 300 && a.status() < 400; hop++) {
            String location = a.header("Location");
            if (URI.create(location).getPath() != null && URI.create(location).getPath().equals("/admin/login.xhtml")) {
                return;
            }
            String next = URI.create(location).getRawPath();
            chain += " -> " + a.status() + " " + next;
            a = raw.send("GET", next, credentials, null);
        }
        if (a.status() >= 400 && a.status() < 500 && a.status() != 429) {
            return;
        }
        // Payara answers some POSTs to a path ending in "/." with an empty 200 of its own, without
        // dispatching to the application (even with an invalid key, which the application refuses
        // with a 401). Every answer the application makes carries its Content-Security-Policy.
        if (a.status() == 200 && a.body().isEmpty() && a.header("Content-Security-Policy").isEmpty()) {
            return;
        }
        leaks.add(chain + " -> " + a.head().replace("\r\n", " | ") + " :: "
                + a.body().substring(0, Math.min(120, a.body().length())).replace('\n', ' '));
    }

    /** Listener data needs a valid key (either of the two configured); catalogue reads and the API root stay public. */
    void listenerDataNeedsAKey(Http anonymous, String oldKey) {
        List<String> reads = List.of("api/users/u1/recommendations", "api/users/u1/history", "api/users/samples",
                "api/events/no-such-event", "recommendations/u1");
        for (Http who : List.of(anonymous, anonymous.withKey("wrong-" + serviceKey), anonymous.withKey(""))) {
            for (String path : reads) {
                Http.Answer r = who.get(path);
                assertEquals(401, r.status(), path + ": " + r.body());
                assertTrue(r.contentType().startsWith("application/problem+json"), path + " " + r.contentType());
                assertTrue(r.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
            }
            Http.Answer post = who.post("api/events", "{\"userId\":\"stranger\",\"trackId\":\"1\",\"type\":\"play\"}");
            assertEquals(401, post.status(), post.body());
            Http.Answer cold = who.post("api/recommendations/cold-start", "{\"genres\":[],\"tracks\":[\"1\"],\"n\":3}");
            assertEquals(401, cold.status(), cold.body());
        }
        for (String key : List.of(serviceKey, oldKey)) {
            Http keyed = anonymous.withKey(key);
            assertEquals(200, keyed.get("api/users/u1/recommendations?n=3").status(), "key works");
            assertEquals(200, keyed.get("api/users/samples").status());
            assertEquals(202, keyed.post("api/events", "{\"userId\":\"keyed\",\"trackId\":\"1\",\"type\":\"play\"}").status());
            Http.Answer adminWithKey = keyed.get("api/admin/jobs");
            assertTrue(adminWithKey.status() == 401 || adminWithKey.status() == 403, "a service key is not the administrator's: "
                    + adminWithKey.status());
        }
        for (String path : List.of("api", "api/tracks?size=1", "api/genres", "api/tracks/1/similar?n=3", "openapi")) {
            int s = anonymous.get(path).status();
            assertTrue(s == 200 || s == 404, path + " stays public: " + s);
            assertTrue(s != 401, path);
        }
    }
}
