package org.musicrec.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Backs the page's system box: the same readiness checks as /health/ready, said plainly. */
@Named("systemStatus")
@RequestScoped
public class SystemStatusView {

    /** One line of the box. */
    public record Check(String name, boolean up, String detail) {
        public boolean isUp() {
            return up;
        }

        public String getName() {
            return name;
        }

        public String getDetail() {
            return detail;
        }
    }

    @Inject
    @Readiness
    @Any
    Instance<HealthCheck> checks;

    private List<Check> results;

    public List<Check> getChecks() {
        if (results == null) {
            results = new ArrayList<>();
            for (HealthCheck c : checks) {
                HealthCheckResponse r = c.call();
                String detail = r.getData().map(d -> String.valueOf(d.getOrDefault("reason", d.values().iterator().next())))
                        .orElse("");
                results.add(new Check(r.getName(), r.getStatus() == HealthCheckResponse.Status.UP, detail));
            }
        }
        return results;
    }
}
