package org.servicehall.web.internal.rest;

import java.io.IOException;
import java.lang.annotation.Annotation;

import org.servicehall.common.Message;
import org.servicehall.common.ValidationException;
import org.servicehall.common.Validator;
import org.servicehall.web.OptionalBody;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Every request body of the API, checked once for all areas and plugins as it is read (issue 10
 * item 4): a missing body, an empty one or JSON {@code null} is a 400 "request body is required"
 * unless the resource method's parameter is marked {@link OptionalBody}; then the
 * body's fields must satisfy {@link BodyRules}. Nothing reaches the resource method otherwise.
 */
final class RequestBodies implements ReaderInterceptor {
    static final Message REQUIRED = JsonProblems.TEXTS.message("web.body.required");

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        Object body = context.proceed();
        if (body == null) {
            if (required(context.getAnnotations())) {
                throw ValidationException.of(JsonProblems.BODY, REQUIRED);
            }
            return null;
        }
        Validator v = new Validator();
        BodyRules.check(body, v);
        v.throwIfInvalid();
        return body;
    }

    /** Whether the entity parameter needs a body: yes, unless it is marked {@link OptionalBody}. */
    static boolean required(Annotation[] parameterAnnotations) {
        if (parameterAnnotations != null) {
            for (Annotation a : parameterAnnotations) {
                if (a instanceof OptionalBody) {
                    return false;
                }
            }
        }
        return true;
    }
}
