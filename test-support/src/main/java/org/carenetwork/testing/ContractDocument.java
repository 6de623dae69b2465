package org.carenetwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every service's OpenAPI document (its part of the contract, generated from its code) must
 * say, checked on the served document: each operation has an id, a summary, one tag and a success
 * answer with a schema; every string is bounded (maxLength, or an enum or const), every array has
 * maxItems, every integer a minimum, a maximum and a format. {@link #problems} lists what is not
 * so, each with where it is, so a test can show them all at once.
 */
public final class ContractDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private ContractDocument() {
    }

    public static List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String at = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                String id = operation.path("operationId").asText("");
                if (id.isBlank()) {
                    problems.add(at + ": no operationId");
                } else if (!operationIds.add(id)) {
                    problems.add(at + ": operationId " + id + " is used twice");
                }
                if (operation.path("summary").asText("").isBlank()) {
                    problems.add(at + ": no summary");
                }
                if (operation.path("tags").size() != 1) {
                    problems.add(at + ": needs exactly one tag");
                }
                successAnswer(at, operation.path("responses"), problems);
            }
        }
        walk("$", document, problems);
        return problems;
    }

    private static void successAnswer(String at, JsonNode responses, List<String> problems) {
        boolean any = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> response = it.next();
            if (!response.getKey().startsWith("2")) {
                continue;
            }
            any = true;
            if (response.getKey().equals("204")) {
                continue;
            }
            JsonNode content = response.getValue().path("content");
            if (content.isEmpty()) {
                problems.add(at + " " + response.getKey() + ": no content");
            }
            content.fields().forEachRemaining(media -> {
                JsonNode schema = media.getValue().path("schema");
                if (schema.isMissingNode() || schema.isEmpty()) {
                    problems.add(at + " " + response.getKey() + " " + media.getKey() + ": an empty schema");
                }
            });
        }
        if (!any) {
            problems.add(at + ": no success (2xx) answer");
        }
    }

    /** Every schema-shaped node: bounded as the contract requires. */
    private static void walk(String where, JsonNode node, List<String> problems) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            if (type != null && !node.has("$ref")) {
                Set<String> types = new HashSet<>();
                if (type.isArray()) {
                    type.forEach(t -> types.add(t.asText()));
                } else if (type.isTextual()) {
                    types.add(type.asText());
                }
                if (types.contains("string") && !node.has("maxLength") && !node.has("enum") && !node.has("const")) {
                    problems.add(where + ": a string without maxLength");
                }
                if (types.contains("array") && !node.has("maxItems")) {
                    problems.add(where + ": an array without maxItems");
                }
                if (types.contains("integer") && (!node.has("minimum") && !node.has("exclusiveMinimum")
                        || !node.has("maximum") && !node.has("exclusiveMaximum") || !node.has("format"))) {
                    problems.add(where + ": an integer without minimum, maximum and format");
                }
            }
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("example") && !e.getKey().equals("examples")) {
                    walk(where + "." + e.getKey(), e.getValue(), problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(where + "[" + i + "]", node.get(i), problems);
            }
        }
    }
}
