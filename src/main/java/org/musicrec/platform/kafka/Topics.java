package org.musicrec.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The names of the topics the application uses (the dev launcher creates them with the same defaults). */
@ApplicationScoped
public class Topics {

    @Inject
    @ConfigProperty(name = "musicrec.kafka.topic.activity", defaultValue = "user-activity")
    String activity;

    @Inject
    @ConfigProperty(name = "musicrec.kafka.topic.recommendations", defaultValue = "recommendations")
    String recommendations;

    @Inject
    @ConfigProperty(name = "musicrec.kafka.topic.dead-letter", defaultValue = "user-activity.dlt")
    String deadLetter;

    public String activity() {
        return activity;
    }

    public String recommendations() {
        return recommendations;
    }

    public String deadLetter() {
        return deadLetter;
    }
}
