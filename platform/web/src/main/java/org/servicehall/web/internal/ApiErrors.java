package org.servicehall.web.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.servicehall.common.Texts;
import org.servicehall.web.internal.rest.ApiJson;
import org.servicehall.web.internal.rest.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The answers Jetty itself gives to a request it refuses before the REST application sees it — a
 * path with an encoded separator or a control character ({@code %2F}, {@code %00}: "Ambiguous URI
 * path separator"), a request line it cannot read — as {@code application/problem+json} in the
 * reader's language for the API ({@code /api/…}) instead of Jetty's HTML page, so that a client of
 * the REST API always reads one kind of error (issue 16: bad input, fuzzed). The console's and the
 * screens' pages keep Jetty's page. Never a stack trace.
 */
final class ApiErrors {
    static final Texts TEXTS = Texts.of(ApiErrors.class, "web");

    private ApiErrors() {
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /**
     * The problem document of a refusal with {@code status}, in {@code reader}'s language, or in
     * Chinese and English when the reader's language is not known (a request Jetty could not read
     * keeps none of its headers).
     */
    static byte[] problem(int status, Locale reader) {
        String title = HttpStatus.getMessage(status);
        String key = status == HttpStatus.BAD_REQUEST_400 ? "web.refused.badRequest"
                : status == HttpStatus.URI_TOO_LONG_414 || status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ? "web.refused.tooLarge"
                : status == HttpStatus.NOT_FOUND_404 ? "web.refused.notFound" : "web.refused.other";
        try {
            String detail = reader != null ? TEXTS.message(key, status).in(reader)
                    : TEXTS.message(key, status).in(Locale.SIMPLIFIED_CHINESE) + " / " + TEXTS.message(key, status).in(Locale.ENGLISH);
            return ApiJson.mapper().writeValueAsBytes(new Problem("about:blank", title, status, detail, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Locale reader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale best = Locale.lookup(ranges, List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.ENGLISH));
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    /** The server's own error answers: requests refused outside the servlet context, and unreadable requests. */
    static final class ServerErrors extends org.eclipse.jetty.server.handler.ErrorHandler {
        /** Every method gets its answer's body (Jetty writes one for GET, POST and HEAD only): the REST API has PUT and DELETE. */
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
                throws IOException {
            if (!forTheApi(request)) {
                super.generateResponse(request, response, code, message, cause, callback);
                return;
            }
            byte[] body = problem(code, reader(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE)));
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE.toString());
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
        }

        /**
         * An API request, or a request Jetty refused while reading it — then its path is lost (Jetty
         * answers it as {@code /badMessage}) and its Accept header tells: a browser asks for HTML and
         * keeps Jetty's page, a REST client gets the problem document.
         */
        private static boolean forTheApi(Request request) {
            String path = request.getHttpURI().getPath();
            if (isApi(path)) {
                return true;
            }
            String accept = request.getHeaders().get(HttpHeader.ACCEPT);
            return "/badMessage".equals(path) && (accept == null || !accept.contains("text/html"));
        }

        /** A request Jetty could not read at all (its path and language unknown): the problem document in both languages. */
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE.toString()));
            return ByteBuffer.wrap(problem(status, null));
        }
    }

    /** The servlet context's error answers (e.g. an ambiguous path refused before any servlet). */
    static final class ContextErrors extends org.eclipse.jetty.ee10.servlet.ErrorHandler {
        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request, HttpServletResponse response,
                int code, String message) throws IOException {
            if (!isApi(request.getRequestURI())) {
                super.generateAcceptableResponse(baseRequest, request, response, code, message);
                return;
            }
            byte[] body = problem(code, reader(request.getHeader("Accept-Language")));
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
