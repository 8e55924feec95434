package org.musicrec.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request is routed by: the container's servlet path and path info, which are decoded,
 * with dot segments and path parameters removed. Access decisions use this, never
 * {@code getRequestURI()}: the raw URI has as many spellings of one page as a stranger cares to
 * type ({@code /%61dmin}, {@code //admin}, {@code /./admin}, {@code /admin;x=y}).
 */
public final class RequestPath {

    private RequestPath() {
    }

    public static String of(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? "/" : path;
    }
}
