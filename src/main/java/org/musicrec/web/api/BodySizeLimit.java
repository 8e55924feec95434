package org.musicrec.web.api;

import org.musicrec.platform.http.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Caps every request body of the API at {@code musicrec.api.max-body-bytes} (default 2 MiB: a full
 * batch of events is far below it): a declared larger length is refused at once with 413, and a
 * body without a declared length is cut off when it passes the cap, so no request can make the
 * server buffer an unbounded JSON document.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    /** Thrown from the body stream past the cap; the problem mapper answers 413. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(long max) {
            super("the request body is larger than " + max + " bytes");
        }
    }

    @Inject
    @ConfigProperty(name = "musicrec.api.max-body-bytes", defaultValue = "2097152")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(Problem.of(413, "Content Too Large", "the request body is larger than " + maxBytes + " bytes")
                    .response().build());
            return;
        }
        request.setEntityStream(new Capped(request.getEntityStream(), maxBytes));
    }

    /** A stream that fails once more than {@code max} bytes have been read from it. */
    static final class Capped extends FilterInputStream {
        private final long max;
        private long read;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > max) {
                throw new TooLargeException(max);
            }
        }
    }
}
