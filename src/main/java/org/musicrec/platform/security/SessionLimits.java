package org.musicrec.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds what anonymous visitors can make the server keep: every session starts with a short
 * inactivity timeout ({@code musicrec.web.anonymous-session-seconds}, default 300) that the
 * console's login lengthens to web.xml's 30 minutes; and the live sessions are counted, so that
 * the listener page stops opening new ones beyond {@code musicrec.web.max-sessions} (default
 * 20,000; {@link SessionLimitFilter}). What one session holds is bounded by Faces' view limits.
 */
@WebListener
public class SessionLimits implements HttpSessionListener, ServletContextListener {

    private static final AtomicInteger LIVE = new AtomicInteger();
    /** Read once at start-up, not on every session or page request. */
    private static volatile int maxSessions = 20_000;
    private static volatile int anonymousSeconds = 300;

    static int live() {
        return LIVE.get();
    }

    static int max() {
        return maxSessions;
    }

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        var config = ConfigProvider.getConfig();
        maxSessions = config.getOptionalValue("musicrec.web.max-sessions", Integer.class).orElse(20_000);
        anonymousSeconds = config.getOptionalValue("musicrec.web.anonymous-session-seconds", Integer.class).orElse(300);
    }

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        LIVE.incrementAndGet();
        se.getSession().setMaxInactiveInterval(anonymousSeconds);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        LIVE.decrementAndGet();
    }
}
