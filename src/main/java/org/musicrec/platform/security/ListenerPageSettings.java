package org.musicrec.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who may use the listener page ({@code musicrec.listener-page.access}). The page acts on the
 * server side for whichever listener is picked on it, so in production it is either put behind
 * the administrator's login ({@code admin}) or turned off ({@code off}); {@code open} (the
 * default) suits a demo.
 */
@ApplicationScoped
public class ListenerPageSettings {

    public enum Access { OPEN, ADMIN, OFF }

    @Inject
    @ConfigProperty(name = "musicrec.listener-page.access", defaultValue = "open")
    String access;

    public Access access() {
        return parse(access);
    }

    static Access parse(String value) {
        try {
            return Access.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("musicrec.listener-page.access must be open, admin or off, not '" + value + "'", e);
        }
    }

    /** The listener page's own paths (the welcome file is index.xhtml). */
    public static boolean isListenerPage(String path) {
        return path.equals("/") || path.equals("/index.xhtml");
    }
}
