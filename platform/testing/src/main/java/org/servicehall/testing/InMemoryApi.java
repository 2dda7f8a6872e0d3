package org.servicehall.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.concurrent.ExecutionException;

import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;

import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A REST application (the platform's {@code ApiApplication.build(...)} with the resources under
 * test) driven in memory through Jersey, without an HTTP port: each call goes through the real
 * filters, role checks, JSON mapping and problem answers, and is read back as the client would
 * read it (status, content type, body text). Needs Jersey's server on the test's class path (it
 * comes with servicehall-web).
 */
public final class InMemoryApi {
    /** An answer: status, content type (null when none) and body. */
    public record Answer(int status, String type, String body) {
    }

    private static final URI BASE = URI.create("http://localhost/api/");
    private final ApplicationHandler app;

    public InMemoryApi(Application application) {
        this.app = new ApplicationHandler(application);
    }

    /** GET {@code path} (relative to {@code /api/}) signed out. */
    public Answer get(String path) {
        return call("GET", path, null, null);
    }

    /** GET {@code path} with HTTP Basic credentials. */
    public Answer get(String path, String username, String password) {
        return call("GET", path, null, basic(username, password));
    }

    /** A request with a JSON body (or none when null), with HTTP Basic credentials (signed out when {@code username} is null). */
    public Answer send(String method, String path, String json, String username, String password) {
        return call(method, path, json, username == null ? null : basic(username, password));
    }

    /** A request with the {@code Authorization} header given (none when null), accepting any type. */
    public Answer call(String method, String path, String json, String authorization) {
        ContainerRequest request = new ContainerRequest(BASE, BASE.resolve(path), method, signedOut(), new MapPropertiesDelegate(), null);
        request.header(HttpHeaders.ACCEPT, "application/json, */*;q=0.5");
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (json != null) {
            request.header(HttpHeaders.CONTENT_TYPE, "application/json");
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ContainerResponse response = app.apply(request, out).get();
            Object type = response.getMediaType();
            return new Answer(response.getStatus(), type == null ? null : type.toString(), out.toString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The {@code Authorization} header of HTTP Basic. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The container's security context before the platform's role check: nobody. */
    private static SecurityContext signedOut() {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return null;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }
}
