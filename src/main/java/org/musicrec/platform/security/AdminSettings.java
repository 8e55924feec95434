package org.musicrec.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one administrator: a user name and a password hash from configuration; no built-in default. */
@ApplicationScoped
public class AdminSettings {

    @Inject
    @ConfigProperty(name = "musicrec.admin.user", defaultValue = "admin")
    String user;

    @Inject
    @ConfigProperty(name = "musicrec.admin.password-hash")
    Optional<String> passwordHash;

    public boolean configured() {
        return passwordHash.filter(h -> !h.isBlank()).isPresent();
    }

    public boolean accepts(String name, char[] password) {
        return configured() && user.equals(name) && PasswordHash.verify(password, passwordHash.get());
    }
}
