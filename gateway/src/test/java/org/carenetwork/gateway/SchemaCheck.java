package org.carenetwork.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a value conforms to a schema of the OpenAPI document (the subset of OpenAPI 3.1 and its
 * JSON Schema the document uses: type, as a name or a list with "null", nullable (3.0), enum,
 * const, required, properties, additionalProperties, propertyNames, maxProperties, allOf, anyOf,
 * oneOf, string lengths and patterns, number bounds (exclusive ones as 3.0's flags or 3.1's
 * numbers), array sizes and the formats uuid, date, date-time, int32, int64). The hostile-input
 * tests use it to decide whether a generated request was valid (only then may it be accepted);
 * {@link #strict()} checks answers (AnswersFitTheDocument): no reading between the lines there, and
 * an object whose schema lists its properties may carry no other (the document must say all an answer holds).
 *
 * What a reader may take without changing the value counts as conforming; what would change or
 * guess it does not. So in a JSON body: a scalar given as another scalar with the same text (the
 * string "2" for an integer, the number 90.5 for a string, "true" for a boolean); an enum value
 * with surrounding spaces; null for an optional field (as if absent). Not: a fraction or an empty
 * string for an integer, a number for an enum (read as its position), a number for a boolean. In
 * a query, path or header parameter, the usual reading of text: "+5" and "007" are integers,
 * "TRUE" is a boolean, enum values in any case with surrounding spaces or control characters. Lengths count code points,
 * as JSON Schema does, so a service counting UTF-16 units can only be stricter than this check.
 */
final class SchemaCheck {

    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$");
    private static final Pattern INTEGER_TEXT = Pattern.compile("^[+-]?\\d+$");
    private static final Pattern NUMBER_TEXT = Pattern.compile("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$");
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final ApiDocument document;
    private final boolean strict;

    SchemaCheck(ApiDocument document) {
        this(document, false);
    }

    private SchemaCheck(ApiDocument document, boolean strict) {
        this.document = document;
        this.strict = strict;
    }

    /** The check an answer must pass: a value is what it says (no text for a number, no null for absent). */
    SchemaCheck strict() {
        return new SchemaCheck(document, true);
    }

    /** What is wrong with the value (empty: it conforms). */
    List<String> violations(JsonNode schema, JsonNode value) {
        List<String> out = new ArrayList<>();
        check(schema, value, "$", out);
        return out;
    }

    boolean conforms(JsonNode schema, JsonNode value) {
        return violations(schema, value).isEmpty();
    }

    /**
     * Whether the texts of a query, path or header parameter conform: each value read as the
     * schema's type (an array parameter with explode takes one value per occurrence).
     */
    boolean parameterConforms(JsonNode schema, List<String> values) {
        JsonNode s = document.resolve(schema);
        if (types(s).contains("array")) {
            JsonNode items = document.resolve(s.path("items"));
            if (values.size() > s.path("maxItems").asInt(Integer.MAX_VALUE) || values.size() < s.path("minItems").asInt(0)) {
                return false;
            }
            return values.stream().allMatch(v -> scalarConforms(items, v));
        }
        return values.stream().allMatch(v -> scalarConforms(s, v));
    }

    private boolean scalarConforms(JsonNode schema, String text) {
        JsonNode s = document.resolve(schema);
        Set<String> named = types(s);
        named.remove("null");
        String type = named.isEmpty() ? "string" : named.iterator().next();
        if (s.has("enum")) {
            String read = text.strip().trim(); // Java's trim() also drops control characters such as NUL
            for (JsonNode allowed : s.get("enum")) {
                if (allowed.asText().equalsIgnoreCase(read)) {
                    return true;
                }
            }
            return false;
        }
        JsonNode value;
        switch (type) {
            case "integer" -> {
                if (!INTEGER_TEXT.matcher(text).matches()) {
                    return false;
                }
                value = BigIntegerNode.valueOf(new BigInteger(text.replace("+", "")));
            }
            case "number" -> {
                if (!NUMBER_TEXT.matcher(text).matches()) {
                    return false;
                }
                value = DecimalNode.valueOf(new BigDecimal(text.replace("+", "")));
            }
            case "boolean" -> {
                if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                    return false;
                }
                value = BooleanNode.valueOf(Boolean.parseBoolean(text));
            }
            default -> value = TextNode.valueOf(text);
        }
        return conforms(s, value);
    }

    private void check(JsonNode schemaOrRef, JsonNode value, String at, List<String> out) {
        JsonNode schema = document.resolve(schemaOrRef);
        if (schema == null || schema.isMissingNode() || schema.isEmpty()) {
            return; // anything
        }
        for (JsonNode part : schema.path("allOf")) {
            check(part, value, at, out);
        }
        if (value == null || value.isMissingNode()) {
            return;
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            if (schema.has(keyword)) {
                List<String> first = null;
                boolean any = false;
                for (JsonNode branch : schema.get(keyword)) {
                    List<String> tried = new ArrayList<>();
                    check(branch, value, at, tried);
                    any |= tried.isEmpty();
                    first = first == null ? tried : first;
                }
                if (!any) {
                    out.add(at + ": matches none of " + keyword + (first == null || first.isEmpty() ? "" : " (" + first.get(0) + ")"));
                }
            }
        }
        Set<String> types = types(schema);
        if (value.isNull()) {
            boolean nullable = schema.path("nullable").asBoolean(false) || types.contains("null");
            if (!nullable && (!types.isEmpty() || schema.has("enum") || schema.has("allOf") || schema.has("const"))) {
                out.add(at + ": null");
            }
            return;
        }
        types.remove("null");
        if (!types.isEmpty()) {
            List<String> best = null;
            for (String type : types) {
                List<String> tried = new ArrayList<>();
                typed(type, schema, value, at, tried);
                if (tried.isEmpty()) {
                    best = tried;
                    break;
                }
                best = best == null ? tried : best;
            }
            out.addAll(best);
        } else if (schema.has("properties") && value.isObject()) {
            object(schema, value, at, out);
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value)
                        || (!strict && allowed.isTextual() && value.isTextual() && allowed.asText().equals(value.asText().trim()));
            }
            if (!listed) {
                out.add(at + ": not one of " + schema.get("enum"));
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            out.add(at + ": not " + schema.get("const"));
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type != null && type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private void typed(String type, JsonNode schema, JsonNode value, String at, List<String> out) {
        switch (type) {
            case "object" -> object(schema, value, at, out);
            case "array" -> array(schema, value, at, out);
            case "string" -> string(schema, value, at, out);
            case "integer" -> integer(schema, value, at, out);
            case "number" -> number(schema, value, at, out);
            case "boolean" -> {
                if (!value.isBoolean() && (strict
                        || !(value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))))) {
                    out.add(at + ": not a boolean");
                }
            }
            default -> { }
        }
    }

    private void object(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (!value.isObject()) {
            out.add(at + ": not an object");
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                out.add(at + "." + required.asText() + ": missing");
            }
        }
        if (value.size() > schema.path("maxProperties").asInt(Integer.MAX_VALUE)) {
            out.add(at + ": more than " + schema.get("maxProperties") + " properties");
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (!strict && field.getValue().isNull() && properties.has(name) && !required.contains(name)) {
                continue; // null for an optional field: as if absent
            }
            JsonNode names = schema.get("propertyNames");
            if (names != null) {
                check(names, TextNode.valueOf(name), at + "." + name + " (name)", out);
            }
            if (properties.has(name)) {
                check(properties.get(name), field.getValue(), at + "." + name, out);
            } else if (additional != null && additional.isBoolean() && !additional.asBoolean()
                    || strict && additional == null && !properties.isEmpty() && !schema.has("allOf")) {
                out.add(at + "." + name + ": not allowed" + (additional == null ? " (not in the document)" : ""));
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), at + "." + name, out);
            }
        }
    }

    private void array(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (!value.isArray()) {
            out.add(at + ": not an array");
            return;
        }
        if (value.size() > schema.path("maxItems").asInt(Integer.MAX_VALUE)) {
            out.add(at + ": more than " + schema.get("maxItems") + " items");
        }
        if (value.size() < schema.path("minItems").asInt(0)) {
            out.add(at + ": fewer than " + schema.get("minItems") + " items");
        }
        if (schema.path("uniqueItems").asBoolean(false)) {
            Set<JsonNode> seen = new HashSet<>();
            value.forEach(item -> {
                if (!seen.add(item)) {
                    out.add(at + ": repeated item");
                }
            });
        }
        for (int i = 0; i < value.size(); i++) {
            check(schema.path("items"), value.get(i), at + "[" + i + "]", out);
        }
    }

    private void string(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (!value.isTextual() && (strict || schema.has("enum") || !(value.isNumber() || value.isBoolean()))) {
            out.add(at + ": not a string");
            return;
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (length > schema.path("maxLength").asInt(Integer.MAX_VALUE)) {
            out.add(at + ": longer than " + schema.get("maxLength"));
        }
        if (length < schema.path("minLength").asInt(0)) {
            out.add(at + ": shorter than " + schema.get("minLength"));
        }
        if (schema.has("pattern") && !ecmaPattern(schema.get("pattern").asText()).matcher(text).find()) {
            out.add(at + ": does not match " + schema.get("pattern").asText());
        }
        String format = schema.path("format").asText("");
        boolean formatted = switch (format) {
            case "uuid" -> UUID.matcher(text).matches();
            case "date" -> parses(() -> LocalDate.parse(text)); // ISO 8601, expanded years ("+10000-01-01") included
            case "date-time" -> DATE_TIME.matcher(text).matches() && parses(() -> OffsetDateTime.parse(text.toUpperCase()));
            default -> true;
        };
        if (!formatted) {
            out.add(at + ": not a " + format);
        }
    }

    private void integer(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (!strict && value.isTextual() && INTEGER_TEXT.matcher(value.asText()).matches()) {
            integer(schema, BigIntegerNode.valueOf(new BigInteger(value.asText().replace("+", ""))),
                    at, out);
            return;
        }
        if (!value.isIntegralNumber() && !(value.isNumber() && Double.isFinite(value.doubleValue()) && isWhole(value.decimalValue()))) {
            out.add(at + ": not an integer");
            return;
        }
        BigDecimal n = value.decimalValue();
        String format = schema.path("format").asText("");
        BigDecimal[] range = switch (format) {
            case "int32" -> new BigDecimal[] {BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE)};
            default -> new BigDecimal[] {BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE)};
        };
        if (n.compareTo(range[0]) < 0 || n.compareTo(range[1]) > 0) {
            out.add(at + ": outside " + (format.isEmpty() ? "int64" : format));
        }
        bounds(schema, n, at, out);
    }

    private void number(JsonNode schema, JsonNode value, String at, List<String> out) {
        if (!strict && value.isTextual() && NUMBER_TEXT.matcher(value.asText()).matches()) {
            number(schema, DecimalNode.valueOf(new BigDecimal(value.asText().replace("+", ""))),
                    at, out);
            return;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            out.add(at + ": not a number");
            return;
        }
        BigDecimal n = value.decimalValue();
        if (schema.path("format").asText("").equals("double")
                && (Double.isInfinite(n.doubleValue()) || (n.signum() != 0 && n.doubleValue() == 0.0))) {
            out.add(at + ": not representable as a double");
            return;
        }
        bounds(schema, n, at, out);
    }

    private static void bounds(JsonNode schema, BigDecimal n, String at, List<String> out) {
        // OpenAPI 3.1 (JSON Schema 2020-12): exclusiveMinimum / exclusiveMaximum are the bounds themselves.
        if (schema.path("exclusiveMinimum").isNumber() && n.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
            out.add(at + ": not above " + schema.get("exclusiveMinimum"));
        }
        if (schema.path("exclusiveMaximum").isNumber() && n.compareTo(schema.get("exclusiveMaximum").decimalValue()) >= 0) {
            out.add(at + ": not below " + schema.get("exclusiveMaximum"));
        }
        if (schema.has("minimum")) {
            int c = n.compareTo(schema.get("minimum").decimalValue());
            if (c < 0 || (c == 0 && schema.path("exclusiveMinimum").asBoolean(false))) {
                out.add(at + ": below the minimum " + schema.get("minimum"));
            }
        }
        if (schema.has("maximum")) {
            int c = n.compareTo(schema.get("maximum").decimalValue());
            if (c > 0 || (c == 0 && schema.path("exclusiveMaximum").asBoolean(false))) {
                out.add(at + ": above the maximum " + schema.get("maximum"));
            }
        }
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    /** An ECMA-262 pattern as Java reads it: '$' only at the very end of the input. */
    static Pattern ecmaPattern(String pattern) {
        return PATTERNS.computeIfAbsent(pattern, p -> Pattern.compile(p.endsWith("$") && !p.endsWith("\\$")
                ? p.substring(0, p.length() - 1) + "\\z" : p));
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
