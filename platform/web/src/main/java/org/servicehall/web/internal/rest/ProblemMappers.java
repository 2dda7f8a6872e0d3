package org.servicehall.web.internal.rest;

import java.util.List;
import java.util.Locale;

import org.servicehall.common.Conflict;
import org.servicehall.common.HallException;
import org.servicehall.common.NotFound;
import org.servicehall.common.ValidationException;
import org.servicehall.common.ValidationException.FieldError;
import org.servicehall.security.AccessDenied;
import org.servicehall.security.SignInNeeded;
import org.servicehall.web.internal.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Turns every failure into {@code application/problem+json} naming the problem; never a stack trace. */
final class ProblemMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    /**
     * The reader's language for a problem's detail: the first language of the request's
     * {@code Accept-Language} (Chinese for any {@code zh}), English when it names none.
     */
    static Locale readerOf(HttpHeaders headers) {
        if (headers == null) {
            return Locale.ENGLISH;
        }
        try {
            return headers.getAcceptableLanguages().stream().filter(l -> !"*".equals(l.getLanguage())).findFirst().orElse(Locale.ENGLISH);
        } catch (RuntimeException e) {
            return Locale.ENGLISH; // outside a request, or a header that does not parse
        }
    }

    static final class UserErrors implements ExceptionMapper<HallException> {
        @Context
        private HttpHeaders headers;

        UserErrors() {
        }

        UserErrors(HttpHeaders headers) {
            this.headers = headers;
        }

        @Override
        public Response toResponse(HallException e) {
            Locale reader = readerOf(headers);
            if (e instanceof ValidationException v) {
                return Problem.response(400, "Invalid input", v.message(reader),
                        v.errors().stream().map(f -> new Problem.FieldProblem(f.field(), f.message(reader))).toList());
            }
            String detail = e.message(reader);
            if (e instanceof NotFound) {
                return Problem.response(404, "Not found", detail, null);
            }
            if (e instanceof Conflict) {
                return Problem.response(409, "Conflict", detail, null);
            }
            if (e instanceof SignInNeeded) {
                return Response.fromResponse(Problem.response(401, "Unauthorized", detail, null))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ServiceHall\", charset=\"UTF-8\"").build();
            }
            if (e instanceof AccessDenied) {
                return Problem.response(403, "Forbidden", detail, null);
            }
            return Problem.response(400, "Request refused", detail, null);
        }
    }

    static final class BadJson implements ExceptionMapper<JsonProcessingException> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(JsonProcessingException e) {
            if (e instanceof InvalidDefinitionException) {
                // not the client's JSON: a type the server cannot (de)serialize is the server's fault
                LOG.error("A REST type cannot be mapped to JSON", e);
                return Problem.response(500, "Internal error", JsonProblems.TEXTS.message("web.internal").in(readerOf(headers)), null);
            }
            if (e instanceof ValueInstantiationException made && made.getCause() instanceof HallException refused) {
                return new UserErrors(headers).toResponse(refused); // a value type's own check refused the input
            }
            Locale reader = readerOf(headers);
            FieldError error = e instanceof JsonMappingException mapping ? JsonProblems.describe(mapping) : null;
            if (error != null) {
                Problem.FieldProblem problem = new Problem.FieldProblem(error.field(), error.message(reader));
                return Problem.response(400, "Invalid input", problem.field() + ": " + problem.message(), List.of(problem));
            }
            return Problem.response(400, "Malformed JSON",
                    JsonProblems.TEXTS.message("web.json.malformed", e.getOriginalMessage() + location(e)).in(reader), null);
        }

        private static String location(JsonProcessingException e) {
            return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        }
    }

    static final class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response r = e.getResponse();
            String title = r.getStatusInfo().getReasonPhrase();
            return Problem.response(r.getStatus(), title, e.getMessage(), null);
        }
    }

    static final class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        private HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof WebApplicationException w) {
                return new Http().toResponse(w);
            }
            if (DatabaseOutage.causedBy(e)) {
                // issue 17: the database is away (stopped, cut off); the request is refused whole, the client tries again
                LOG.warn("REST request refused: the database cannot be reached ({})", e.toString());
                Locale reader = readerOf(headers);
                return Response.fromResponse(Problem.response(503, JsonProblems.TEXTS.message("web.database.title").in(reader),
                        JsonProblems.TEXTS.message("web.database.detail", DatabaseOutage.RETRY_AFTER_SECONDS).in(reader), null))
                        .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
            }
            LOG.error("Unexpected error in the REST API", e);
            return Problem.response(500, "Internal error", JsonProblems.TEXTS.message("web.internal").in(readerOf(headers)), null);
        }
    }
}
