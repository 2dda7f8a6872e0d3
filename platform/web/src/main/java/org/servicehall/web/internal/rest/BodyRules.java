package org.servicehall.web.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.servicehall.common.Validator;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What every REST request body must satisfy, checked once here for all areas and plugins before a
 * resource method runs (issue 10 items 3, 4, 7), every problem named by its field path:
 * <ul>
 * <li>a record component marked {@code @JsonProperty(required = true)} or
 * {@code @Schema(requiredMode = REQUIRED)} is present and not null;</li>
 * <li>a record marked {@code @Schema(minProperties = n)} has at least n components that are not
 * null (a change that changes nothing is refused);</li>
 * <li>every text is at most its {@code @Schema(maxLength = …)} long, or {@value #DEFAULT_MAX_TEXT}
 * characters if it declares none, and holds no control characters, direction overrides or broken
 * characters ({@link org.servicehall.common.CitizenText}; line feeds and tabs are allowed);</li>
 * <li>the same inside nested records, lists, arrays and maps.</li>
 * </ul>
 * Plain Java on the value Jackson made; the areas' own rules still check the meaning.
 */
final class BodyRules {
    /** The longest text a body may carry where the field declares no maximum: the widest text column. */
    static final int DEFAULT_MAX_TEXT = 4000;
    private static final int MAX_DEPTH = 32;

    private BodyRules() {
    }

    /** The declared rules of one record component, read once per record class. */
    private record Component(String name, Method accessor, boolean required, int maxLength) {
    }

    private record Shape(List<Component> components, int minProperties) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Field field = field(type, c.getName());
                JsonProperty json = annotation(field, c.getAccessor(), JsonProperty.class);
                Schema schema = annotation(field, c.getAccessor(), Schema.class);
                String name = json != null && !json.value().isEmpty() ? json.value() : c.getName();
                boolean required = json != null && json.required()
                        || schema != null && (schema.requiredMode() == Schema.RequiredMode.REQUIRED || schema.required());
                int max = schema != null && schema.maxLength() != Integer.MAX_VALUE ? schema.maxLength() : DEFAULT_MAX_TEXT;
                Method accessor = c.getAccessor();
                accessible(accessor);
                components.add(new Component(name, accessor, required, max));
            }
            Schema onType = type.getAnnotation(Schema.class);
            return new Shape(List.copyOf(components), onType == null ? 0 : onType.minProperties());
        }
    };

    /** Adds every problem of the body to the validator. */
    static void check(Object body, Validator v) {
        value(JsonProblems.BODY, body, DEFAULT_MAX_TEXT, v, 0);
    }

    private static void value(String path, Object value, int maxLength, Validator v, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            String s = text.toString();
            v.maxLength(path, s, maxLength);
            v.citizenText(path, s, true);
        } else if (value instanceof Record record) {
            record(path, record, v, depth);
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object element : list) {
                value(path + "[" + i++ + "]", element, DEFAULT_MAX_TEXT, v, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                value(path + " (a key)", key, DEFAULT_MAX_TEXT, v, depth + 1);
                value(path + "." + key, e.getValue(), DEFAULT_MAX_TEXT, v, depth + 1);
            }
        } else if (value instanceof Optional<?> optional) {
            value(path, optional.orElse(null), maxLength, v, depth + 1);
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) {
                value(path + "[" + i + "]", array[i], DEFAULT_MAX_TEXT, v, depth + 1);
            }
        }
        // numbers, booleans, enums, dates and byte arrays (photos) carry no text to check
    }

    private static void record(String path, Record record, Validator v, int depth) {
        Shape shape = SHAPES.get(record.getClass());
        String prefix = JsonProblems.BODY.equals(path) ? "" : path + ".";
        int present = 0;
        for (Component c : shape.components()) {
            Object value;
            try {
                value = c.accessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.name() + " of " + record.getClass().getName(), e);
            }
            if (value == null) {
                if (c.required()) {
                    v.error(prefix + c.name(), JsonProblems.TEXTS.message("web.json.required"));
                }
                continue;
            }
            present++;
            value(prefix + c.name(), value, c.maxLength(), v, depth + 1);
        }
        if (present < shape.minProperties()) {
            String names = String.join(", ", shape.components().stream().map(Component::name).toList());
            v.error(path, shape.minProperties() == 1 ? JsonProblems.TEXTS.message("web.body.noChange", names)
                    : JsonProblems.TEXTS.message("web.body.atLeast", shape.minProperties(), names));
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static <A extends Annotation> A annotation(Field field, Method accessor, Class<A> kind) {
        A a = field == null ? null : field.getAnnotation(kind);
        return a != null ? a : accessor.getAnnotation(kind);
    }

    private static void accessible(AccessibleObject member) {
        try {
            member.setAccessible(true);
        } catch (RuntimeException e) {
            // a public accessor of a public record needs no help; others are read as far as allowed
        }
    }
}
