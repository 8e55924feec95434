package org.musicrec.web.api;

import org.musicrec.platform.http.Problem;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.musicrec.recommend.serving.RecommendationAnswers;
import org.musicrec.recommend.serving.Recommender;

/**
 * The old prototype's route, kept at the root: {@code GET /recommendations/{userId}} answers the
 * top 5 as a JSON array of the same item objects as {@code /api/users/{userId}/recommendations}.
 * It lives outside the JAX-RS application (mounted at /api), so errors are written as problem
 * bodies here.
 */
@WebServlet("/recommendations/*")
public class LegacyRecommendationsServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(LegacyRecommendationsServlet.class.getName());
    static final int TOP = 5;
    /** Thread-safe, and costly to make: one for the servlet's life. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    Recommender recommender;

    @Inject
    RecommendationAnswers answers;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String userId = path == null ? "" : path.substring(1);
        try {
            Arguments.id("userId", userId);
        } catch (ValidationProblemException e) {
            e.problem().writeTo(resp);
            return;
        }
        try {
            write(resp, 200, "application/json", JSONB.toJson(answers.items(recommender.forUser(userId, TOP, null).items())));
        } catch (RuntimeException e) {
            String incident = java.util.UUID.randomUUID().toString();
            LOG.log(Level.WARNING, "legacy recommendations failed, incident " + incident, e);
            Problem.of(503, "Service Unavailable",
                    "recommendations are unavailable; incident " + incident + " is in the server log").writeTo(resp);
        }
    }

    private static void write(HttpServletResponse resp, int status, String type, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
