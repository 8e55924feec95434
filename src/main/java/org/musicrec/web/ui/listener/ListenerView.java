package org.musicrec.web.ui.listener;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.musicrec.web.ui.LoopbackApi;

/**
 * Backs the listener's page: pick a sample listener, type an id, or start as a new listener
 * (cold start from chosen genres and tracks); recommendations as cards whose buttons post real
 * events, after which the page waits briefly for the event to be folded into the listener's
 * history and reads the list again from the server; history, top genres and similar tracks.
 * Every failure is a sentence on the page. Anyone may open the page, so what a view holds between
 * requests is bounded whatever is posted: typed fields are cut past their limits, chosen genres are
 * among those offered, and the lists are the API's short answers.
 */
@Named("listenerView")
@ViewScoped
public class ListenerView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIST_SIZE = 10;
    static final Set<String> ACTIONS = Set.of("play", "like", "skip", "dislike");
    /** What the page's players report: played to the end, or stopped within the first seconds. */
    static final Set<String> PLAYER_SIGNALS = Set.of("complete", "skip");
    static final int RADIO_SIZE = 20;
    static final int MAX_QUERY_CHARS = 200;
    static final Set<String> SIMILAR_BY = Set.of("audio", "cf", "hybrid");
    /** What a typed user id may be: the events API's ids, without spaces or markup. */
    static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9:._@-]{1,128}");
    static final Pattern TRACK_ID = Pattern.compile("[A-Za-z0-9:._-]{1,64}");
    static final int MAX_COLD_TRACKS = 20;
    /** The longest track list the page's field takes (its maxlength; the server enforces it too). */
    static final int MAX_TRACKS_CHARS = 1500;
    /** The longest listener id (see {@link #USER_ID}). */
    static final int MAX_USER_CHARS = 128;
    /** How long an action waits for its event to show in the history before reading the list anyway. */
    static final long FOLD_IN_WAIT_MS = 6000;

    /** The page acts for whichever listener is picked, with the server's page key (ServiceKeys). */
    @jakarta.inject.Inject
    org.musicrec.platform.security.ServiceKeys keys;

    private transient ServingClient client;
    private String mode = "user";
    private String userId = "";
    private String typedUser = "";
    private List<ServingClient.SampleUser> samples = List.of();
    private String samplesProblem;
    private ServingClient.Recommendations recommendations;
    private ServingClient.History history;
    private String problem;
    private String notice;
    private String similarTo;
    private String similarBy;
    private List<Item> similar = List.of();
    private String similarProblem;
    private List<String> genres = List.of();
    private List<String> chosenGenres = new ArrayList<>();
    private String chosenTracks = "";
    private int refreshes;
    /** View parameters: the address says which listener, similar list and radio are shown (bookmarks, the back button). */
    private String listenerParam;
    private String similarParam;
    private String byParam;
    private String radioParam;
    private String radioSeed;
    private List<Item> radio = List.of();
    private String radioProblem;
    private String query = "";
    private List<Item> found = List.of();
    private String searchProblem;
    private String signalTrack = "";
    private String signalType = "";
    private String signalNote = "";

    @PostConstruct
    void init() {
        ServingClient.Result<List<ServingClient.SampleUser>> r = client().samples(12);
        samples = r.ok() ? r.value() : List.of();
        samplesProblem = r.ok() ? null : r.problem();
    }

    private ServingClient client() {
        if (client == null) {
            client = new ServingClient(LoopbackApi.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
                    .withServiceKey(keys.pageKey()));
        }
        return client;
    }

    /** Runs once per GET: opens what the address names. */
    public void open() {
        FacesContext fc = FacesContext.getCurrentInstance();
        if (fc != null && fc.isPostback()) {
            return;
        }
        if (listenerParam != null && !listenerParam.isBlank()) {
            typedUser = bounded(listenerParam.trim(), MAX_USER_CHARS);
            show();
        }
        if (similarParam != null && TRACK_ID.matcher(similarParam).matches()) {
            showSimilar(similarParam, byParam == null ? "hybrid" : byParam);
        }
        if (radioParam != null && TRACK_ID.matcher(radioParam).matches()) {
            startRadio(radioParam);
        }
    }

    /** A radio from a track, for the listener shown (if any); the page's player moves through it. */
    public void startRadio(String trackId) {
        radioSeed = trackId;
        ServingClient.Result<List<Item>> r = client().radio(trackId, "user".equals(mode) ? userId : null, RADIO_SIZE);
        radio = r.ok() ? r.value() : List.of();
        radioProblem = r.ok() ? null : r.problem();
    }

    public void search() {
        String q = query == null ? "" : query.trim();
        if (q.isEmpty() || q.length() > MAX_QUERY_CHARS) {
            searchProblem = "Type 1 to " + MAX_QUERY_CHARS + " characters of a title or an artist.";
            found = List.of();
            return;
        }
        ServingClient.Result<List<Item>> r = client().search(q, LIST_SIZE);
        found = r.ok() ? r.value() : List.of();
        searchProblem = r.ok() ? (found.isEmpty() ? "Nothing in the catalogue matches." : null) : r.problem();
    }

    /** A player's report (complete at the end, skip when stopped early): posted as is, the list is not reloaded under the player. */
    public void signal() {
        if (!"user".equals(mode) || userId.isEmpty() || !PLAYER_SIGNALS.contains(signalType) || !TRACK_ID.matcher(signalTrack).matches()) {
            signalNote = "";
            return;
        }
        ServingClient.Result<String> sent = client().event(userId, signalTrack, signalType);
        signalNote = sent.ok() ? signalType + " sent for track " + signalTrack : sent.problem();
    }

    /** The typed listener opens at their own address ({@code /?listener=id}), so it can be bookmarked and the back button works. */
    public String openTyped() {
        String id = typedUser == null ? "" : typedUser.trim();
        if (!USER_ID.matcher(id).matches()) {
            clear();
            problem = "A listener id is 1 to 128 letters, digits or : . _ @ -";
            return null;
        }
        return "index?faces-redirect=true&listener=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    public void choose(String id) {
        typedUser = id;
        show();
    }

    public void show() {
        String id = typedUser == null ? "" : typedUser.trim();
        clear();
        if (!USER_ID.matcher(id).matches()) {
            problem = "A listener id is 1 to 128 letters, digits or : . _ @ -";
            return;
        }
        mode = "user";
        userId = id;
        load();
    }

    public void newListener() {
        clear();
        mode = "new";
        userId = "";
        ServingClient.Result<List<String>> g = client().topGenres();
        genres = g.ok() ? g.value() : List.of();
        if (!g.ok()) {
            problem = g.problem();
        }
    }

    public void coldStart() {
        recommendations = null;
        problem = null;
        List<String> tracks = Arrays.stream(chosenTracks == null ? new String[0] : chosenTracks.split("[,\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        if (chosenTracks != null && chosenTracks.length() > MAX_TRACKS_CHARS
                || tracks.size() > MAX_COLD_TRACKS || !tracks.stream().allMatch(t -> TRACK_ID.matcher(t).matches())) {
            problem = "Name at most " + MAX_COLD_TRACKS + " track ids, separated by commas.";
            return;
        }
        if (tracks.isEmpty() && chosenGenres.isEmpty()) {
            problem = "Pick a genre or name a track first.";
            return;
        }
        ServingClient.Result<ServingClient.Recommendations> r = client().coldStart(chosenGenres, tracks, LIST_SIZE);
        if (r.ok()) {
            recommendations = r.value();
            refreshes++;
        } else {
            problem = r.problem();
        }
    }

    /** Posts the event, waits (bounded) until the history shows it, then reads the list again. */
    public void act(String trackId, String type) {
        if (!"user".equals(mode) || userId.isEmpty() || !ACTIONS.contains(type)) {
            problem = "Choose a listener first.";
            return;
        }
        ServingClient.Result<String> sent = client().event(userId, trackId, type);
        if (!sent.ok()) {
            problem = sent.problem();
            return;
        }
        String name = title(trackId); // before the list is read again: the track may leave it
        String before = signature(history, trackId);
        long deadline = System.currentTimeMillis() + FOLD_IN_WAIT_MS;
        ServingClient.Result<ServingClient.History> h;
        do {
            h = client().history(userId, 20);
            if (h.ok() && !signature(h.value(), trackId).equals(before)) {
                break;
            }
            sleep(250);
        } while (System.currentTimeMillis() < deadline);
        // The interaction is stored before the serving layer has folded it in (that runs just after,
        // asynchronously): within the same deadline, wait for the list itself to change too.
        List<String> shown = recommendations == null ? List.of() : recommendations.items().stream().map(Item::trackId).toList();
        while (System.currentTimeMillis() < deadline) {
            ServingClient.Result<ServingClient.Recommendations> r = client().recommendations(userId, LIST_SIZE, null);
            if (r.ok() && !r.value().items().stream().map(Item::trackId).toList().equals(shown)) {
                break;
            }
            sleep(250);
        }
        load();
        notice = type + " sent for " + name + (h.ok() && !signature(h.value(), trackId).equals(before) ? "; the list below is fresh from the server"
                : "; it is not folded in yet, the list may not show it");
    }

    public void showSimilar(String trackId, String by) {
        similarTo = trackId;
        similarBy = SIMILAR_BY.contains(by) ? by : "hybrid";
        ServingClient.Result<List<Item>> r = client().similar(trackId, similarBy, LIST_SIZE);
        similar = r.ok() ? r.value() : List.of();
        similarProblem = r.ok() ? null : r.problem();
    }

    private void load() {
        ServingClient.Result<ServingClient.Recommendations> r = client().recommendations(userId, LIST_SIZE, null);
        recommendations = r.ok() ? r.value() : null;
        problem = r.ok() ? null : r.problem();
        ServingClient.Result<ServingClient.History> h = client().history(userId, 20);
        history = h.ok() ? h.value() : null;
        if (!h.ok() && problem == null) {
            problem = h.problem();
        }
        refreshes++;
    }

    private void clear() {
        recommendations = null;
        history = null;
        problem = null;
        notice = null;
        similar = List.of();
        similarTo = null;
        similarProblem = null;
    }

    private String title(String trackId) {
        if (recommendations != null) {
            for (Item i : recommendations.items()) {
                if (i.trackId().equals(trackId)) {
                    return i.getTitle();
                }
            }
        }
        return "track " + trackId;
    }

    static String signature(ServingClient.History h, String trackId) {
        if (h == null) {
            return "";
        }
        return h.interactions().stream().filter(p -> p.trackId().equals(trackId)).map(ServingClient.Played::getSummary).findFirst().orElse("");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The sentence above the cards: how the list was made, and the empty states. */
    public String getListNote() {
        if (recommendations == null) {
            return "";
        }
        ServingClient.Recommendations r = recommendations;
        String how = switch (r.strategy()) {
            case "als" -> "Personal recommendations from model version " + r.modelVersion() + ".";
            case "cold-start" -> "A first list from what you picked.";
            case "popular" -> r.modelVersion() == null ? "No model has been trained yet: these are the most played tracks."
                    : "Popular tracks.";
            default -> "";
        };
        if ("user".equals(mode) && !r.knownUser()) {
            how = "We do not know " + userId + " yet. " + how;
        }
        return r.items().isEmpty() ? how + " There is nothing to recommend yet." : how;
    }

    public List<Item> getItems() {
        return recommendations == null ? List.of() : recommendations.items();
    }

    public List<ServingClient.Played> getHistory() {
        return history == null ? List.of() : history.interactions();
    }

    public List<ServingClient.GenreWeight> getTopGenres() {
        return history == null ? List.of() : history.topGenres();
    }

    public String getMode() {
        return mode;
    }

    public String getUserId() {
        return userId;
    }

    public String getTypedUser() {
        return typedUser;
    }

    public void setTypedUser(String typedUser) {
        this.typedUser = bounded(typedUser, MAX_USER_CHARS);
    }

    public List<ServingClient.SampleUser> getSamples() {
        return samples;
    }

    public String getSamplesProblem() {
        return samplesProblem;
    }

    public String getProblem() {
        return problem;
    }

    public String getNotice() {
        return notice;
    }

    public String getSimilarTo() {
        return similarTo;
    }

    public String getSimilarBy() {
        return similarBy;
    }

    public List<Item> getSimilar() {
        return similar;
    }

    public String getSimilarProblem() {
        return similarProblem;
    }

    public List<String> getGenres() {
        return genres;
    }

    public List<String> getChosenGenres() {
        return chosenGenres;
    }

    /** Only genres the page offered are kept: whatever else a posted form names is dropped, not held in the session. */
    public void setChosenGenres(List<String> chosenGenres) {
        this.chosenGenres = chosenGenres == null ? new ArrayList<>()
                : new ArrayList<>(chosenGenres.stream().filter(genres::contains).distinct().toList());
    }

    public String getChosenTracks() {
        return chosenTracks;
    }

    public void setChosenTracks(String chosenTracks) {
        this.chosenTracks = bounded(chosenTracks, MAX_TRACKS_CHARS);
    }

    /**
     * What a posted field leaves in the view (kept in the session between requests): a browser keeps
     * to the field's maxlength, a script need not. A longer value is cut one character past the limit,
     * so the action still refuses it as too long rather than acting on a prefix.
     */
    static String bounded(String value, int maxChars) {
        return value == null || value.length() <= maxChars ? value : value.substring(0, maxChars + 1);
    }

    public String getListenerParam() {
        return listenerParam;
    }

    public void setListenerParam(String v) {
        listenerParam = bounded(v, MAX_USER_CHARS);
    }

    public String getSimilarParam() {
        return similarParam;
    }

    public void setSimilarParam(String v) {
        similarParam = bounded(v, 64);
    }

    public String getByParam() {
        return byParam;
    }

    public void setByParam(String v) {
        byParam = bounded(v, 8);
    }

    public String getRadioParam() {
        return radioParam;
    }

    public void setRadioParam(String v) {
        radioParam = bounded(v, 64);
    }

    public String getRadioSeed() {
        return radioSeed;
    }

    public List<Item> getRadio() {
        return radio;
    }

    public String getRadioProblem() {
        return radioProblem;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String q) {
        query = bounded(q, MAX_QUERY_CHARS);
    }

    public List<Item> getFound() {
        return found;
    }

    public String getSearchProblem() {
        return searchProblem;
    }

    public String getSignalTrack() {
        return signalTrack;
    }

    public void setSignalTrack(String v) {
        signalTrack = v == null ? "" : bounded(v, 64);
    }

    public String getSignalType() {
        return signalType;
    }

    public void setSignalType(String v) {
        signalType = v == null ? "" : bounded(v, 8);
    }

    public String getSignalNote() {
        return signalNote;
    }

    /** The listener shown, for links that keep it in the address (empty for none). */
    public String getListenerInAddress() {
        return "user".equals(mode) ? userId : "";
    }

    public int getRefreshes() {
        return refreshes;
    }

    /** For tests: the bean on a given client, without CDI or Faces. */
    static ListenerView on(ServingClient client) {
        ListenerView v = new ListenerView();
        v.client = client;
        v.init();
        return v;
    }
}
