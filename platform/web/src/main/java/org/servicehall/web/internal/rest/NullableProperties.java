package org.servicehall.web.internal.rest;

import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The document says what the JSON says: a property of a reference type (a text, a date, a
 * number object, an enum, a nested record) is written as {@code null} when it has no value, so
 * the document marks it {@code nullable} (issue 10 item 8: the validator found dozens of nulls
 * in fields the document declared as plain strings). Primitive properties (but decimals, which are
 * null when NaN) and those a request must carry ({@code @JsonProperty(required = true)}) stay
 * non-nullable.
 *
 * <p>OpenAPI 3.0 ignores {@code nullable} beside a {@code $ref}; for a nested record the
 * referenced component is marked nullable instead ({@link #markReferencedComponents}).
 */
final class NullableProperties implements ModelConverter {
    private final Set<String> nullableRefs = ConcurrentHashMap.newKeySet();

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema schema = chain.next().resolve(type, context, chain);
        if (schema == null || !type.isSchemaProperty() || type.getType() == null) {
            return schema;
        }
        JavaType javaType = type.getType() instanceof JavaType j ? j : TypeFactory.defaultInstance().constructType(type.getType());
        // a primitive decimal is written as null when it is NaN or infinite (ApiJson), so it is nullable too
        boolean decimal = javaType.getRawClass() == double.class || javaType.getRawClass() == float.class;
        if ((javaType.isPrimitive() && !decimal) || required(type.getCtxAnnotations())) {
            return schema;
        }
        if (schema.get$ref() != null) {
            nullableRefs.add(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        } else {
            schema.setNullable(true);
        }
        return schema;
    }

    private static boolean required(Annotation[] annotations) {
        if (annotations == null) {
            return false;
        }
        for (Annotation a : annotations) {
            if (a instanceof JsonProperty p && p.required()) {
                return true;
            }
            if (a instanceof io.swagger.v3.oas.annotations.media.Schema s
                    && (s.required() || s.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED)) {
                return true;
            }
        }
        return false;
    }

    /** Marks the components that some property refers to where it may be null. */
    @SuppressWarnings("rawtypes")
    void markReferencedComponents(OpenAPI doc) {
        if (doc.getComponents() == null || doc.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = doc.getComponents().getSchemas();
        for (String name : nullableRefs) {
            Schema s = schemas.get(name);
            if (s != null) {
                s.setNullable(true);
            }
        }
    }
}
