package org.musicrec.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing per client address: the first {@code freeFailures} failed logins cost
 * nothing; each further one locks the address for twice as long as the last (1 s, 2 s, 4 s, ...,
 * at most {@code maxLock}). While locked, every attempt is refused before the password is even
 * checked (so guessing cannot burn the server's PBKDF2 time either), right or wrong. A successful
 * login clears the address. Keyed by address rather than user name, so that a stranger cannot lock
 * the one administrator out from elsewhere; the table holds at most {@code maxAddresses} entries
 * (the longest-unseen go first), so many addresses cannot fill the memory.
 */
public final class LoginThrottle {

    private record Failures(int count, Instant lockedUntil) {
    }

    private final int freeFailures;
    private final Duration maxLock;
    private final Clock clock;
    private final Map<String, Failures> byAddress;

    public LoginThrottle(int freeFailures, Duration maxLock, int maxAddresses, Clock clock) {
        if (freeFailures < 1 || maxLock.isNegative() || maxAddresses < 1) {
            throw new IllegalArgumentException("free failures and addresses must be >= 1, the lock not negative");
        }
        this.freeFailures = freeFailures;
        this.maxLock = maxLock;
        this.clock = clock;
        this.byAddress = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxAddresses;
            }
        };
    }

    /** How long {@code address} must still wait before it may try again; empty when it may try now. */
    public synchronized Optional<Duration> locked(String address) {
        Failures f = byAddress.get(address);
        if (f == null || f.lockedUntil() == null) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.lockedUntil());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public synchronized void failed(String address) {
        Failures before = byAddress.get(address);
        int count = before == null ? 1 : before.count() + 1;
        Instant until = null;
        if (count >= freeFailures) {
            int doublings = Math.min(count - freeFailures, 30);
            Duration lock = Duration.ofSeconds(1L << doublings);
            until = clock.instant().plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
        }
        byAddress.put(address, new Failures(count, until));
    }

    public synchronized void succeeded(String address) {
        byAddress.remove(address);
    }
}
