package org.musicrec.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A self-signed key pair made by the JDK's keytool, and what a browser should see over HTTPS and HTTP. */
final class TlsFixture {

    static final String ALIAS = "musicrec";

    private TlsFixture() {
    }

    static Path keystore(Path dir, String password) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path ks = dir.resolve("keystore.p12");
        Files.deleteIfExists(ks);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", ks.toString(), "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        return ks;
    }

    /** Trusts exactly the keystore's certificate (so the test also proves the server presents it). */
    private static SSLContext trusting(Path keystore, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keystore)) {
            ks.load(in, password.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry(ALIAS, (X509Certificate) ks.getCertificate(ALIAS));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, tmf.getTrustManagers(), null);
        return c;
    }

    /**
     * Over HTTPS the console's session cookie is Secure and HSTS is sent; over HTTP neither (a
     * Secure cookie would never come back on HTTP). Both carry the pages' protective headers.
     */
    static void servesHttpsWithSecureCookiesAndHeaders(String http, String https, Path keystore, String password) throws Exception {
        HttpClient tls = HttpClient.newBuilder().sslContext(trusting(keystore, password)).connectTimeout(Duration.ofSeconds(5)).build();
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> secure = tls.send(HttpRequest.newBuilder(URI.create(https + "/admin/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> clear = plain.send(HttpRequest.newBuilder(URI.create(http + "/admin/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, secure.statusCode(), secure.body());
        assertEquals(200, clear.statusCode(), clear.body());
        List<String> secureCookies = secure.headers().allValues("Set-Cookie");
        List<String> clearCookies = clear.headers().allValues("Set-Cookie");
        assertTrue(secureCookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=") && c.toLowerCase().contains("; secure")),
                "session cookie over HTTPS is Secure: " + secureCookies);
        assertTrue(clearCookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), "a session over HTTP: " + clearCookies);
        for (List<String> cookies : List.of(secureCookies, clearCookies)) {
            assertTrue(cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).allMatch(c -> c.contains("SameSite=Strict")
                    && c.contains("HttpOnly")), "session cookie HttpOnly, SameSite=Strict: " + cookies);
        }
        assertFalse(clearCookies.stream().anyMatch(c -> c.toLowerCase().contains("; secure")), "not Secure over HTTP: " + clearCookies);
        assertTrue(secure.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS over HTTPS");
        assertFalse(clear.headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS over HTTP");
        for (HttpResponse<String> r : List.of(secure, clear)) {
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        }
    }
}
