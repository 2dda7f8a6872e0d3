package org.servicehall.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.EnumSet;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Issue 16: the console's port over TLS with a self-signed certificate made by keytool as the README
 * shows; its requests are secure, the session cookie is HttpOnly, SameSite=Lax and Secure, and
 * answers carry the security headers and Strict-Transport-Security.
 */
class TlsConnectorTest {
    private static final String PASSWORD = "changeit-hall";
    @TempDir
    Path dir;

    private Path selfSigned() throws Exception {
        Path store = dir.resolve("console.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "console", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes());
        assertEquals(0, keytool.waitFor(), said);
        return store;
    }

    @Test
    void theConsolePortSpeaksTlsWithSecureCookiesAndHeaders() throws Exception {
        Path store = selfSigned();
        try (TestJetty jetty = TestJetty.start(server -> TlsConnector.create(server, store.toString(), PASSWORD, "PKCS12"),
                new ServletContextHandler(ServletContextHandler.SESSIONS), context -> {
                    TlsConnector.hardenSessionCookie(context.getSessionHandler());
                    context.addFilter(new FilterHolder(new SecurityHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST));
                }, new HttpServlet() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                        req.getSession(true);
                        resp.getWriter().print("secure=" + req.isSecure());
                    }
                })) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                trust.load(in, PASSWORD.toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + jetty.port() + "/desk"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("secure=true", r.body());
            String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
            assertEquals("max-age=31536000", r.headers().firstValue("Strict-Transport-Security").orElse(null));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertFalse(r.headers().firstValue("Content-Security-Policy").orElse("").isEmpty());
        }
    }

    @Test
    void aKeyStoreThatCannotBeReadIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TlsConnector.create(new Server(), dir.resolve("missing.p12").toString(), PASSWORD, "PKCS12"));
        assertTrue(e.getMessage().contains("missing.p12") && e.getMessage().contains("tlsKeyStore"), e.getMessage());
    }

    @Test
    void withoutAKeyStoreThePortIsPlainHttp() {
        ServerConnector plain = TlsConnector.create(new Server(), " ", null, null);
        assertEquals(1, plain.getConnectionFactories().size());
        assertEquals("HTTP/1.1", plain.getDefaultProtocol());
    }
}
