package org.servicehall.web.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.servicehall.web.OptionalBody;
import org.servicehall.web.RequiresRole;

import io.swagger.v3.core.util.PathUtils;
import io.swagger.v3.jaxrs2.util.ReaderUtils;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Says in the OpenAPI document who may call each operation (issue 10 item 9), from the same
 * {@link RequiresRole} annotations the API enforces (method first, then class): an HTTP Basic
 * security scheme {@value #SCHEME}; on each protected operation a requirement of it, on each public
 * one an explicit empty {@code security: []}; and on every operation the extension
 * {@value #ROLE_EXTENSION} with the role ({@code STAFF}, {@code SUPERVISOR}, {@code ADMIN}) or
 * {@value #PUBLIC}; an operation without the annotation that checks its callers itself declares its
 * role in its {@code @Operation}'s extensions, which is kept. A request body is marked required unless its parameter is {@link OptionalBody},
 * as {@link RequestBodies} enforces.
 */
final class OpenApiRoles {
    static final String SCHEME = "basicAuth";
    static final String ROLE_EXTENSION = "x-servicehall-role";
    static final String PUBLIC = "PUBLIC";

    private OpenApiRoles() {
    }

    static void apply(OpenAPI doc, Set<Class<?>> resources) {
        if (doc.getComponents() == null) {
            doc.setComponents(new Components());
        }
        doc.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A ServiceHall account's username and password; the role an operation needs is in its "
                        + ROLE_EXTENSION + " (STAFF, SUPERVISOR, ADMIN or PUBLIC)"));
        if (doc.getPaths() == null) {
            return;
        }
        for (Class<?> resource : resources) {
            Path classPath = resource.getAnnotation(Path.class);
            RequiresRole onClass = resource.getAnnotation(RequiresRole.class);
            for (Method method : resource.getMethods()) {
                String http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                String path = PathUtils.parsePath(ReaderUtils.getPath(classPath, method.getAnnotation(Path.class), null, false),
                        new LinkedHashMap<>());
                PathItem item = doc.getPaths().get(path);
                Operation operation = item == null ? null : operation(item, http);
                if (operation == null) {
                    continue; // hidden from the document
                }
                RequiresRole onMethod = method.getAnnotation(RequiresRole.class);
                RequiresRole required = onMethod != null ? onMethod : onClass;
                Object declared = operation.getExtensions() == null ? null : operation.getExtensions().get(ROLE_EXTENSION);
                if (required == null && declared != null && !PUBLIC.equals(declared)) {
                    // an operation that checks its callers itself (the metrics' scrape token) declares its role
                    operation.setSecurity(new ArrayList<>());
                    operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
                } else if (required == null) {
                    operation.setSecurity(new ArrayList<>());
                    operation.addExtension(ROLE_EXTENSION, PUBLIC);
                } else {
                    operation.setSecurity(new ArrayList<>());
                    operation.addSecurityItem(new SecurityRequirement().addList(SCHEME));
                    operation.addExtension(ROLE_EXTENSION, required.value().name());
                }
                if (operation.getRequestBody() != null && entityRequired(method)) {
                    operation.getRequestBody().setRequired(true);
                }
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static Operation operation(PathItem item, String http) {
        Map<PathItem.HttpMethod, Operation> operations = item.readOperationsMap();
        try {
            return operations.get(PathItem.HttpMethod.valueOf(http));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the method reads a body (a parameter without JAX-RS annotations) that is not {@link OptionalBody}. */
    private static boolean entityRequired(Method method) {
        for (Parameter p : method.getParameters()) {
            boolean jaxrs = false;
            boolean optional = false;
            for (Annotation a : p.getAnnotations()) {
                jaxrs |= a.annotationType().getPackageName().startsWith("jakarta.ws.rs");
                optional |= a instanceof OptionalBody;
            }
            if (!jaxrs) {
                return !optional;
            }
        }
        return false;
    }
}
