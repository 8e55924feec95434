package org.musicrec.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.musicrec.platform.security.AccessSummary;

/**
 * Always UP; it is here so that whoever checks readiness also reads, plainly, whether listener
 * data is open to anyone (no service key configured) and who may use the listener page.
 */
@Readiness
@ApplicationScoped
public class AccessReadiness implements HealthCheck {

    @Inject
    AccessSummary access;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("access")
                .withData("listener-data", access.listenerData())
                .withData("listener-page", access.listenerPage())
                .withData("admin", access.admin())
                .up().build();
    }
}
