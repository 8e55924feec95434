package org.musicrec.web.api;

import org.musicrec.platform.http.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} on resource classes and methods: the second lock behind web.xml's
 * constraints. Those are matched on the servlet path; this one is checked on the resource method
 * JAX-RS actually chose, so a spelling that routed to an admin resource without meeting its
 * constraint would still be refused. Jakarta REST leaves the annotation's enforcement to the
 * implementation (Jersey needs a feature registered), so it is spelled out here, portably.
 */
@Provider
public class RolesAllowedCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new Check(roles.value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {
        private final String[] roles;

        Check(String[] roles) {
            this.roles = roles.clone();
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (Arrays.stream(roles).noneMatch(r -> request.getSecurityContext().isUserInRole(r))) {
                int status = request.getSecurityContext().getUserPrincipal() == null ? 401 : 403;
                request.abortWith(Problem.of(status, status == 401 ? "Unauthorized" : "Forbidden",
                        "this route needs the role " + String.join(" or ", roles)).response().build());
            }
        }
    }
}
