package org.musicrec.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The console's login state in the HTTP session: the administrator's name once logged in, and the
 * one-time token the login form carries (so that another site cannot log a browser in under its
 * own account). The session id is renewed at login against fixation.
 */
public final class ConsoleSession {

    /** Header that the console's own scripts send with a state-changing API call; cross-site forms cannot set it. */
    public static final String CONSOLE_HEADER = "X-Musicrec-Console";

    /** web.xml's session-timeout, for the administrator's session once logged in. */
    static final int ADMIN_SESSION_SECONDS = 30 * 60;
    private static final String USER = "musicrec.admin.user";
    private static final String LOGIN_TOKEN = "musicrec.admin.login-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConsoleSession() {
    }

    public static Optional<String> user(HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        return s == null ? Optional.empty() : Optional.ofNullable((String) s.getAttribute(USER));
    }

    /** The login form's token, created with the session when the login page is shown. */
    public static String loginToken(HttpServletRequest request) {
        HttpSession s = request.getSession(true);
        String token = (String) s.getAttribute(LOGIN_TOKEN);
        if (token == null) {
            byte[] b = new byte[24];
            RANDOM.nextBytes(b);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            s.setAttribute(LOGIN_TOKEN, token);
        }
        return token;
    }

    static boolean loginTokenMatches(HttpServletRequest request, String presented) {
        HttpSession s = request.getSession(false);
        String expected = s == null ? null : (String) s.getAttribute(LOGIN_TOKEN);
        return expected != null && presented != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    static void loggedIn(HttpServletRequest request, String user) {
        request.changeSessionId();
        HttpSession s = request.getSession();
        s.removeAttribute(LOGIN_TOKEN);
        s.setAttribute(USER, user);
        s.setMaxInactiveInterval(ADMIN_SESSION_SECONDS); // anonymous sessions start short (SessionLimits)
    }

    /** Safe methods may ride on the session; the others need the console's header too. */
    static boolean mayUseSession(HttpServletRequest request) {
        String m = request.getMethod();
        return "GET".equals(m) || "HEAD".equals(m) || "1".equals(request.getHeader(CONSOLE_HEADER));
    }

    /** Forgets the login: the session is invalidated, so its id and token are worthless afterwards. */
    public static void logout(HttpServletRequest request) {
        HttpSession s = request.getSession(false);
        if (s != null) {
            s.invalidate();
        }
    }
}
