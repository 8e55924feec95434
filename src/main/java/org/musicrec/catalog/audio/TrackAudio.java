package org.musicrec.catalog.audio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * Finds a track's sampled clip: the path comes only from the track's stored record
 * ({@code audioPath}, written by the feature extraction of sampled files), never from a request;
 * the file must be a regular file of a known audio type whose real path (links resolved) lies under
 * one of {@code musicrec.audio.serve-dirs}. Anything else is "no audio".
 */
@ApplicationScoped
public class TrackAudio {
    private static final Logger LOG = Logger.getLogger(TrackAudio.class.getName());

    /** Content types by file extension. */
    static final Map<String, String> TYPES = Map.of("mp3", "audio/mpeg", "wav", "audio/wav", "ogg", "audio/ogg",
            "oga", "audio/ogg", "flac", "audio/flac");

    /** A clip to send: its file, content type and length. */
    public record Clip(Path file, String contentType, long length) {
    }

    @Inject
    MongoClientHolder mongo;

    /** Folders clips may be served from, comma-separated. */
    @Inject
    @ConfigProperty(name = "musicrec.audio.serve-dirs", defaultValue = "${musicrec.work.dir}")
    String serveDirs;

    public Optional<Clip> of(long trackId) {
        Document d = mongo.database().getCollection("tracks").find(new Document("_id", trackId))
                .projection(new Document("audioPath", 1)).first();
        if (d == null || !(d.get("audioPath") instanceof String stored) || stored.isBlank()) {
            return Optional.empty();
        }
        return resolve(stored, roots());
    }

    /** The clip at a stored path, when it is a readable audio file under one of {@code roots}. */
    static Optional<Clip> resolve(String stored, List<Path> roots) {
        try {
            Path file = Path.of(stored);
            if (!file.isAbsolute() || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            boolean inside = false;
            for (Path root : roots) {
                if (Files.isDirectory(root) && real.startsWith(root.toRealPath())) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                LOG.warning(() -> "a stored audio path lies outside musicrec.audio.serve-dirs; not served: " + real);
                return Optional.empty();
            }
            String name = real.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (type == null || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            return Optional.of(new Clip(real, type, Files.size(real)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private List<Path> roots() {
        List<Path> out = new ArrayList<>();
        for (String s : serveDirs.split(",")) {
            if (!s.isBlank()) {
                out.add(Path.of(s.trim()).toAbsolutePath().normalize());
            }
        }
        return out;
    }
}
