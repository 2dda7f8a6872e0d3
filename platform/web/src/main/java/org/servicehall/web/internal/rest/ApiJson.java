package org.servicehall.web.internal.rest;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON mapper of the REST API. Dates and times are ISO texts both ways. Reading is strict: a
 * value of the wrong JSON type is refused (issue 10 item 5) rather than converted: no number for a
 * text, a date or a time ({@code "at": 12345} is not 1970-01-01T03:25:45Z), no text for a number or
 * a boolean, no number for a boolean or an enum, no fraction for a whole number, no null for a
 * primitive (left out, a primitive keeps its default unless it is required), no unknown field. A
 * field is required if marked {@code @JsonProperty(required = true)} or
 * {@code @Schema(requiredMode = REQUIRED)} (one marker for the document and the check). A refusal is
 * a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} that {@link JsonProblems}
 * turns into a 400 naming the field and the expected type.
 */
public final class ApiJson {

    private ApiJson() {
    }

    /** A new mapper (one per API generation, so no cache pins an undeployed plugin's classes). */
    public static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .annotationIntrospector(new SchemaRequired())
                .addModule(new JavaTimeModule())
                // after the JavaTimeModule, so it wraps that module's deserializers
                .addModule(strictValues())
                .addModule(finiteNumbers())
                .build();
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean);
        // a whole number for a decimal (1 for 1.0) is no conversion: JSON has one number type
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.String);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
        return mapper;
    }

    private static void refuse(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /**
     * Instant, OffsetDateTime, ZonedDateTime and Duration read a number as seconds since 1970 and
     * LocalDate an array as [year, month, day], whatever the coercion settings: every java.time
     * value is read from a text only. A primitive given as null is refused.
     */
    private static SimpleModule strictValues() {
        SimpleModule module = new SimpleModule("servicehall-strict-values");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                boolean time = type.getPackageName().equals("java.time")
                        && (Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type));
                if (time) {
                    return new TextOnly(deserializer);
                }
                return type.isPrimitive() ? new NoNullPrimitive(deserializer) : deserializer;
            }
        });
        return module;
    }

    /**
     * A share or average of nothing (0/0) is NaN in Java; Jackson would write it as the text "NaN" in
     * a number field (issue 10 item 8). Every NaN or infinite decimal is written as {@code null}, which
     * the document declares for decimals ({@link NullableProperties}).
     */
    private static SimpleModule finiteNumbers() {
        SimpleModule module = new SimpleModule("servicehall-finite-numbers");
        module.addSerializer(Double.class, new FiniteDouble());
        module.addSerializer(Double.TYPE, new FiniteDouble());
        module.addSerializer(Float.class, new FiniteFloat());
        module.addSerializer(Float.TYPE, new FiniteFloat());
        return module;
    }

    static final class FiniteDouble extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        FiniteDouble() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isNaN() || value.isInfinite()) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }

    static final class FiniteFloat extends StdSerializer<Float> {
        private static final long serialVersionUID = 1L;

        FiniteFloat() {
            super(Float.class);
        }

        @Override
        public void serialize(Float value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isNaN() || value.isInfinite()) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }

    /** A java.time value read only from a JSON text; anything else is a mismatch naming the type. */
    static final class TextOnly extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), p.currentToken(), p,
                        "expected %s, got %s", JsonProblems.expected(handledType()), JsonProblems.got(p.currentToken()));
            }
            return super.deserialize(p, context);
        }
    }

    /**
     * A primitive given as JSON null is refused ("expected true or false, got null"), instead of
     * becoming 0 or false; left out, it keeps its default (or is "required", if marked so).
     */
    static final class NoNullPrimitive extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        NoNullPrimitive(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new NoNullPrimitive(delegate);
        }

        @Override
        public Object getNullValue(DeserializationContext context) throws JsonMappingException {
            throw MismatchedInputException.from(context.getParser(), handledType(),
                    "expected " + JsonProblems.expected(handledType()) + ", got null");
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) throws JsonMappingException {
            return _delegatee.getNullValue(context);
        }
    }

    /** {@code @Schema(requiredMode = REQUIRED)} marks a field Jackson requires, as {@code @JsonProperty(required = true)} does. */
    static final class SchemaRequired extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public Boolean hasRequiredMarker(AnnotatedMember member) {
            Schema schema = _findAnnotation(member, Schema.class);
            if (schema != null && (schema.requiredMode() == Schema.RequiredMode.REQUIRED || schema.required())) {
                return Boolean.TRUE;
            }
            return super.hasRequiredMarker(member);
        }
    }
}
