package org.musicrec.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that service clients present as {@code Authorization: Bearer <key>} for listener data,
 * stored only as hashes ({@code musicrec.api.key-hashes}, comma-separated, so an old and a new key
 * can both be valid while clients move over). With none configured the listener-data API is open,
 * which the startup log, {@code /api} and readiness say plainly.
 * <p>
 * One more key lives only in memory: the page key, made at startup, with which the server's own
 * listener page calls the API over loopback ({@code LoopbackApi}); it never leaves the process.
 */
@ApplicationScoped
public class ServiceKeys {

    private static final Logger LOG = Logger.getLogger(ServiceKeys.class.getName());

    @Inject
    @ConfigProperty(name = "musicrec.api.key-hashes")
    Optional<String> configured;

    private List<String> hashes = List.of();
    private final String pageKey = ServiceKeyHash.newKey();
    private final String pageKeyHash = ServiceKeyHash.hash(pageKey);

    @PostConstruct
    void read() {
        hashes = parse(configured.orElse(""));
        if (hashes.isEmpty()) {
            LOG.warning("musicrec.api.key-hashes is not set: listener data (events, histories, recommendations) is open to"
                    + " anyone who can reach this server; set it for any deployment beyond one machine");
        } else {
            LOG.info("listener data needs a service key: " + hashes.size() + " key hash(es) configured");
        }
    }

    /** The configured hashes; a malformed entry stops the start rather than silently locking clients out. */
    static List<String> parse(String value) {
        List<String> list = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String h : list) {
            if (!ServiceKeyHash.wellFormed(h)) {
                throw new IllegalArgumentException("musicrec.api.key-hashes: an entry is not of the form sha256:<64 hex digits>"
                        + " (./musicrec service-key makes a key and its hash)");
            }
        }
        return list;
    }

    /** Whether keys are required (at least one configured). */
    public boolean required() {
        return !hashes.isEmpty();
    }

    public boolean accepts(String key) {
        if (!ServiceKeyHash.presentable(key)) {
            return false;
        }
        byte[] digest = ServiceKeyHash.digest(key);
        boolean ok = ServiceKeyHash.matchesDigest(digest, pageKeyHash);
        for (String h : hashes) {
            ok |= ServiceKeyHash.matchesDigest(digest, h); // no early exit: the time does not tell which key matched
        }
        return ok;
    }

    /** For the server's own pages only. */
    public String pageKey() {
        return pageKey;
    }
}
