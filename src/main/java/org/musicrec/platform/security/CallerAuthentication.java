package org.musicrec.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.musicrec.platform.http.Problem;

/**
 * The one authentication mechanism of the application (Jakarta Security allows one per
 * application in EE 10). It says who the caller is; who may pass is decided by the container
 * from web.xml's security constraints, on the normalised path. Where it must choose how to ask
 * for credentials, it too reads the normalised path ({@link RequestPath}), never the raw URI.
 * <ul>
 * <li>HTTP Basic with the administrator's name and password: roles admin and service. Failures
 * are throttled per client address ({@link LoginThrottle}): 429 with {@code Retry-After}.</li>
 * <li>{@code Authorization: Bearer <key>} with a service key ({@link ServiceKeys}): role service.
 * A wrong key is a 401 problem on any path, so a client learns at once that its key is stale.</li>
 * <li>The console's session (form login at {@code POST /admin/login}): role admin on console
 * pages; on the admin API only for safe methods or together with the
 * {@value ConsoleSession#CONSOLE_HEADER} header, which a cross-site form cannot send.</li>
 * <li>No credentials on a protected path: a console page redirects to the login page; listener
 * data is open (role service) when no service key is configured; otherwise 401 problem.</li>
 * </ul>
 */
@ApplicationScoped
public class CallerAuthentication implements HttpAuthenticationMechanism {

    public static final String ROLE = "admin";
    public static final String SERVICE_ROLE = "service";

    @Inject
    AdminSettings admin;

    @Inject
    AdminLoginThrottle throttle;

    @Inject
    ServiceKeys keys;

    @Inject
    ListenerPageSettings listenerPage;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = RequestPath.of(request);
        if (AdminPaths.isLoginSubmit(path)) {
            return formLogin(request, context);
        }
        if (ListenerPageSettings.isListenerPage(path) && listenerPage.access() != ListenerPageSettings.Access.OPEN) {
            return listenerPage(request, response, context);
        }
        String authorization = request.getHeader("Authorization");
        Optional<BasicCredentials> basic = BasicCredentials.parse(authorization);
        if (basic.isPresent() && (context.isProtected() || AdminPaths.isApi(path))) {
            return basic(request, response, context, basic.get());
        }
        Optional<String> bearer = bearer(authorization);
        if (bearer.isPresent()) {
            if (keys.accepts(bearer.get())) {
                return context.notifyContainerAboutLogin("service-client", Set.of(SERVICE_ROLE));
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"musicrec\", error=\"invalid_token\"");
            return refuse(response, 401, "the service key is not valid");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (AdminPaths.isConsole(path)) {
            Optional<String> user = ConsoleSession.user(request);
            if (user.isPresent() && admin.configured()) {
                return context.notifyContainerAboutLogin(user.get(), Set.of(ROLE));
            }
            return context.redirect(request.getContextPath() + AdminPaths.LOGIN_PAGE);
        }
        if (AdminPaths.isApi(path)) {
            return adminApiBySession(request, response, context);
        }
        // Listener data.
        Optional<String> user = ConsoleSession.user(request);
        if (user.isPresent() && admin.configured() && ConsoleSession.mayUseSession(request)) {
            return context.notifyContainerAboutLogin(user.get(), Set.of(ROLE, SERVICE_ROLE));
        }
        if (!keys.required()) {
            return context.notifyContainerAboutLogin("anonymous", Set.of(SERVICE_ROLE));
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"musicrec\"");
        return refuse(response, 401, "a service key is required (Authorization: Bearer <key>)");
    }

    private AuthenticationStatus listenerPage(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (listenerPage.access() == ListenerPageSettings.Access.OFF) {
            return refuse(response, 404, "the listener page is turned off on this server (musicrec.listener-page.access)");
        }
        Optional<String> user = ConsoleSession.user(request);
        if (user.isPresent() && admin.configured()) {
            return context.notifyContainerAboutLogin(user.get(), Set.of(ROLE, SERVICE_ROLE));
        }
        return context.redirect(request.getContextPath() + AdminPaths.LOGIN_PAGE);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
                                       BasicCredentials basic) {
        if (!admin.configured()) {
            return refuse(response, 403, "no administrator is configured (set musicrec.admin.password-hash)");
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.locked(address);
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(seconds(wait.get())));
            return refuse(response, 429, "too many failed logins from this address; try again in " + seconds(wait.get()) + " s");
        }
        if (admin.accepts(basic.user(), basic.password())) {
            throttle.succeeded(address);
            return context.notifyContainerAboutLogin(basic.user(), Set.of(ROLE, SERVICE_ROLE));
        }
        throttle.failed(address);
        response.setHeader("WWW-Authenticate", "Basic realm=\"musicrec admin\", charset=\"UTF-8\"");
        return refuse(response, 401, "administrator credentials required");
    }

    private AuthenticationStatus adminApiBySession(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!admin.configured()) {
            return refuse(response, 403, "no administrator is configured (set musicrec.admin.password-hash)");
        }
        Optional<String> user = ConsoleSession.user(request);
        if (user.isPresent()) {
            if (ConsoleSession.mayUseSession(request)) {
                return context.notifyContainerAboutLogin(user.get(), Set.of(ROLE));
            }
            return refuse(response, 403, "a console session changes state only with the " + ConsoleSession.CONSOLE_HEADER + " header");
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"musicrec admin\", charset=\"UTF-8\"");
        return refuse(response, 401, "administrator credentials required");
    }

    static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).trim());
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context) {
        String login = request.getContextPath() + AdminPaths.LOGIN_PAGE;
        if (!"POST".equals(request.getMethod())) {
            return context.redirect(login);
        }
        if (!admin.configured()) {
            return context.redirect(login + "?error=unconfigured");
        }
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        if (!ConsoleSession.loginTokenMatches(request, request.getParameter("token"))) {
            return context.redirect(login + "?error=expired");
        }
        String address = request.getRemoteAddr();
        if (throttle.locked(address).isPresent()) {
            return context.redirect(login + "?error=throttled");
        }
        if (user == null || password == null || user.length() > 200 || password.length() > 1000
                || !admin.accepts(user, password.toCharArray())) {
            throttle.failed(address);
            return context.redirect(login + "?error=credentials");
        }
        throttle.succeeded(address);
        ConsoleSession.loggedIn(request, user);
        return context.redirect(request.getContextPath() + AdminPaths.HOME_PAGE);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String detail) {
        String title = switch (status) {
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            default -> "Forbidden";
        };
        try {
            Problem.of(status, title, detail).writeTo(response);
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
