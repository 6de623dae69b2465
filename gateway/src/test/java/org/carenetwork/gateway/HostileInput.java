package org.carenetwork.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * Hostile values for the fuzz tests, drawn with jqwik's generators (edge cases mixed in) from one
 * seeded {@link Random}: the same seed gives the same values. Strings: SQL and script payloads,
 * right-to-left text, emoji, NUL, lone surrogates, huge strings; numbers: out of range, too big
 * for any type, fractions where integers go; JSON: wrong types, missing and extra fields, and
 * bodies that are not JSON at all.
 */
final class HostileInput {

    static final List<String> PAYLOADS = List.of(
            // SQL
            "' OR '1'='1", "'; DROP TABLE facility; --", "1; DELETE FROM coverage_request; --", "\" OR \"\"=\"",
            "' UNION SELECT NULL, NULL, NULL --", "%' AND 1=0 UNION SELECT table_name FROM information_schema.tables --",
            "admin'--", "1' ORDER BY 99 --", "\\'; --", "$$; DROP TABLE payer; $$", "E'\\x00'", "%", "_", "\\",
            // script, templates, traversal, header injection
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://127.0.0.1:1/a}", "{{7*7}}", "#{7*7}", "${7*7}", "<!--", "]]>",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "%s%s%s%n", "%00", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "\r\nSet-Cookie: fuzz=1",
            "null", "undefined", "NaN", "Infinity", "true", "0", "-1", "[]", "{}", "\\u0000",
            // unicode
            "\u202Eevil.exe\u202C", "مرحبا بالعالم", "שלום עולם", "\u200F\u200E\u061C", "😀", "👨‍👩‍👧‍👦", "🇺🇸🏳️‍🌈",
            "e\u0301\u0302\u0303", "Z̴̡̪̫͖̪̥͖͙̯̙̀̊̎̉̑̓͐ͅ", "\u0000", "a\u0000b", "\uD800", "\uDC00", "x\uD83Dy", "\uDBFF\uDFFF",
            "\uFEFF", "\u200B\u200C\u200D", "\uFFFD", "\uFFFF", "\uFFFE", "\u0085", "\u2028\u2029", "\t\n\r\u000B\u000C",
            "ｆｕｌｌｗｉｄｔｈ", "𝕳𝖊𝖑𝖑𝖔", "İıßǅ", "\u0007\u001B[31m",
            // blank
            "", " ", "   \t  ");

