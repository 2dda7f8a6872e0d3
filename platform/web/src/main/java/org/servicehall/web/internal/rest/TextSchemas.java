package org.servicehall.web.internal.rest;

import java.time.YearMonth;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * Values the API's JSON writes as texts that swagger would describe as objects (issue 10 item 8):
 * a {@link YearMonth} is written as {@code "2026-11"} ({@link ApiJson}), so the document says a
 * text of that pattern wherever one appears — a month of a report, the first month of a period.
 */
final class TextSchemas implements ModelConverter {
    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getType() != null) {
            JavaType javaType = type.getType() instanceof JavaType j ? j : TypeFactory.defaultInstance().constructType(type.getType());
            if (javaType.getRawClass() == YearMonth.class) {
                return new StringSchema().pattern("^\\d{4}-\\d{2}$").example("2026-11")
                        .description("a month, year and month as in 2026-11");
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
