package org.musicrec.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.musicrec.platform.http.Problem;

/**
 * The listener page without a session of its own opens one only while fewer than the configured
 * number are alive ({@link SessionLimits}); beyond it a 503 with Retry-After, so a client that
 * never stops asking for the page cannot grow the server's sessions without end. The console's
 * login page is not refused (the administrator must always be able to log in); its sessions are
 * the short anonymous ones until the login succeeds.
 */
@WebFilter(urlPatterns = {"", "/index.xhtml"}, asyncSupported = true)
public class SessionLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getSession(false) == null && SessionLimits.live() >= SessionLimits.max()) {
            response.setHeader("Retry-After", "60");
            Problem.of(503, "Service Unavailable", "too many visitors at once (musicrec.web.max-sessions); try again in a minute")
                    .writeTo(response);
            return;
        }
        chain.doFilter(request, response);
    }
}
