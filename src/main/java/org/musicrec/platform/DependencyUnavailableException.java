package org.musicrec.platform;

/**
 * A service the request needs (the store, the broker) cannot be reached right now. Answered as
 * 503 with Retry-After: the client's request was not carried out and may be repeated.
 */
public class DependencyUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String dependency;

    public DependencyUnavailableException(String dependency, String detail, Throwable cause) {
        super(detail, cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
