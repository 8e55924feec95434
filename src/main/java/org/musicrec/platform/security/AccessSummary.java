package org.musicrec.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Who may reach what on this server, in words, for /api, readiness and the startup log. */
@ApplicationScoped
public class AccessSummary {

    @Inject
    ServiceKeys keys;

    @Inject
    ListenerPageSettings page;

    @Inject
    AdminSettings admin;

    public String listenerData() {
        return keys.required() ? "service key required (Authorization: Bearer <key>)"
                : "OPEN to anyone: no service key configured (musicrec.api.key-hashes)";
    }

    public String listenerPage() {
        return switch (page.access()) {
            case OPEN -> "open: acts for any listener picked on it";
            case ADMIN -> "behind the administrator's login";
            case OFF -> "turned off";
        };
    }

    public String admin() {
        return admin.configured() ? "administrator login required" : "no administrator configured: console and admin API refuse everyone";
    }
}
