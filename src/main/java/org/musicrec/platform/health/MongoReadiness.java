package org.musicrec.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicrec.platform.mongo.MongoClientHolder;

/** Ready only when the document store answers a ping; DOWN carries the reason. */
@Readiness
@ApplicationScoped
public class MongoReadiness implements HealthCheck {

    @Inject
    MongoClientHolder mongo;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("mongo").withData("store", mongo.describe());
        try {
            mongo.ping();
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", Reasons.of(e)).build();
        }
    }
}
