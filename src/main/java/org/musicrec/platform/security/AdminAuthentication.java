package org.musicrec.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.musicrec.web.api.Problem;

/**
 * Guards everything under {@code /api/admin/}: HTTP Basic against the configured administrator.
 * Without valid credentials the request never reaches a resource: 401 with a problem body (or 403
 * when no administrator is configured at all, since then no credentials could ever succeed).
 * Every other path passes untouched.
 */
@ApplicationScoped
public class AdminAuthentication implements HttpAuthenticationMechanism {

    public static final String ROLE = "admin";

    @Inject
    AdminSettings admin;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/admin")) {
            return context.doNothing();
        }
        if (!admin.configured()) {
            return refuse(response, context, 403, "no administrator is configured (set musicrec.admin.password-hash)");
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0 && admin.accepts(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray())) {
                    return context.notifyContainerAboutLogin(decoded.substring(0, colon), Set.of(ROLE));
                }
            } catch (IllegalArgumentException e) {
                // malformed Base64: same answer as wrong credentials
            }
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"musicrec admin\", charset=\"UTF-8\"");
        return refuse(response, context, 401, "administrator credentials required");
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context, int status, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problem.of(status, status == 401 ? "Unauthorized" : "Forbidden", detail).toJson().toString());
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
