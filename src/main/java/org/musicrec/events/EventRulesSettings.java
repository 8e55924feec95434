package org.musicrec.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link EventRules} of this deployment, their window from MicroProfile Config, for the events
 * API and the replay job. Checked when the application starts, so a window that cannot be read
 * stops the deployment instead of failing every request.
 */
@ApplicationScoped
public class EventRulesSettings {

    private static final Logger LOG = Logger.getLogger(EventRulesSettings.class.getName());

    @Inject
    @ConfigProperty(name = "musicrec.events.at.earliest", defaultValue = EventWindow.DEFAULT_EARLIEST)
    String earliest;

    @Inject
    @ConfigProperty(name = "musicrec.events.at.max-ahead", defaultValue = EventWindow.DEFAULT_MAX_AHEAD)
    String maxAhead;

    private volatile EventRules rules;

    void check(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.info("events are accepted with times in " + rules().window());
    }

    public EventRules rules() {
        EventRules r = rules;
        if (r == null) {
            r = new EventRules(EventWindow.parse(earliest, maxAhead));
            rules = r;
        }
        return r;
    }
}
