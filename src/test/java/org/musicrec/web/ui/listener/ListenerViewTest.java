package org.musicrec.web.ui.listener;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.musicrec.web.ui.LoopbackApi;

/**
 * The listener bean against a small server that behaves like serving: after a like has been
 * "folded in" (the second history read), the history shows it and the list changes.
 */
class ListenerViewTest {

    private HttpServer server;
    private final AtomicInteger historyReads = new AtomicInteger();
    private volatile boolean liked;
    private volatile boolean genresServed;
    private ListenerView view;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().toString();
            String body;
            int status = 200;
            if (path.startsWith("/api/users/samples")) {
                body = "{\"users\":[{\"userId\":\"u1\",\"interactions\":3}]}";
            } else if (path.startsWith("/api/users/u1/recommendations")) {
                body = liked ? "{\"userId\":\"u1\",\"modelVersion\":2,\"strategy\":\"als\",\"knownUser\":true,\"items\":[{\"trackId\":\"8\",\"title\":\"Eight\"}]}"
                        : "{\"userId\":\"u1\",\"modelVersion\":2,\"strategy\":\"als\",\"knownUser\":true,\"items\":[{\"trackId\":\"7\",\"title\":\"Seven\"}]}";
            } else if (path.startsWith("/api/users/nobody/recommendations")) {
                body = "{\"userId\":\"nobody\",\"modelVersion\":null,\"strategy\":\"popular\",\"knownUser\":false,\"items\":[]}";
            } else if (path.startsWith("/api/users/") && path.contains("/history")) {
                boolean folded = liked && historyReads.incrementAndGet() > 1;
                body = "{\"interactions\":[{\"trackId\":\"7\",\"title\":\"Seven\",\"plays\":1,\"likes\":" + (folded ? 1 : 0) + "}],\"topGenres\":[]}";
            } else if (path.equals("/api/genres") && genresServed) {
                body = "{\"genres\":[{\"id\":1,\"title\":\"Rock\"},{\"id\":2,\"title\":\"Jazz\"}]}";
            } else if (path.equals("/api/events")) {
                liked = true;
                status = 202;
                body = "{\"accepted\":[\"e1\"]}";
            } else {
                status = 404;
                body = "{}";
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        view = ListenerView.on(new ServingClient(new LoopbackApi("http://127.0.0.1:" + server.getAddress().getPort() + "/", null)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aLikeIsPostedFoldedInAndTheListReadAgain() {
        assertEquals("u1", view.getSamples().get(0).userId());
        view.choose("u1");
        assertEquals(List.of("7"), view.getItems().stream().map(Item::trackId).toList());
        assertEquals("Personal recommendations from model version 2.", view.getListNote());
        view.act("7", "like");
        assertEquals(List.of("8"), view.getItems().stream().map(Item::trackId).toList(), "the list read again after the fold-in");
        assertTrue(view.getHistory().get(0).getSummary().contains("1 like(s)"));
        assertEquals("like sent for Seven; the list below is fresh from the server", view.getNotice());
    }

    @Test
    void unknownListenerAndBadIdsAreSaidPlainly() {
        view.choose("nobody");
        assertEquals("We do not know nobody yet. No model has been trained yet: these are the most played tracks. There is nothing to recommend yet.",
                view.getListNote());
        view.choose("<script>");
        assertTrue(view.getProblem().startsWith("A listener id is"), view.getProblem());
        view.newListener();
        assertEquals("Could not get the genres: this server has no such endpoint yet.", view.getProblem());
        view.coldStart();
        assertTrue(view.getProblem().equals("Pick a genre or name a track first."), view.getProblem());
    }

    @Test
    void whatAPostedFormLeavesInTheViewIsBounded() {
        String huge = "u".repeat(2_000_000);
        view.setTypedUser(huge);
        assertEquals(ListenerView.MAX_USER_CHARS + 1, view.getTypedUser().length());
        view.show();
        assertTrue(view.getProblem().startsWith("A listener id is"), "too long is refused, not cut to a valid id");

        genresServed = true;
        view.newListener();
        List<String> posted = new java.util.ArrayList<>(List.of("Jazz", "Jazz"));
        for (int i = 0; i < 10_000; i++) {
            posted.add("not offered " + i);
        }
        view.setChosenGenres(posted);
        assertEquals(List.of("Jazz"), view.getChosenGenres());

        // Twenty valid ids padded with a megabyte of blanks: cut at the limit, it would still read as twenty ids.
        String tracks = String.join(",", java.util.Collections.nCopies(ListenerView.MAX_COLD_TRACKS, "7".repeat(64)));
        view.setChosenTracks(tracks + " ".repeat(1_000_000));
        assertEquals(ListenerView.MAX_TRACKS_CHARS + 1, view.getChosenTracks().length());
        view.coldStart();
        assertTrue(view.getProblem().startsWith("Name at most"), view.getProblem());
    }
}
