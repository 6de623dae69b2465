package org.carenetwork.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a JSON value is what the service's own document says, for the parts of JSON Schema the
 * document uses: $ref, anyOf, oneOf, type (with "null"), enum, required, properties (no others), items,
 * bounds of strings, arrays and integers, patterns, and the formats uuid, date and date-time.
 * Used on the document's examples and on real answers, so neither can drift from the schemas
 * (each domain service's ContractDocumentTests).
 */
public final class DocumentSchemas {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JsonNode document;

    public DocumentSchemas(JsonNode document) {
        this.document = document;
    }

    /** The component schema of that name, for {@link #violations}. */
    public JsonNode schema(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("no schema " + name);
        }
        return schema;
    }

    /** What is wrong with the value, each with where (empty: it conforms). */
    public List<String> violations(JsonNode schema, JsonNode value) {
        List<String> out = new ArrayList<>();
        check(schema, value, "$", out);
        return out;
    }

    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("not a local reference: " + ref);
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("unresolved reference " + ref);
            }
            current = target;
        }
        return current;
    }

    private void check(JsonNode schemaOrRef, JsonNode value, String at, List<String> out) {
        JsonNode schema = resolve(schemaOrRef);
        if (schemaOrRef.has("$ref") && schemaOrRef.size() > 1) {
            // Siblings of a reference (a description, a repeated bound) apply too.
            check(withoutRef(schemaOrRef), value, at, out);
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode branch : schema.get("anyOf")) {
                any |= violations(branch, value).isEmpty();
            }
            if (!any) {
                out.add(at + ": matches none of anyOf " + schema.get("anyOf"));
            }
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode branch : schema.get("oneOf")) {
                matching += violations(branch, value).isEmpty() ? 1 : 0;
            }
            if (matching != 1) {
                out.add(at + ": matches " + matching + " of oneOf " + schema.get("oneOf") + ", not exactly one");
            }
        }
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null") || schema.has("enum") && types.isEmpty()) {
                out.add(at + ": null where the schema does not allow it");
            }
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                out.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (types.isEmpty()) {
            return;
        }
        if (value.isObject() && types.contains("object")) {
            object(schema, value, at, out);
        } else if (value.isArray() && types.contains("array")) {
            array(schema, value, at, out);
        } else if (value.isTextual() && types.contains("string")) {
            string(schema, value.asText(), at, out);
        } else if (value.isIntegralNumber() && (types.contains("integer") || types.contains("number"))
                || value.isNumber() && types.contains("number")) {
            bounds(schema, value.decimalValue(), at, out);
        } else if (value.isBoolean() && types.contains("boolean")) {
            return;
        } else {
            out.add(at + ": " + value.getNodeType() + " where the schema says " + types);
        }
    }

    private JsonNode withoutRef(JsonNode schema) {
        var copy = schema.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("$ref");
        return copy;
    }

    private void object(JsonNode schema, JsonNode value, String at, List<String> out) {
        schema.path("required").forEach(r -> {
            if (!value.has(r.asText())) {
                out.add(at + "." + r.asText() + ": missing");
            }
        });
        JsonNode properties = schema.path("properties");
        if (properties.isMissingNode()) {
            return; // a nullable reference's own node ("type: [object, null]"): its anyOf says the rest
        }
        value.fields().forEachRemaining(field -> {
            if (!properties.has(field.getKey())) {
                out.add(at + "." + field.getKey() + ": not in the schema");
            } else {
                check(properties.get(field.getKey()), field.getValue(), at + "." + field.getKey(), out);
            }
        });
    }

    private void array(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            out.add(at + ": more than " + schema.get("maxItems") + " items");
        }
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            out.add(at + ": fewer than " + schema.get("minItems") + " items");
        }
        for (int i = 0; i < value.size(); i++) {
            check(schema.path("items"), value.get(i), at + "[" + i + "]", out);
        }
    }

    private void string(JsonNode schema, String text, String at, List<String> out) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            out.add(at + ": longer than " + schema.get("maxLength"));
        }
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            out.add(at + ": shorter than " + schema.get("minLength"));
        }
        if (schema.has("pattern")) {
            String p = schema.get("pattern").asText();
            // ECMA-262 as JSON Schema reads it: unanchored, and '$' only at the very end.
            Pattern pattern = Pattern.compile(p.endsWith("$") ? p.substring(0, p.length() - 1) + "\\z" : p);
            if (!pattern.matcher(text).find()) {
                out.add(at + ": \"" + text + "\" does not match " + p);
            }
        }
        boolean formatted = switch (schema.path("format").asText("")) {
            case "uuid" -> UUID.matcher(text).matches();
            case "date" -> parses(() -> LocalDate.parse(text));
            case "date-time" -> parses(() -> OffsetDateTime.parse(text));
            default -> true;
        };
        if (!formatted) {
            out.add(at + ": \"" + text + "\" is not a " + schema.get("format").asText());
        }
    }

    private static void bounds(JsonNode schema, BigDecimal n, String at, List<String> out) {
        if (schema.has("minimum") && n.compareTo(schema.get("minimum").decimalValue()) < 0) {
            out.add(at + ": below " + schema.get("minimum"));
        }
        if (schema.has("maximum") && n.compareTo(schema.get("maximum").decimalValue()) > 0) {
            out.add(at + ": above " + schema.get("maximum"));
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
