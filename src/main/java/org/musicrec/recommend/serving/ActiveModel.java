package org.musicrec.recommend.serving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.musicrec.recommend.model.ModelActivated;
import org.musicrec.recommend.model.ModelVersions;

/**
 * The model serving answers with, and the users' lists under it. A swap builds the new model
 * completely off the request path, then replaces one reference: requests in flight finish on the
 * old one, the next ones see the new one, nobody waits. The active version is re-read from
 * {@code als_active} at most every {@code musicrec.serving.model-check-seconds}, so an activation
 * on another instance reaches this one too; an activation here swaps at once.
 */
@ApplicationScoped
public class ActiveModel {
    private static final Logger LOG = Logger.getLogger(ActiveModel.class.getName());

    /** A model with its listeners' current answers (null model: none trained or activated yet). */
    static final class Active {
        final ServingModel model;
        final Instant snapshotAt;
        final ListenerAnswers answers;

        Active(ServingModel model, Instant snapshotAt, int maxAnswers) {
            this.model = model;
            this.snapshotAt = snapshotAt;
            this.answers = new ListenerAnswers(maxAnswers, model == null ? Map.of() : model.users);
        }
    }

    @Inject
    Event<ModelSwapped> swapped;

    @Inject
    ModelVersions models;

    @Inject
    CatalogView catalog;

    @Inject
    @ConfigProperty(name = "musicrec.serving.model-check-seconds", defaultValue = "5")
    long checkSeconds;

    /** Listeners whose answer is kept in memory (least recently used dropped first); see {@link ListenerAnswers}. */
    @Inject
    @ConfigProperty(name = "musicrec.serving.user-state.max-entries", defaultValue = "20000")
    int maxAnswers;

    private final AtomicReference<Active> current = new AtomicReference<>();
    private final AtomicBoolean loading = new AtomicBoolean();
    private volatile long lastCheck;

    /** The current model; loads it on the very first call, later checks for a newer activation in the background. */
    Active get() {
        Active a = current.get();
        if (a == null) {
            synchronized (this) {
                if (current.get() == null) {
                    Active first = load(models.activeModelId());
                    current.set(first);
                    lastCheck = System.currentTimeMillis();
                    announce(first);
                }
                return current.get();
            }
        }
        long now = System.currentTimeMillis();
        if (now - lastCheck > checkSeconds * 1000) {
            lastCheck = now;
            swapInBackground(null);
        }
        return a;
    }

    /** Loads the active version when it differs from the one in memory (or {@code forceId}), off the caller's thread. */
    void swapInBackground(String forceId) {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Optional<String> id = forceId != null ? Optional.of(forceId) : models.activeModelId();
                Active a = current.get();
                String inMemory = a == null || a.model == null ? null : a.model.modelId;
                if (id.isPresent() && !id.get().equals(inMemory)) {
                    Active next = load(id);
                    catalog.refresh();
                    current.set(next);
                    LOG.info(() -> "serving model " + id.get() + " (version " + next.model.version + ")");
                    announce(next);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not load the active model; serving the previous one", e);
            } finally {
                loading.set(false);
            }
        }, "model-swap");
        t.setDaemon(true);
        t.start();
    }

    void onActivated(@Observes ModelActivated event) {
        // Wait for a swap already running, then load the named one.
        swapNow(event.modelId());
    }

    /** Loads {@code modelId} and swaps to it before returning (activation requests: the answer reflects it). */
    void swapNow(String modelId) {
        Active a = current.get();
        if (a != null && a.model != null && a.model.modelId.equals(modelId)) {
            return;
        }
        Active next = load(Optional.of(modelId));
        catalog.refresh();
        current.set(next);
        lastCheck = System.currentTimeMillis();
        announce(next);
    }

    /** Tells the fresh-list worker which users the new model's precomputed lists may have missed. */
    private void announce(Active a) {
        if (a.model != null) {
            swapped.fire(new ModelSwapped(a.model.modelId, a.snapshotAt));
        }
    }

    private Active load(Optional<String> modelId) {
        if (modelId.isEmpty()) {
            return new Active(null, null, maxAnswers);
        }
        Document meta = models.byId(modelId.get())
                .orElseThrow(() -> new IllegalStateException("active model " + modelId.get() + " has no metadata"));
        try {
            Instant snapshotAt = meta.getDate("snapshotAt") == null ? null : meta.getDate("snapshotAt").toInstant();
            return new Active(ServingModel.load(models, meta), snapshotAt, maxAnswers);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot load model " + modelId.get() + ": " + e.getMessage(), e);
        }
    }
}
