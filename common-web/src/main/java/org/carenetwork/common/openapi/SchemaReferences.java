package org.carenetwork.common.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Leaves out the component schemas nothing refers to: the vocabulary defines some for every
 * application (CrisisResource, from its META-INF/microprofile-config.properties), and a document
 * lists only what its operations use.
 */
final class SchemaReferences {

    private static final String PREFIX = "#/components/schemas/";

    private SchemaReferences() {
    }

    static void dropUnused(OpenAPI api) {
        Components components = api.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().values().forEach(item -> {
                parameters(item.getParameters(), pending);
                item.getOperations().values().forEach(operation -> {
                    parameters(operation.getParameters(), pending);
                    if (operation.getRequestBody() != null) {
                        content(operation.getRequestBody().getContent(), pending);
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().getAPIResponses().values().forEach(r -> response(r, pending));
                    }
                });
            });
        }
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(r -> response(r, pending));
        }
        parameters(components.getParameters() == null ? null : List.copyOf(components.getParameters().values()), pending);
        headers(components.getHeaders(), pending);
        Set<String> used = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
                String name = schema.getRef().substring(PREFIX.length());
                Schema target = components.getSchemas().get(name);
                if (used.add(name) && target != null) {
                    pending.push(target);
                }
            }
            // Every keyword that holds schemas (items, properties, propertyNames, allOf, ...): all of them.
            schema.getAll().values().forEach(value -> nested(value, pending));
        }
        for (String name : Set.copyOf(components.getSchemas().keySet())) {
            if (!used.contains(name)) {
                components.removeSchema(name);
            }
        }
    }

    private static void response(APIResponse response, Deque<Schema> pending) {
        content(response.getContent(), pending);
        headers(response.getHeaders(), pending);
    }

    private static void headers(Map<String, Header> headers, Deque<Schema> pending) {
        if (headers != null) {
            headers.values().forEach(h -> push(h.getSchema(), pending));
        }
    }

    private static void parameters(List<Parameter> parameters, Deque<Schema> pending) {
        if (parameters != null) {
            parameters.forEach(p -> {
                push(p.getSchema(), pending);
                content(p.getContent(), pending);
            });
        }
    }

    private static void content(Content content, Deque<Schema> pending) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> push(m.getSchema(), pending));
        }
    }

    private static void nested(Object value, Deque<Schema> pending) {
        if (value instanceof Schema schema) {
            pending.push(schema);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> nested(v, pending));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> nested(v, pending));
        }
    }

    private static void push(Schema schema, Deque<Schema> pending) {
        if (schema != null) {
            pending.push(schema);
        }
    }
}
