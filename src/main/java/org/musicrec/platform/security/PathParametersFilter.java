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
 * Refuses any request whose path carries path parameters ({@code /api;x=y/...}): no route of this
 * application takes one, and the container and JAX-RS read them differently (the container drops
 * them before matching, JAX-RS matches on the raw URI), which is how a spelling can mean one thing
 * to a check and another to the router. The session id never travels in the URL (web.xml:
 * tracking-mode COOKIE), so no legitimate link has one.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PathParametersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The container strips ";jsessionid=..." from the URI it reports, so that one is asked for separately.
        if (request.getRequestURI().indexOf(';') >= 0 || request.isRequestedSessionIdFromURL()) {
            Problem.of(400, "Bad Request", "path parameters (';' in the path) are not accepted").writeTo(response);
            return;
        }
        chain.doFilter(request, response);
    }
}
