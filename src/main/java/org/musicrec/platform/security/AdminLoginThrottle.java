package org.musicrec.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's one {@link LoginThrottle}, for the console's form login and the admin API's Basic. */
@ApplicationScoped
public class AdminLoginThrottle {

    @Inject
    @ConfigProperty(name = "musicrec.admin.login.free-failures", defaultValue = "5")
    int freeFailures;

    @Inject
    @ConfigProperty(name = "musicrec.admin.login.max-lock-seconds", defaultValue = "300")
    long maxLockSeconds;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(freeFailures, Duration.ofSeconds(maxLockSeconds), 10_000, Clock.systemUTC());
    }

    public Optional<Duration> locked(String address) {
        return throttle.locked(address);
    }

    public void failed(String address) {
        throttle.failed(address);
    }

    public void succeeded(String address) {
        throttle.succeeded(address);
    }
}
