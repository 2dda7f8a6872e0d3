package org.servicehall.web.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.servicehall.common.Texts;
import org.servicehall.web.internal.rest.ApiJson;
import org.servicehall.web.internal.rest.HealthResource;
import org.servicehall.web.internal.rest.Problem;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Until the node is ready, every request but the health checks is answered at once with 503 and
 * an {@code application/problem+json} body in the reader's language, with {@code Retry-After}
 * (issue 17): a starting node neither holds a request while its parts arrive (and then commits what
 * the client has given up on) nor serves half an application. Once ready, it only passes requests on.
 */
public final class ReadinessGate implements Filter {
    static final Texts TEXTS = Texts.of(ReadinessGate.class, "web");
    static final String HEALTH = "/api/health";

    private final BooleanSupplier ready;
    private final ObjectMapper json = ApiJson.mapper();

    public ReadinessGate(BooleanSupplier ready) {
        this.ready = ready;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (ready.getAsBoolean() || isHealthCheck((HttpServletRequest) request)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        Locale reader = req.getHeader("Accept-Language") == null ? Locale.ENGLISH : req.getLocale();
        int retry = HealthResource.RETRY_AFTER_SECONDS;
        Problem problem = new Problem("about:blank", TEXTS.message("web.starting.title").in(reader), HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                TEXTS.message("web.starting.detail", retry).in(reader), null);
        resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setHeader("Retry-After", String.valueOf(retry));
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        resp.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /** {@code /api/health} and what is under it answer while the node starts. */
    static boolean isHealthCheck(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }
}
