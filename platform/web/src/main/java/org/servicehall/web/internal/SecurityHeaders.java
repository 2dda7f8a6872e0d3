package org.servicehall.web.internal;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every HTTP answer (issue 16): no framing by other sites, no content-type
 * sniffing, no referrer to other sites (follow and cancel links carry their ticket's token), a
 * content security policy, and over TLS a Strict-Transport-Security. It also hands the client's
 * address to the REST sign-in, which throttles per address, as the request attribute
 * {@value #CLIENT_ADDRESS}.
 *
 * <p>The policy is as strict as Vaadin 24 with server push allows: everything from this origin only,
 * no plugins ({@code object-src 'none'}), no framing by others, forms posting only here; but inline
 * and evaluated scripts and inline styles stay allowed, because Flow's bootstrap writes an inline
 * script, runs {@code executeJs} through {@code new Function}, Lumo and the components set inline
 * styles, and Flow's nonce-based strict mode does not work with {@code @Push} (vaadin/flow#20329).
 */
public final class SecurityHeaders implements Filter {
    /** The request attribute holding the client's address (a Jersey request property too). */
    public static final String CLIENT_ADDRESS = "org.servicehall.web.clientAddress";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "media-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        apply((HttpServletResponse) response, http.isSecure());
        http.setAttribute(CLIENT_ADDRESS, http.getRemoteAddr());
        chain.doFilter(request, response);
    }

    /** Sets the headers on an answer; {@code secure} when it goes over TLS. */
    static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
