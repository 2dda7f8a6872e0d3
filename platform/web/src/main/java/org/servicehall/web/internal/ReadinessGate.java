package org.servicehall.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * the client has given up on) nor serves half an application. A browser asking for a screen gets the
 * same as a small HTML page that reloads itself. Once ready, it only passes requests on.
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
        if (wantsPage(req)) {
            resp.setContentType("text/html;charset=UTF-8");
            resp.getOutputStream().write(startingPage(problem, reader, retry).getBytes(StandardCharsets.UTF_8));
            return;
        }
        resp.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        resp.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    /**
     * A browser asking for a screen (kiosk, board, console: not {@code /api}, HTML accepted) gets a
     * small page saying the hall is starting, which reloads itself, instead of a JSON problem (issue 17).
     */
    static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return !path.startsWith("/api/") && !path.equals("/api") && accept != null && accept.contains("text/html");
    }

    /** The starting page in the reader's language: the problem's title and detail, reloading after {@code retry} seconds. */
    static String startingPage(Problem problem, Locale reader, int retry) {
        String lang = "zh".equals(reader.getLanguage()) ? "zh-CN" : "en";
        return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"" + retry
                + "\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(problem.title()) + "</title>"
                + "<style>body{margin:0;height:100vh;display:flex;align-items:center;justify-content:center;font-family:sans-serif;"
                + "background:#f4f6f9;color:#1d2a3a;text-align:center}main{padding:2em;max-width:40em}h1{font-size:2.2rem;margin:0 0 .5em}"
                + "p{font-size:1.3rem;line-height:1.6}</style></head><body><main><h1>" + escape(problem.title()) + "</h1><p>"
                + escape(problem.detail()) + "</p></main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code /api/health} and what is under it answer while the node starts. */
    static boolean isHealthCheck(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }
}
