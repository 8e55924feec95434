package org.musicrec.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, the request line sent exactly as written: Java's HTTP client
 * normalises some spellings of a path before they leave, and a stranger's client does not.
 */
final class RawHttp {

    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }
    }

    private final String host;
    private final int port;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    Answer send(String method, String target, String extraHeaders, String body) {
        try (Socket s = new Socket(host, port)) {
            s.setSoTimeout(30_000);
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String request = method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n"
                    + (extraHeaders == null ? "" : extraHeaders)
                    + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + payload.length + "\r\n") + "\r\n";
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            String all = new String(readAll(s.getInputStream()), StandardCharsets.UTF_8);
            int end = all.indexOf("\r\n\r\n");
            String head = end < 0 ? all : all.substring(0, end);
            String rest = end < 0 ? "" : all.substring(end + 4);
            String[] statusLine = head.split(" ", 3);
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1].trim()) : 0;
            return new Answer(status, head, rest);
        } catch (IOException e) {
            throw new UncheckedIOException(target, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) > 0 && b.size() < (4 << 20); ) {
            b.write(buf, 0, n);
        }
        return b.toByteArray();
    }
}
