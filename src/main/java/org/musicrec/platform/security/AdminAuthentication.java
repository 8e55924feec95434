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
import org.musicrec.web.api.Problem;

/**
 * The one authentication mechanism of the application (Jakarta Security allows one per
 * application in EE 10), choosing by path against the same administrator and hash:
 * <ul>
 * <li>{@code /api/admin/...}: HTTP Basic for scripts; a console session is also accepted, but for a
 * state-changing method only together with the {@value ConsoleSession#CONSOLE_HEADER} header, which
 * a cross-site form cannot send (so the session cookie alone never launches or stops a job).</li>
 * <li>{@code /admin/...} (the JSF console): form login. {@code POST /admin/login} checks the
 * credentials and the login form's token, renews the session id and records the administrator in
 * the session; every other console page without that session is redirected to the login page.</li>
 * </ul>
 * Failed logins are throttled per client address ({@link LoginThrottle}): the API answers 429 with
 * {@code Retry-After}, the login page says to wait. Without a configured administrator nothing can log in: the API answers 403 and the console's
 * login page says why. Every other path passes untouched.
 */
@ApplicationScoped
public class AdminAuthentication implements HttpAuthenticationMechanism {

    public static final String ROLE = "admin";

    @Inject
    AdminSettings admin;

    @Inject
    AdminLoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (AdminPaths.isApi(path)) {
            return api(request, response, context);
        }
        if (AdminPaths.isLoginSubmit(path)) {
            return formLogin(request, context);
        }
        if (AdminPaths.isConsole(path) && !AdminPaths.isLoginPage(path)) {
            Optional<String> user = ConsoleSession.user(request);
            if (user.isPresent() && admin.configured()) {
                return context.notifyContainerAboutLogin(user.get(), Set.of(ROLE));
            }
            return context.redirect(request.getContextPath() + AdminPaths.LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!admin.configured()) {
            return refuse(response, 403, "no administrator is configured (set musicrec.admin.password-hash)");
        }
        Optional<BasicCredentials> basic = BasicCredentials.parse(request.getHeader("Authorization"));
        if (basic.isPresent()) {
            String address = request.getRemoteAddr();
            Optional<Duration> wait = throttle.locked(address);
            if (wait.isPresent()) {
                response.setHeader("Retry-After", Long.toString(seconds(wait.get())));
                return refuse(response, 429, "too many failed logins from this address; try again in " + seconds(wait.get()) + " s");
            }
            if (admin.accepts(basic.get().user(), basic.get().password())) {
                throttle.succeeded(address);
                return context.notifyContainerAboutLogin(basic.get().user(), Set.of(ROLE));
            }
            throttle.failed(address);
        }
        Optional<String> user = ConsoleSession.user(request);
        if (basic.isEmpty() && user.isPresent()) {
            if (ConsoleSession.mayUseSession(request)) {
                return context.notifyContainerAboutLogin(user.get(), Set.of(ROLE));
            }
            return refuse(response, 403, "a console session changes state only with the " + ConsoleSession.CONSOLE_HEADER + " header");
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"musicrec admin\", charset=\"UTF-8\"");
        return refuse(response, 401, "administrator credentials required");
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
        try {
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            String title = switch (status) {
                case 401 -> "Unauthorized";
                case 429 -> "Too Many Requests";
                default -> "Forbidden";
            };
            response.getWriter().write(Problem.of(status, title, detail).toJson().toString());
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
