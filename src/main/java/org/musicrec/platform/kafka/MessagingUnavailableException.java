package org.musicrec.platform.kafka;

import org.musicrec.platform.DependencyUnavailableException;

/** The broker did not acknowledge in time: nothing may be reported to a client as accepted. */
public final class MessagingUnavailableException extends DependencyUnavailableException {
    private static final long serialVersionUID = 1L;

    public MessagingUnavailableException(String detail, Throwable cause) {
        super("kafka", detail, cause);
    }
}
