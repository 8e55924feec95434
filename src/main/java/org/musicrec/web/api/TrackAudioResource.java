package org.musicrec.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.musicrec.catalog.audio.TrackAudio;
import org.musicrec.platform.http.ByteRange;
import org.musicrec.platform.http.Problem;

/**
 * A track's sampled clip, for the page's players: one byte range per request (206 with
 * {@code Content-Range}; 416 when it starts past the end; no usable range sends the whole file).
 * The file is found from the track's stored record only (see {@link TrackAudio}). Public, like the catalogue.
 */
@Path("tracks/{id}/audio")
public class TrackAudioResource {
    private static final int BUFFER = 64 * 1024;

    @Inject
    TrackAudio audio;

    @GET
    @Operation(summary = "The track's sampled audio clip (MP3, WAV, Ogg or FLAC), with byte ranges")
    public Response clip(@PathParam("id") String id, @HeaderParam("Range") String range) {
        long key = Arguments.number("id", id, 0, Integer.MAX_VALUE);
        TrackAudio.Clip clip = audio.of(key).orElseThrow(() -> new NotFoundException("track " + id + " has no audio"));
        Answer a = answer(clip, range);
        Response.ResponseBuilder b = a.status() == 416
                ? Problem.of(416, "Range Not Satisfiable", "the clip has " + clip.length() + " bytes").response()
                : Response.status(a.status()).type(clip.contentType()).entity(a.range() == null ? new byte[0] : bytes(clip, a.range()));
        a.headers().forEach(b::header);
        return b.build();
    }

    /** What to answer: status, headers, and the bytes to send (null: none). */
    record Answer(int status, java.util.Map<String, String> headers, ByteRange range) {
    }

    static Answer answer(TrackAudio.Clip clip, String rangeHeader) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Accept-Ranges", "bytes");
        ByteRange.Ask ask = ByteRange.of(rangeHeader, clip.length());
        if (ask instanceof ByteRange.Unsatisfiable) {
            headers.put("Content-Range", "bytes */" + clip.length());
            return new Answer(416, headers, null);
        }
        headers.put(HttpHeaders.CACHE_CONTROL, "private, max-age=3600");
        if (ask instanceof ByteRange.Part p) {
            headers.put("Content-Range", p.range().contentRange(clip.length()));
            headers.put(HttpHeaders.CONTENT_LENGTH, Long.toString(p.range().length()));
            return new Answer(206, headers, p.range());
        }
        headers.put(HttpHeaders.CONTENT_LENGTH, Long.toString(clip.length()));
        return new Answer(200, headers, clip.length() == 0 ? null : new ByteRange(0, clip.length() - 1));
    }

    /** Copies bytes first..last of the clip; the file is opened when the answer is written. */
    static StreamingOutput bytes(TrackAudio.Clip clip, ByteRange r) {
        return (OutputStream out) -> {
            try (FileChannel ch = FileChannel.open(clip.file(), StandardOpenOption.READ)) {
                ch.position(r.first());
                InputStream in = Channels.newInputStream(ch);
                byte[] buf = new byte[BUFFER];
                long left = r.length();
                while (left > 0) {
                    int got = in.read(buf, 0, (int) Math.min(buf.length, left));
                    if (got < 0) {
                        throw new IOException("the clip got shorter while it was sent");
                    }
                    out.write(buf, 0, got);
                    left -= got;
                }
            }
        };
    }
}
