package org.musicrec.platform.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RetriableException;
import org.musicrec.platform.DependencyUnavailableException;

/**
 * Tells the failures of a subscriber that a retry may mend (the store or the broker unreachable, a
 * timeout, an interruption) from those that would recur on every retry because they come from the
 * record itself: arithmetic that overflows, an argument or a time out of range (a record that fails
 * validation is an {@link IllegalArgumentException} too). Anything not known to be permanent is
 * taken as transient: a record retried too long stalls its partition visibly (lag, readiness), while
 * one dead-lettered by mistake would silently miss its effect. A transient cause anywhere in the
 * chain wins, so a timeout wrapped in an argument error is still retried.
 */
public final class Failures {

    private static final int MAX_REASON_CHARS = 500;

    private Failures() {
    }

    public static boolean permanent(Throwable e) {
        boolean permanent = false;
        int depth = 0;
        for (Throwable t = e; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (isTransient(t)) {
                return false;
            }
            permanent |= t instanceof ArithmeticException || t instanceof IllegalArgumentException || t instanceof DateTimeException;
        }
        return permanent;
    }

    private static boolean isTransient(Throwable t) {
        return t instanceof DependencyUnavailableException || t instanceof java.util.concurrent.TimeoutException
                || t instanceof RetriableException || t instanceof InterruptedException || t instanceof InterruptException
                || t instanceof IOException || t instanceof UncheckedIOException;
    }

    /** One line for the dead-letter header: the failure's type and message, bounded. */
    public static String reason(Throwable e) {
        String s = e.getClass().getSimpleName() + ": " + e.getMessage();
        return s.length() > MAX_REASON_CHARS ? s.substring(0, MAX_REASON_CHARS) + "..." : s;
    }
}
