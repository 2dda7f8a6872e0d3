package org.servicehall.web.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The console's port with or without TLS (issue 16): with a key store configured
 * ({@code tlsKeyStore} in {@code etc/org.servicehall.web.cfg}, see README) the port speaks HTTPS
 * only, its requests are secure, so session cookies are {@code Secure} and answers carry
 * Strict-Transport-Security. Also the session cookie's flags, on either.
 */
final class TlsConnector {
    private TlsConnector() {
    }

    /** The session cookie: never readable by scripts, Secure over TLS, not sent along from other sites' pages. */
    static void hardenSessionCookie(SessionHandler sessions) {
        sessions.setHttpOnly(true);
        sessions.setSecureRequestOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
    }

    /** A plain HTTP connector when {@code keyStore} is blank, else an HTTPS one with that key store. */
    static ServerConnector create(Server server, String keyStore, String password, String type) {
        if (keyStore == null || keyStore.isBlank()) {
            return new ServerConnector(server);
        }
        Path file = Path.of(keyStore.strip());
        String base = System.getProperty("karaf.base");
        if (!file.isAbsolute() && base != null) {
            file = Path.of(base).resolve(file); // etc/console.p12 beside the installation's other settings
        }
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("The TLS key store " + file.toAbsolutePath() + " (tlsKeyStore of org.servicehall.web) cannot be read");
        }
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(file.toAbsolutePath().toString());
        tls.setKeyStorePassword(password);
        tls.setKeyStoreType(type == null || type.isBlank() ? "PKCS12" : type.strip());
        HttpConfiguration https = new HttpConfiguration();
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // a self-signed certificate for one name is still served to clients that use another (an IP address, say)
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        return new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(https));
    }
}