    private static final Arbitrary<String> STRINGS = Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of(PAYLOADS)),
            Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
            Tuple.of(1, Arbitraries.strings().ascii().ofMaxLength(40)),
            Tuple.of(1, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20)),
            Tuple.of(2, Arbitraries.of(PAYLOADS).flatMap(p -> Arbitraries.of(101, 257, 2_001, 70_000, 300_000)
                    .map(n -> repeat(p.isEmpty() ? "x" : p, n)))));

    /** Header values: what HTTP lets through (visible ASCII and Latin-1), long ones included. */
    private static final Arbitrary<String> HEADER_STRINGS = Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(PAYLOADS).map(HostileInput::headerSafe)),
            Tuple.of(2, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60)),
            Tuple.of(1, Arbitraries.strings().withCharRange('\u00A0', '\u00FF').ofMaxLength(20)),
            Tuple.of(1, Arbitraries.of(201, 1_000, 30_000).map(n -> repeat("k", n))));

    private static final Arbitrary<JsonNode> NUMBERS = Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.<JsonNode>of(IntNode.valueOf(0), IntNode.valueOf(-1), IntNode.valueOf(1),
                    IntNode.valueOf(Integer.MAX_VALUE), IntNode.valueOf(Integer.MIN_VALUE),
                    LongNode.valueOf(1L << 31), LongNode.valueOf(Long.MAX_VALUE), LongNode.valueOf(Long.MIN_VALUE),
                    BigIntegerNode.valueOf(BigInteger.TWO.pow(64)), BigIntegerNode.valueOf(BigInteger.TEN.pow(40).negate()),
                    DoubleNode.valueOf(1.5), DoubleNode.valueOf(-0.5), DoubleNode.valueOf(-0.0), DoubleNode.valueOf(1e308),
                    DecimalNode.valueOf(new BigDecimal("1e400")), DecimalNode.valueOf(new BigDecimal("-1e400")),
                    DecimalNode.valueOf(new BigDecimal("1e-400")), DecimalNode.valueOf(new BigDecimal("90.0000001")),
                    DecimalNode.valueOf(new BigDecimal("500.000001")), IntNode.valueOf(10_001), IntNode.valueOf(101),
                    DecimalNode.valueOf(new BigDecimal("0.1")))),
            Tuple.of(2, Arbitraries.integers().map(i -> (JsonNode) IntNode.valueOf(i))),
            Tuple.of(1, Arbitraries.longs().map(l -> (JsonNode) LongNode.valueOf(l))),
            Tuple.of(2, Arbitraries.doubles().between(-1e6, 1e6).map(d -> (JsonNode) DoubleNode.valueOf(d))));

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Random random;
    private final Map<Arbitrary<?>, RandomGenerator<?>> generators = new HashMap<>();

    HostileInput(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    @SuppressWarnings("unchecked")
    <T> T draw(Arbitrary<T> arbitrary) {
        RandomGenerator<T> generator = (RandomGenerator<T>) generators.computeIfAbsent(arbitrary,
                a -> a.generatorWithEmbeddedEdgeCases(1000));
        return generator.next(random).value();
    }

    String string() {
        return draw(STRINGS);
    }

    String headerString() {
        return draw(HEADER_STRINGS);
    }

    JsonNode number() {
        return draw(NUMBERS);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // ---- values for a schema -------------------------------------------------------------------

    /** A value meant to conform to the schema (example, enum, bounds), for the parts not being attacked. */
    JsonNode valid(ApiDocument doc, JsonNode schemaOrRef) {
        JsonNode schema = doc.nonNull(schemaOrRef);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.path("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0); // JSON Schema 2020-12's examples (OpenAPI 3.1)
        }
        if (schema.has("enum")) {
            return pick(list(schema.get("enum")));
        }
        if (schema.has("default")) {
            return schema.get("default");
        }
        for (JsonNode part : schema.path("allOf")) {
            return valid(doc, part);
        }
        return switch (ApiDocument.typeOf(schema)) {
            case "integer" -> IntNode.valueOf((int) Math.max(schema.path("minimum").asLong(0),
                    Math.min(schema.path("maximum").asLong(100), random.nextInt(5))));
            case "number" -> DoubleNode.valueOf(Math.max(schema.path("minimum").asDouble(-1e6) + 0.5,
                    Math.min(schema.path("maximum").asDouble(1e6), random.nextDouble() * 10)));
            case "boolean" -> BooleanNode.valueOf(random.nextBoolean());
            case "array" -> {
                ArrayNode a = JSON.arrayNode();
                if (schema.path("minItems").asInt(0) > 0 || random.nextBoolean()) {
                    a.add(valid(doc, schema.path("items")));
                }
                yield a;
            }
            case "object" -> {
                ObjectNode o = JSON.objectNode();
                for (JsonNode required : schema.path("required")) {
                    o.set(required.asText(), valid(doc, schema.path("properties").path(required.asText())));
                }
                yield o;
            }
            case "string" -> TextNode.valueOf(switch (schema.path("format").asText("")) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2026-01-01";
                case "date-time" -> "2026-01-01T00:00:00Z";
                default -> "fuzz";
            });
            default -> TextNode.valueOf("fuzz");
        };
    }

    /** A value near or past the schema's limits, of the schema's own type where it has one. */
    JsonNode edge(ApiDocument doc, JsonNode schemaOrRef) {
        JsonNode schema = doc.nonNull(schemaOrRef);
        String type = ApiDocument.typeOf(schema);
        List<JsonNode> options = new ArrayList<>();
        if (type.equals("integer") || type.equals("number")) {
            for (String bound : List.of("minimum", "maximum")) {
                if (schema.has(bound)) {
                    BigDecimal b = schema.get(bound).decimalValue();
                    options.add(DecimalNode.valueOf(b));
                    options.add(DecimalNode.valueOf(b.add(BigDecimal.ONE)));
                    options.add(DecimalNode.valueOf(b.subtract(BigDecimal.ONE)));
                    options.add(DecimalNode.valueOf(b.add(new BigDecimal("0.000001"))));
                    options.add(DecimalNode.valueOf(b.subtract(new BigDecimal("0.000001"))));
                }
            }
            options.add(number());
        } else if (type.equals("string")) {
            int max = schema.path("maxLength").asInt(-1);
            if (max >= 0) {
                options.add(TextNode.valueOf(repeat("m", max)));
                options.add(TextNode.valueOf(repeat("m", max + 1)));
                options.add(TextNode.valueOf(repeat("😀", max)));
            }
            if (schema.has("enum")) {
                String e = pick(list(schema.get("enum"))).asText();
                options.add(TextNode.valueOf(e.toLowerCase()));
                options.add(TextNode.valueOf(" " + e));
                options.add(TextNode.valueOf(e + "\u0000"));
            }
            switch (schema.path("format").asText("")) {
                case "uuid" -> {
                    options.add(TextNode.valueOf("00000000-0000-0000-0000-000000000000"));
                    options.add(TextNode.valueOf(UUID.randomUUID().toString().toUpperCase()));
                    options.add(TextNode.valueOf(UUID.randomUUID().toString().replace("-", "")));
                    options.add(TextNode.valueOf("{" + UUID.randomUUID() + "}"));
                }
                case "date" -> {
                    for (String d : List.of("2026-02-30", "0000-01-01", "9999-12-31", "+10000-01-01", "2026-1-1",
                            "1800-01-01", "2100-01-01", "2026-13-01", "20260101", "2026-01-01T00:00:00Z")) {
                        options.add(TextNode.valueOf(d));
                    }
                }
                case "date-time" -> {
                    for (String d : List.of("2026-11-22T25:00:00Z", "1900-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
                            "2026-11-22", "2026-11-22T10:00:00", "2026-11-22T10:00:00+25:00", "2099-01-01T00:00:00Z")) {
                        options.add(TextNode.valueOf(d));
                    }
                }
                default -> { }
            }
            options.add(TextNode.valueOf(string()));
        } else if (type.equals("array")) {
            int max = schema.path("maxItems").asInt(50);
            ArrayNode many = JSON.arrayNode();
            JsonNode item = valid(doc, schema.path("items"));
            for (int i = 0; i <= max; i++) {
                many.add(item);
            }
            options.add(many);
            ArrayNode huge = JSON.arrayNode();
            for (int i = 0; i < 20_000; i++) {
                huge.add(IntNode.valueOf(i % 4));
            }
            options.add(huge);
            options.add(JSON.arrayNode());
        } else {
            options.add(TextNode.valueOf(string()));
        }
        return pick(options);
    }

    /** A value of another JSON type than the schema's. */
    JsonNode wrongType(ApiDocument doc, JsonNode schemaOrRef, JsonNode current) {
        String type = ApiDocument.typeOf(doc.nonNull(schemaOrRef));
        List<JsonNode> options = new ArrayList<>();
        if (!type.equals("string")) {
            options.add(TextNode.valueOf(string()));
            options.add(TextNode.valueOf(current == null ? "1" : current.asText()));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            options.add(number());
        }
        if (!type.equals("boolean")) {
            options.add(BooleanNode.valueOf(random.nextBoolean()));
        }
        if (!type.equals("array")) {
            ArrayNode a = JSON.arrayNode();
            if (current != null) {
                a.add(current);
            }
            options.add(a);
        }
        if (!type.equals("object")) {
            ObjectNode o = JSON.objectNode();
            if (current != null) {
                o.set("value", current);
            }
            options.add(o);
        }
        options.add(NullNode.getInstance());
        return pick(options);
    }

    // ---- raw bodies -----------------------------------------------------------------------------

    static final List<String> MALFORMED = List.of("truncated", "stray character", "single quotes", "trailing garbage",
            "byte order mark", "broken UTF-8", "UTF-16", "deep arrays", "deep objects", "comment", "non-JSON number",
            "unquoted names", "bare value", "over the size limit", "huge array", "huge number", "repeated name", "many names");

    record Raw(byte[] bytes, String kind) {
    }

    /** Bytes that break JSON or its encoding, mostly made from a valid body, with what was done to them. */
    Raw malformed(byte[] valid) {
        int kind = random.nextInt(MALFORMED.size());
        return new Raw(malformed(valid, kind), MALFORMED.get(kind));
    }

    private byte[] malformed(byte[] valid, int kind) {
        String text = new String(valid, StandardCharsets.UTF_8);
        int at = valid.length == 0 ? 0 : random.nextInt(valid.length);
        return switch (kind) {
            case 0 -> java.util.Arrays.copyOf(valid, at);
            case 1 -> insert(valid, at, pick(List.of("{", "}", "[", "]", ",", ":", "\"", "'", "\\", " ", "\u0000", "\n")).getBytes(StandardCharsets.UTF_8));
            case 2 -> text.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
            case 3 -> (text + pick(List.of(" x", "}", ",{}", " {}", "\u0000", "]"))).getBytes(StandardCharsets.UTF_8);
            case 4 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid);
            case 5 -> insert(valid, quoteInside(text, at), pick(List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
                    new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                    new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE2, (byte) 0x82})));
            case 6 -> text.getBytes(StandardCharsets.UTF_16);
            case 7 -> {
                int depth = pick(List.of(600, 1_500, 50_000));
                yield (repeat("[", depth) + repeat("]", depth)).getBytes(StandardCharsets.US_ASCII);
            }
            case 8 -> {
                int depth = pick(List.of(600, 1_500, 20_000));
                yield (repeat("{\"a\":", depth) + "1" + repeat("}", depth)).getBytes(StandardCharsets.US_ASCII);
            }
            case 9 -> ("/* fuzz */ " + text).getBytes(StandardCharsets.UTF_8);
            case 10 -> text.replaceFirst(":\\s*-?\\d+(\\.\\d+)?", ": " + pick(List.of("NaN", "Infinity", "-Infinity", "0x10", "01", "+1", ".5", "1.", "1e", "--1")))
                    .getBytes(StandardCharsets.UTF_8);
            case 11 -> text.replaceAll("\"([A-Za-z]+)\":", "$1:").getBytes(StandardCharsets.UTF_8);
            case 12 -> pick(List.of("", " ", "\n", "null", "[]", "\"text\"", "0", "true", "{}", "{", "}", "[{}]", "{\"\":}",
                    "{\"a\" \"b\"}", "{,}", "\u0000")).getBytes(StandardCharsets.UTF_8);
            case 13 -> ("{\"pad\":\"" + repeat("x", 300_000) + "\"}").getBytes(StandardCharsets.US_ASCII);
            case 14 -> ("[" + repeat("0,", 100_000) + "0]").getBytes(StandardCharsets.US_ASCII);
            case 15 -> text.replaceFirst("\\{", "{\"fuzz\":" + repeat("9", pick(List.of(1_001, 5_000, 100_000))) + ",")
                    .getBytes(StandardCharsets.UTF_8);
            case 16 -> duplicateFirstKey(text).getBytes(StandardCharsets.UTF_8);
            default -> {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0; i < 20_000; i++) {
                    sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
                }
                yield sb.append('}').toString().getBytes(StandardCharsets.US_ASCII);
            }
        };
    }

    private String duplicateFirstKey(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*\\{\\s*(\"[^\"]+\")\\s*:").matcher(text);
        if (!m.find()) {
            return text + text;
        }
        return "{" + m.group(1) + ":" + pick(List.of("null", "1", "\"dup\"", "[]", "{}")) + "," + text.substring(text.indexOf('{') + 1);
    }

    /** A position inside a string literal of the text, if there is one (else the given position). */
    private static int quoteInside(String text, int fallback) {
        int q = text.indexOf("\":\"");
        return q >= 0 ? q + 3 : Math.min(fallback, text.length());
    }

    // ---- JSON writing -----------------------------------------------------------------------------

    /**
     * JSON text of the tree as UTF-8. Control characters and lone surrogates are always escaped
     * (the only way JSON can carry them); other characters are written raw, or all non-ASCII
     * escaped when asked.
     */
    static byte[] write(JsonNode node, boolean escapeNonAscii) {
        StringBuilder sb = new StringBuilder();
        write(node, escapeNonAscii, sb);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, boolean ascii, StringBuilder sb) {
        if (node.isObject()) {
            sb.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!first) {
                    sb.append(',');
                }
                first = false;
                string(e.getKey(), ascii, sb);
                sb.append(':');
                write(e.getValue(), ascii, sb);
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(node.get(i), ascii, sb);
            }
            sb.append(']');
        } else if (node.isTextual()) {
            string(node.asText(), ascii, sb);
        } else if (node.isBigDecimal()) {
            sb.append(node.decimalValue().toString());
        } else if (node.isNumber()) {
            sb.append(node.numberValue().toString());
        } else {
            sb.append(node.toString());
        }
    }

    private static void string(String s, boolean ascii, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            boolean lone = Character.isSurrogate(c) && !pairedHigh && !pairedLow;
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || lone || (ascii && c > 0x7E)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    // ---- helpers --------------------------------------------------------------------------------

    static String repeat(String s, int codePointsOrChars) {
        return s.repeat(Math.max(1, codePointsOrChars / Math.max(1, s.codePointCount(0, s.length()))));
    }

    static String headerSafe(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(cp >= 0x20 && cp <= 0x7E || cp >= 0xA0 && cp <= 0xFF ? (char) cp : '?'));
        return sb.toString();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(extra, 0, extra.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(b, 0, a);
    }
}
