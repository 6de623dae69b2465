package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.sessions.JqwikSession;
import org.carenetwork.gateway.ApiDocument.MediaType;
import org.carenetwork.gateway.ApiDocument.Operation;
import org.carenetwork.gateway.ApiDocument.Parameter;
import org.carenetwork.testing.LocalPostgres;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against every operation of the served OpenAPI document, through the gateway to
 * the real services. For each operation (read from /q/openapi, so a new route is fuzzed without
 * touching this test) it sends requests made from the operation's own parameters and body
 * schema, with one or more parts attacked: wrong types, missing and extra fields, huge strings,
 * unicode (right-to-left, emoji, NUL, lone surrogates), SQL and script payloads, out-of-range
 * numbers, malformed JSON and broken UTF-8, wrong content types, bad path, query and header
 * parameters. The values come from jqwik's generators ({@link HostileInput}). Each request is
 * made as a caller the operation's "Roles:" allow (bearer tokens, and API keys for PARTNER and
 * ADMIN), so validation, not authorization, is what answers.
 *
 * <p>How an answer is judged:
 * <ul>
 * <li>never 5xx (a 502 is a backend's 500), never a 401 or 403 (the caller is allowed);</li>
 * <li>every 4xx is application/problem+json whose {@code status} is the answer's. Except a 414 or
 *     431 without a body: Vert.x's HTTP decoder answers an over-long request line or header
 *     before any application code runs, and Quarkus offers no hook to shape that answer
 *     (quarkusio/quarkus#55082); they are counted in the summary;</li>
 * <li>no body names an exception, a class, a stack frame, SQL state or parser internals (unless
 *     the request itself carried the text);</li>
 * <li>2xx (or 304) only when the request conforms to the document, as {@link SchemaCheck} reads
 *     it: types, required fields, enums, lengths, patterns, bounds, formats, the documented
 *     content types, JSON text. A conforming request may still be refused (an unknown id is 404,
 *     a stale version 409, a rule the schema cannot say 422). What a reader may take without
 *     changing the value counts as conforming: fields the document does not forbid
 *     ({@code additionalProperties} unset); null for an optional field; a scalar as another scalar
 *     with the same text; enum values with surrounding spaces (in parameters, in any case); a
 *     parameter given twice (the first is read); Content-Type parameters (JSON defines none) and
 *     a missing or wildcard Content-Type (read as the operation's JSON); an optional query
 *     parameter given empty (as if absent); ISO 8601 dates with expanded years; a byte order mark, a
 *     UTF-16 body with its byte order mark, repeated member names (last wins); any X-Request-Id
 *     ("a new one is made") and X-Assessment-Token (a wrong one is no access);</li>
 * <li>nothing is stored from a refused request: the rows of the three services' databases (count
 *     and a hash of every row, per table) are the same before and after it. Tables of more than
 *     {@value #PER_REQUEST_ROW_LIMIT} rows (reference data such as ZIP centroids) are compared
 *     once per operation instead.</li>
 * </ul>
 *
 * <p>Randomness comes from one seed ({@code -Dfuzz.seed=N}, default {@value #DEFAULT_SEED};
 * {@code -Dfuzz.seed=random} for a new one), split per operation, so a failure is reproduced by
 * its seed and operation ({@code -Dfuzz.operation=operationId}); {@code -Dfuzz.tries=N} sets the
 * requests per operation with a body (half for those with parameters only, a fifth for the
 * rest). The figures go to the test output and to target/fuzz-summary.txt. The personal details
 * in the coverage-request bodies are made for the run and added to target/phi-sent.txt, for the
 * log scan.
 */
@QuarkusTest
class HostileInputFuzzTests {

    static final long DEFAULT_SEED = 20_261_122L;
    static final int DEFAULT_TRIES = 100;
    static final int PER_REQUEST_ROW_LIMIT = 10_000;
    static final int BODY_LIMIT = 262_144;
    /** Quarkus' defaults for quarkus.http.limits.max-initial-line-length and max-header-size. */
    static final int MAX_INITIAL_LINE = 4_096;
    static final int MAX_HEADER_SIZE = 20_480;
    /** Headers whose value may be anything: a new request id replaces a bad one, a bad access token is no access. */
    static final Set<String> TOLERATED_HEADERS = Set.of("x-request-id", "x-assessment-token");
    static final Path SUMMARY = Path.of("target", "fuzz-summary.txt");

    /** Things a problem body must never show: exception and class names, stack frames, SQL and parser internals. */
    static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.(java|kt):\\d+\\)"),
            Pattern.compile("\\b(java|javax|jakarta|sun|org\\.hibernate|org\\.postgresql|com\\.fasterxml|io\\.quarkus|io\\.vertx"
                    + "|io\\.smallrye|io\\.netty|org\\.jboss|org\\.carenetwork)\\.[a-z][\\w$]*\\.[\\w.$]+"),
            Pattern.compile("\\b[A-Z][A-Za-z]*(Exception|Error|Throwable)\\b"),
            Pattern.compile("(?i)\\bSQL ?State\\b|\\bERROR: +\\w|\\bCaused by\\b|\\[Source: |line: \\d+, column: \\d+"),
            Pattern.compile("(?i)\\b(hibernate|jackson|resteasy|agroal|psql)\\b"));

    static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    @TestHTTPResource("/")
    URI root;

    HttpClient http;
    Stores stores;

    @AfterEach
    void close() {
        if (stores != null) {
            stores.close();
        }
    }

    @Test
    void everyOperation_answersHostileInput_withProblemsNever5xx_andStoresNothingItRefuses() throws Exception {
        String seedProperty = System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED));
        long seed = seedProperty.equals("random") ? ThreadLocalRandom.current().nextLong() : Long.parseLong(seedProperty);
        int tries = Integer.getInteger("fuzz.tries", DEFAULT_TRIES);
        String only = System.getProperty("fuzz.operation", "");

        String served = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        ApiDocument document = ApiDocument.parse(served);
        SchemaCheck check = new SchemaCheck(document);
        List<Operation> operations = document.operations();
        assertFalse(operations.isEmpty(), "the served document has no operations");

        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        stores = new Stores();
        Fixtures fixtures = new Fixtures(document);
        Report report = new Report(seed, fixtures, document);
        Instant start = Instant.now();

        JqwikSession.start();
        try {
            for (Operation operation : operations) {
                if (!only.isEmpty() && !only.equals(operation.operationId())) {
                    continue;
                }
                assertFalse(operation.roles().isEmpty(), operation + ": its description names no \"Roles: ...\"");
                Random random = new Random(seed ^ operation.operationId().hashCode());
                Generator generator = new Generator(document, check, operation, fixtures, new HostileInput(random));
                int count = triesFor(operation, tries);
                Map<String, String> before = stores.snapshot(true);
                boolean refusedAny = false;
                boolean acceptedAny = false;
                Map<String, String> rowsBefore = null;
                for (int i = 0; i < count; i++) {
                    int made = fixtures.made;
                    FuzzRequest request = generator.next();
                    long t0 = System.nanoTime();
                    if (rowsBefore == null || fixtures.made != made) {
                        rowsBefore = stores.snapshot(false); // nothing else writes between two requests of this test
                    }
                    if (fixtures.made != made) {
                        before = stores.snapshot(true); // a fixture made for this request is no refused request's doing
                    }
                    long t1 = System.nanoTime();
                    Answer answer = send(request);
                    if (answer.status() == 0 && !request.oversized()) {
                        answer = send(request); // once more on a fresh connection, in case a kept-alive one was closed
                    }
                    long t2 = System.nanoTime();
                    Map<String, String> rowsAfter = stores.snapshot(false);
                    report.sendNanos += t2 - t1;
                    report.checkNanos += System.nanoTime() - t2 + t1 - t0;
                    report.judge(operation, i, request, answer, rowsBefore, rowsAfter);
                    rowsBefore = rowsAfter;
                    refusedAny |= answer.status() >= 300;
                    acceptedAny |= answer.status() < 300;
                    if (operation.method().equals("DELETE") && answer.status() < 300) {
                        fixtures.forget();
                    }
                }
                Map<String, String> after = stores.snapshot(true);
                if (refusedAny && !acceptedAny && !before.equals(after)) {
                    report.fail(operation, -1, "stored from a refused request", "reference tables changed: "
                            + Stores.diff(before, after), null, null);
                }
            }
        } finally {
            JqwikSession.finish();
        }

        String summary = report.summary(Duration.between(start, Instant.now()), tries);
        System.out.println(summary);
        Files.createDirectories(SUMMARY.getParent());
        Files.writeString(SUMMARY, summary + "\n" + report.failures() + "\n", StandardCharsets.UTF_8);
        assertTrue(report.total > 0, "no request was sent");
        assertEquals("", report.failures(), "hostile input got answers the contract does not allow (seed " + seed
                + ", reproduce with -Dfuzz.seed=" + seed + " -Dfuzz.operation=<operationId>)");
    }

    static int triesFor(Operation operation, int tries) {
        if (operation.hasBody()) {
            return tries;
        }
        boolean parameters = operation.parameters().stream().anyMatch(p -> !p.in().equals("header"));
        return Math.max(1, parameters ? tries / 2 : tries / 5);
    }

    // ---- one request ----------------------------------------------------------------------------

    /** What is sent, whether it conforms to the document (and if not, why), and what was attacked. */
    static final class FuzzRequest {
        final String method;
        final String path;
        final List<Map.Entry<String, String>> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        String contentType;
        final List<String> attacks = new ArrayList<>();
        final List<String> violations = new ArrayList<>();

        FuzzRequest(String method, String path) {
            this.method = method;
            this.path = path;
        }

        boolean conforms() {
            return violations.isEmpty();
        }

        /** Set when sent: the request line or the header block is over the gateway's limits. */
        boolean headOverLimits;

        /**
         * Over the gateway's default body limit (256 KiB; the tests send nothing near the import's 50 MiB), or a
         * body behind a head the gateway refuses (414/431) before reading the body: either way the gateway answers and
         * closes the connection while the body is still being sent, and whether the client reads that answer before
         * the reset reaches it is a race (RFC 9112 §9.6), so a closed connection is all such a request can be held to.
         */
        boolean oversized() {
            return body != null && (body.length > BODY_LIMIT || body.length > 0 && headOverLimits);
        }
    }

    record Answer(int status, String contentType, String body, long millis) {
    }

    Answer send(FuzzRequest request) throws IOException, InterruptedException {
        StringBuilder uri = new StringBuilder(root.toString().replaceAll("/$", "")).append(request.path);
        for (int i = 0; i < request.query.size(); i++) {
            Map.Entry<String, String> q = request.query.get(i);
            uri.append(i == 0 ? '?' : '&').append(encode(q.getKey())).append('=').append(encode(q.getValue()));
        }
        URI target = URI.create(uri.toString());
        int requestLine = (request.method + " " + target.getRawPath() + " HTTP/1.1").length()
                + (target.getRawQuery() == null ? 0 : target.getRawQuery().length() + 1);
        int headers = request.headers.entrySet().stream().mapToInt(h -> h.getKey().length() + h.getValue().length() + 4).sum();
        request.headOverLimits = requestLine > MAX_INITIAL_LINE || headers > MAX_HEADER_SIZE;
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                .method(request.method, request.body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body));
        if (request.contentType != null) {
            builder.header("Content-Type", request.contentType);
        }
        request.headers.forEach(builder::header);
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            // The connection closed without an answer: expected only for a body over the limit, which
            // the gateway refuses (413, Connection: close) while the body is still being sent.
            return new Answer(0, "", String.valueOf(e.getMessage()), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Percent-encodes everything but unreserved characters; a lone surrogate as its (invalid) three UTF-8-style bytes. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                sb.append(c);
                continue;
            }
            byte[] bytes;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[] {(byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)), (byte) (0x80 | (c & 0x3F))};
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }

    // ---- generating requests for one operation ---------------------------------------------------

    /** Makes requests for one operation: a conforming base, then one or more parts attacked. */
    static final class Generator {
        private final ApiDocument document;
        private final SchemaCheck check;
        private final Operation operation;
        private final Fixtures fixtures;
        private final HostileInput hostile;
        private final List<String> roles;

        Generator(ApiDocument document, SchemaCheck check, Operation operation, Fixtures fixtures, HostileInput hostile) {
            this.document = document;
            this.check = check;
            this.operation = operation;
            this.fixtures = fixtures;
            this.hostile = hostile;
            this.roles = List.copyOf(operation.roles());
        }

        FuzzRequest next() {
            Map<String, String> pathValues = new LinkedHashMap<>();
            for (Parameter p : operation.parameters("path")) {
                pathValues.put(p.name(), fixtures.pathValue(operation.path(), p, hostile));
            }
            List<Map.Entry<String, String>> query = new ArrayList<>();
            Map<String, String> headers = new LinkedHashMap<>();
            MediaType media = operation.hasBody() ? hostile.pick(List.copyOf(operation.body().values())) : null;
            JsonNode tree = media != null && isJson(media.name()) ? fixtures.baseBody(operation, media, hostile) : null;
            byte[] raw = media != null && tree == null ? fixtures.baseText(media).getBytes(StandardCharsets.ISO_8859_1) : null;
            String contentType = media == null ? null : media.name();
            List<String> attacks = new ArrayList<>();

            List<String> kinds = new ArrayList<>();
            if (!pathValues.isEmpty()) {
                kinds.add("path");
            }
            if (!operation.parameters("query").isEmpty()) {
                kinds.add("query");
                kinds.add("query");
            }
            if (!operation.parameters("header").isEmpty()) {
                kinds.add("header");
            }
            kinds.add("extra-query");
            if (media != null) {
                kinds.addAll(List.of("body", "body", "body", "body", "raw-body", "content-type"));
            }
            int attacksWanted = hostile.chance(0.08) ? 0 : hostile.chance(0.75) ? 1 : 2 + hostile.random().nextInt(2);
            for (int a = 0; a < attacksWanted; a++) {
                switch (hostile.pick(kinds)) {
                    case "path" -> {
                        Parameter p = hostile.pick(operation.parameters("path"));
                        String value = pathAttack(p);
                        pathValues.put(p.name(), value);
                        attacks.add("path " + p.name() + "=" + abbreviate(value));
                    }
                    case "query" -> {
                        Parameter p = hostile.pick(operation.parameters("query"));
                        int n = isArray(p.schema()) || hostile.chance(0.1) ? 1 + hostile.random().nextInt(3) : 1;
                        for (int k = 0; k < n; k++) {
                            String value = parameterValue(p.schema());
                            query.add(new SimpleEntry<>(p.name(), value));
                            attacks.add("query " + p.name() + "=" + abbreviate(value));
                        }
                    }
                    case "header" -> {
                        Parameter p = hostile.pick(operation.parameters("header"));
                        String value = hostile.chance(0.3) ? validText(p) : hostile.headerString();
                        headers.put(p.name(), value);
                        attacks.add("header " + p.name() + "=" + abbreviate(value));
                    }
                    case "extra-query" -> {
                        String name = hostile.chance(0.5) ? hostile.pick(List.of("debug", "admin", "role", "id", "$where",
                                "page[size]", "sort", "size")) : hostile.string();
                        String value = hostile.string();
                        query.add(new SimpleEntry<>(name, value));
                        attacks.add("extra query " + abbreviate(name) + "=" + abbreviate(value));
                    }
                    case "body" -> {
                        if (tree != null) {
                            tree = mutate(tree, media.schema(), attacks);
                        } else if (raw != null) {
                            raw = mutateText(raw, attacks);
                        }
                    }
                    case "raw-body" -> {
                        byte[] base = raw != null ? raw : HostileInput.write(tree, false);
                        HostileInput.Raw broken = hostile.malformed(base);
                        raw = broken.bytes();
                        tree = null;
                        attacks.add("raw body: " + broken.kind() + " (" + raw.length + " bytes)");
                    }
                    default -> {
                        contentType = hostile.pick(Arrays.asList(null, "text/plain", "application/xml",
                                "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/json; charset=utf-16",
                                "application/json; charset=bogus", "application/jsonx", "*/*", "application/*", "APPLICATION/JSON",
                                "application/json;", "application/merge-patch+json", "text/csv", "application/csv",
                                "application/json; charset=UTF-8", "text/html", "application/octet-stream", "image/png", ";;",
                                "application/json, text/plain"));
                        attacks.add("content type " + contentType);
                    }
                }
            }

            String path = operation.path();
            for (Map.Entry<String, String> p : pathValues.entrySet()) {
                path = path.replace("{" + p.getKey() + "}", encode(p.getValue()));
            }
            FuzzRequest request = new FuzzRequest(operation.method(), document.basePath() + path);
            request.query.addAll(query);
            request.headers.putAll(headers);
            request.headers.putAll(fixtures.credentials(hostile.pick(roles), hostile));
            request.contentType = contentType;
            request.body = tree != null ? HostileInput.write(tree, hostile.chance(0.3)) : raw;
            request.attacks.addAll(attacks.isEmpty() ? List.of("none (a conforming request)") : attacks);
            classify(request, pathValues, media);
            return request;
        }

        /** Decides whether the request conforms to the document; the reasons it does not go in {@code violations}. */
        private void classify(FuzzRequest request, Map<String, String> pathValues, MediaType sentMedia) {
            for (Parameter p : operation.parameters("path")) {
                String value = pathValues.get(p.name());
                if (value.isEmpty() || !check.parameterConforms(p.schema(), List.of(value))) {
                    request.violations.add("path " + p.name());
                }
            }
            for (Parameter p : operation.parameters("query")) {
                List<String> values = request.query.stream().filter(q -> q.getKey().equals(p.name())).map(Map.Entry::getValue).toList();
                if (!isArray(p.schema()) && values.size() > 1) {
                    values = values.subList(0, 1); // a parameter given twice: the first is the one read
                }
                if (!p.required() && values.size() == 1 && values.get(0).isBlank()) {
                    continue; // an optional parameter given empty: as if absent
                }
                if (!values.isEmpty() && !check.parameterConforms(p.schema(), values)) {
                    request.violations.add("query " + p.name());
                }
            }
            for (Parameter p : operation.parameters("header")) {
                String value = request.headers.get(p.name());
                if (value != null && !TOLERATED_HEADERS.contains(p.name().toLowerCase(Locale.ROOT)) && !check.parameterConforms(p.schema(), List.of(value))) {
                    request.violations.add("header " + p.name());
                }
            }
            if (!operation.hasBody()) {
                return;
            }
            MediaType media = documentedMedia(request.contentType);
            if (media == null) {
                request.violations.add("content type " + request.contentType);
                return;
            }
            if (!isJson(media.name())) {
                return; // CSV: any text is a CSV; what its rows hold is the import's to judge
            }
            String text = decode(request.body == null ? new byte[0] : request.body);
            if (text == null) {
                request.violations.add("body is not UTF-8");
                return;
            }
            JsonNode tree;
            try {
                tree = STRICT_JSON.readTree(text);
            } catch (IOException e) {
                request.violations.add("body is not JSON");
                return;
            }
            if (tree == null || tree.isMissingNode()) {
                request.violations.add("body is empty");
                return;
            }
            check.violations(media.schema(), tree).forEach(v -> request.violations.add("body " + v));
        }

        /**
         * The text of a JSON body, or null when its bytes are not text. UTF-8, read as a JSON parser
         * reads it: a byte order mark is skipped, a UTF-16 body with its byte order mark is read as
         * UTF-16, and a surrogate encoded on its own (three bytes, as CESU-8 writes it) reads as
         * the lone surrogate a \\ud800 escape would give. Anything else that is not UTF-8 is not text.
         */
        private static String decode(byte[] body) {
            if (body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE)) {
                return strict(StandardCharsets.UTF_16, body, 0);
            }
            int offset = body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF ? 3 : 0;
            byte[] bytes = body.clone();
            for (int i = offset; i + 2 < bytes.length; i++) {
                if ((bytes[i] & 0xFF) == 0xED && (bytes[i + 1] & 0xFF) >= 0xA0 && (bytes[i + 1] & 0xFF) <= 0xBF && (bytes[i + 2] & 0xC0) == 0x80) {
                    bytes[i] = (byte) 0xEF; // U+FFFD stands in for the surrogate: neither matches any pattern or enum
                    bytes[i + 1] = (byte) 0xBF;
                    bytes[i + 2] = (byte) 0xBD;
                }
            }
            return strict(StandardCharsets.UTF_8, bytes, offset);
        }

        private static String strict(java.nio.charset.Charset charset, byte[] bytes, int offset) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        /**
         * The documented media type the Content-Type names. Its parameters do not matter (JSON
         * defines none: RFC 8259 says a charset "has no effect"), and a wildcard covering a
         * documented type reads as that type.
         */
        private MediaType documentedMedia(String contentType) {
            String type = contentType == null ? "*/*" : contentType.split(";", -1)[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals("*/*") || type.equals("application/*")) {
                return operation.body().values().stream().filter(m -> isJson(m.name())).findFirst()
                        .orElse(operation.body().values().iterator().next());
            }
            return operation.body().get(type);
        }

        /** A hostile path parameter; never empty, which would address another route (the collection). */
        private String pathAttack(Parameter p) {
            String value = switch (hostile.random().nextInt(6)) {
                case 0 -> UUID.randomUUID().toString();
                case 1 -> hostile.edge(document, p.schema()).asText();
                case 2 -> hostile.pick(List.of("..", ".", "%2F", "a/b", "%00", "?x=1", "#frag", ";jsessionid=1", "*",
                        "00000000-0000-0000-0000-000000000000", "null", "-1", "1e400", validText(p) + "/../..", " " + validText(p)));
                default -> hostile.string();
            };
            return value.isEmpty() ? " " : value;
        }

        /** A query parameter's text: valid, hostile, of the wrong type, or past its limits. */
        private String parameterValue(JsonNode schemaOrRef) {
            JsonNode schema = document.resolve(schemaOrRef);
            JsonNode item = isArray(schema) ? document.resolve(schema.path("items")) : schema;
            return switch (hostile.random().nextInt(6)) {
                case 0 -> text(hostile.valid(document, item));
                case 1 -> text(hostile.edge(document, item));
                case 2 -> hostile.pick(List.of("abc", "1.5", "1e309", "NaN", "Infinity", "-0", "0x10", " 5", "5 ", "+5", "007",
                        "99999999999999999999", "-2147483649", "true", "TRUE", "yes", "1,2", "[1]", "{}", "null", ""));
                default -> hostile.string();
            };
        }

        private String validText(Parameter p) {
            return p.example() != null ? text(p.example()) : text(hostile.valid(document, p.schema()));
        }

        /** One attack on a JSON body: a value replaced, a field removed or added, somewhere in the tree. */
        private JsonNode mutate(JsonNode body, JsonNode schema, List<String> attacks) {
            JsonNode copy = body.deepCopy();
            List<Slot> slots = new ArrayList<>();
            collect(copy, document.resolve(schema), "$", slots);
            Slot slot = hostile.pick(slots);
            int kind = hostile.random().nextInt(8);
            if (slot.parent == null) {
                JsonNode replaced = hostile.chance(0.5) ? hostile.wrongType(document, schema, copy) : hostile.edge(document, schema);
                attacks.add("body replaced by " + describe(replaced));
                return replaced;
            }
            JsonNode current = slot.parent.isObject() ? slot.parent.get(slot.name) : slot.parent.get(slot.index);
            JsonNode replacement;
            switch (kind) {
                case 0, 1 -> {
                    replacement = hostile.wrongType(document, slot.schema, current);
                    attacks.add("body " + slot.at + " wrong type " + describe(replacement));
                }
                case 2, 3 -> {
                    replacement = hostile.edge(document, slot.schema);
                    attacks.add("body " + slot.at + " edge " + describe(replacement));
                }
                case 4 -> {
                    replacement = TextNode.valueOf(hostile.string());
                    attacks.add("body " + slot.at + " string " + describe(replacement));
                }
                case 5 -> {
                    if (slot.parent.isObject()) {
                        ((ObjectNode) slot.parent).remove(slot.name);
                    } else {
                        ((ArrayNode) slot.parent).remove(slot.index);
                    }
                    attacks.add("body " + slot.at + " removed");
                    return copy;
                }
                case 6 -> {
                    if (slot.parent.isObject()) {
                        String name = hostile.chance(0.5) ? hostile.pick(List.of("id", "version", "role", "groups", "admin",
                                "status", "createdAt", "__proto__", "constructor", "@class", "openings")) : hostile.string();
                        JsonNode extra = hostile.chance(0.5) ? TextNode.valueOf(hostile.string()) : hostile.number();
                        ((ObjectNode) slot.parent).set(name, extra);
                        attacks.add("body " + slot.at + " sibling " + abbreviate(name) + "=" + describe(extra));
                    } else {
                        ((ArrayNode) slot.parent).add(current);
                        attacks.add("body " + slot.at + " repeated");
                    }
                    return copy;
                }
                default -> {
                    replacement = hostile.number();
                    attacks.add("body " + slot.at + " number " + describe(replacement));
                }
            }
            if (slot.parent.isObject()) {
                ((ObjectNode) slot.parent).set(slot.name, replacement);
            } else {
                ((ArrayNode) slot.parent).set(slot.index, replacement);
            }
            return copy;
        }

        /** One attack on a CSV body: hostile text in a cell, a line removed or repeated, broken bytes. */
        private byte[] mutateText(byte[] body, List<String> attacks) {
            String text = new String(body, StandardCharsets.ISO_8859_1);
            String[] lines = text.split("\n", -1);
            int line = hostile.random().nextInt(lines.length);
            switch (hostile.random().nextInt(4)) {
                case 0 -> {
                    String[] cells = lines[line].split(",", -1);
                    int cell = hostile.random().nextInt(cells.length);
                    cells[cell] = hostile.chance(0.5) ? "\"" + hostile.string().replace("\"", "\"\"") + "\"" : hostile.string();
                    lines[line] = String.join(",", cells);
                    attacks.add("csv line " + (line + 1) + " cell " + (cell + 1) + " hostile");
                }
                case 1 -> {
                    lines[line] = lines[line] + "," + hostile.string();
                    attacks.add("csv line " + (line + 1) + " extra cell");
                }
                case 2 -> {
                    lines[line] = "";
                    attacks.add("csv line " + (line + 1) + " removed");
                }
                default -> {
                    lines[line] = lines[line].replace(",", hostile.pick(List.of(";", "\t", "\",\"", ",,", "\"")));
                    attacks.add("csv line " + (line + 1) + " separators broken");
                }
            }
            // Latin-1 as the N-SSATS files are; characters beyond it are sent as UTF-8 bytes, which Latin-1 reads as mojibake.
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }

        private record Slot(JsonNode parent, String name, int index, JsonNode schema, String at) {
        }

        /** Every place in the body a value can be attacked, with the schema that applies there. */
        private void collect(JsonNode node, JsonNode schema, String at, List<Slot> slots) {
            if (slots.isEmpty()) {
                slots.add(new Slot(null, null, -1, schema, at));
            }
            if (node.isObject()) {
                JsonNode properties = schema.path("properties");
                JsonNode additional = schema.path("additionalProperties");
                for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    JsonNode child = document.resolve(properties.has(name) ? properties.get(name)
                            : additional.isObject() ? additional : MissingNode.getInstance());
                    slots.add(new Slot(node, name, -1, child, at + "." + name));
                    collect(node.get(name), child, at + "." + name, slots);
                }
            } else if (node.isArray()) {
                JsonNode items = document.resolve(schema.path("items"));
                for (int i = 0; i < node.size(); i++) {
                    slots.add(new Slot(node, null, i, items, at + "[" + i + "]"));
                    collect(node.get(i), items, at + "[" + i + "]", slots);
                }
            }
        }

        private boolean isArray(JsonNode schema) {
            return ApiDocument.typeOf(document.nonNull(schema)).equals("array");
        }
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    static String describe(JsonNode value) {
        if (value == null) {
            return "null";
        }
        String text = value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
        return abbreviate(text);
    }

    static String abbreviate(String s) {
        String shown = s.length() <= 40 ? s : s.substring(0, 40) + "...(" + s.length() + " chars)";
        StringBuilder sb = new StringBuilder();
        shown.chars().forEach(c -> sb.append(c < 0x20 || c >= 0x7F ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    // ---- fixtures -------------------------------------------------------------------------------

    /** Ids that exist in the services (so validation on real records is reached) and the callers' credentials. */
    static final class Fixtures {
        private final ApiDocument document;
        private final Map<String, String> tokens = new LinkedHashMap<>();
        /** PHI values for the bodies' personal fields: unique per run, recorded for the log scan. */
        final Map<String, String> phi = new LinkedHashMap<>();
        /** How many records the fixtures have made so far (a database snapshot taken before one is stale). */
        int made;
        private UUID site;
        private String report;
        private String assessment;
        private String coverageRequest;
        private UUID contract;

        Fixtures(ApiDocument document) throws IOException {
            this.document = document;
            Random r = new Random();
            String digits = String.valueOf(1_000_000 + r.nextInt(9_000_000));
            phi.put("firstName", "Fzfirst" + digits);
            phi.put("lastName", "Fzlast" + digits);
            phi.put("memberId", "FZ" + digits + "77");
            phi.put("email", "fzphi" + digits + "@example.org");
            phi.put("phone", "(605) 555-" + digits.substring(3));
            phi.put("dateOfBirth", "1971-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10));
            Path sent = Path.of("target", "phi-sent.txt");
            Files.createDirectories(sent.getParent());
            Files.writeString(sent, String.join("\n", phi.values()) + "\n" + phi.get("phone").replaceAll("[^0-9]", "") + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }

        UUID site() {
            if (site == null) {
                site = Catalog.site("Fuzz Target Site", 44.37, -100.35, "IOP", 2);
                made++;
            }
            return site;
        }

        /** After a successful DELETE the site is gone: the next request gets a new one. */
        void forget() {
            site = null;
            report = null;
        }

        /** A listing report on the site, filed as a website visitor would. */
        String report() {
            if (report == null) {
                report = given().contentType(ContentType.JSON).body("{\"reason\": \"OTHER\"}")
                        .when().post("/api/v1/facilities/" + site() + "/reports").then().statusCode(201).extract().path("id");
                made++;
            }
            return report;
        }

        String assessment() {
            if (assessment == null) {
                assessment = created("/assessments");
            }
            return assessment;
        }

        String coverageRequest() {
            if (coverageRequest == null) {
                coverageRequest = created("/coverage-requests");
            }
            return coverageRequest;
        }

        /** A record made with the document's own valid body for {@code POST path}: its id. */
        private String created(String path) {
            Operation create = operation("POST", path);
            MediaType media = create.body().get("application/json");
            String id = given().contentType(ContentType.JSON).body(HostileInput.write(baseBody(create, media, null), false))
                    .when().post("/api/v1" + path).then().statusCode(201).extract().path("id");
            made++;
            return id;
        }

        UUID contract() {
            if (contract == null) {
                contract = Catalog.contract("aetna", "PPO", site(), "IOP");
                made++;
            }
            return contract;
        }

        private Operation operation(String method, String path) {
            return document.operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path))
                    .findFirst().orElseThrow(() -> new IllegalStateException("the document has no " + method + " " + path));
        }

        /** A path parameter's value in a conforming request: an existing record where the path names a collection we seed. */
        String pathValue(String template, Parameter p, HostileInput hostile) {
            Matcher m = Pattern.compile("/([^/{}]+)/\\{" + Pattern.quote(p.name()) + "}").matcher(template);
            String collection = m.find() ? m.group(1) : "";
            return switch (collection) {
                case "facilities" -> site().toString();
                case "reports" -> report();
                case "assessments" -> assessment();
                case "coverage-requests" -> coverageRequest();
                case "network-contracts" -> contract().toString();
                default -> p.example() != null ? text(p.example()) : text(hostile.valid(document, p.schema()));
            };
        }

        /**
         * The operation's documented example (or a value made from its schema), with ids that exist
         * here in place of the example's, and this run's PHI values in place of the example's person.
         */
        JsonNode baseBody(Operation operation, MediaType media, HostileInput hostile) {
            JsonNode example = media.example() != null ? media.example().deepCopy()
                    : hostile != null ? hostile.valid(document, media.schema()) : null;
            if (example == null) {
                throw new IllegalStateException(operation + " has no example to start from");
            }
            substitute(example);
            return example;
        }

        String baseText(MediaType media) {
            return media.example() != null ? text(media.example()) : "";
        }

        private void substitute(JsonNode node) {
            if (node.isObject()) {
                ObjectNode o = (ObjectNode) node;
                for (String name : List.copyOf(iterable(o.fieldNames()))) {
                    switch (name) {
                        case "facilityId" -> o.put(name, site().toString());
                        case "facilityIds" -> o.set(name, o.arrayNode().add(site().toString()));
                        case "assessmentId" -> o.put(name, assessment());
                        case "organizationId" -> o.remove(name);
                        default -> {
                            if (phi.containsKey(name) && o.get(name).isTextual()) {
                                o.put(name, phi.get(name));
                            } else {
                                substitute(o.get(name));
                            }
                        }
                    }
                }
            } else if (node.isArray()) {
                node.forEach(this::substitute);
            }
        }

        Map<String, String> credentials(String role, HostileInput hostile) {
            return switch (role) {
                case "ANONYMOUS" -> Map.of();
                case "ADMIN" -> hostile.chance(0.25) ? Map.of("X-Api-Key", Backends.ADMIN_KEY) : Map.of("Authorization", token(role));
                case "PARTNER" -> hostile.chance(0.25) ? Map.of("X-Api-Key", Backends.PARTNER_KEY) : Map.of("Authorization", token(role));
                default -> Map.of("Authorization", token(role));
            };
        }

        private String token(String role) {
            return tokens.computeIfAbsent(role, TestTokens::bearer);
        }

        String redact(String text) {
            String out = text;
            for (String value : phi.values()) {
                out = out.replace(value, "<phi>");
            }
            return out;
        }
    }

    static <T> List<T> iterable(Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    // ---- what the databases hold ------------------------------------------------------------------

    /**
     * Row counts and row hashes per table of the four services' databases, but for the tables a
     * background worker writes whatever the requests are (referral-service's webhook deliveries
     * and their attempts, made from events written earlier).
     */
    static final class Stores implements AutoCloseable {
        private static final java.util.Set<String> BACKGROUND = java.util.Set.of("webhook_delivery", "webhook_attempt");
        private final Map<String, Connection> connections = new LinkedHashMap<>();
        private final Map<String, String> smallQueries = new LinkedHashMap<>();
        private final Map<String, String> fullQueries = new LinkedHashMap<>();

        Stores() throws SQLException {
            for (String module : List.of(Backends.FACILITY, Backends.ASSESSMENT, Backends.INSURANCE, Backends.REFERRAL)) {
                LocalPostgres.Connection db = ServiceProcess.backend(module).database();
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                connections.put(module, c);
                List<String> small = new ArrayList<>();
                List<String> all = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet tables = s.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                + "AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
                    while (tables.next()) {
                        if (!BACKGROUND.contains(tables.getString(1))) {
                            all.add(tables.getString(1));
                        }
                    }
                }
                for (String table : all) {
                    long rows;
                    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                        r.next();
                        rows = r.getLong(1);
                    }
                    if (rows <= PER_REQUEST_ROW_LIMIT) {
                        small.add(table);
                    }
                }
                smallQueries.put(module, query(small));
                fullQueries.put(module, query(all));
            }
        }

        private static String query(List<String> tables) {
            if (tables.isEmpty()) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (String t : tables) {
                parts.add("SELECT '" + t + "', count(*), coalesce(sum(hashtext(x::text)::bigint), 0) FROM \"" + t + "\" x");
            }
            return String.join(" UNION ALL ", parts);
        }

        /** table → "rows:hash"; with {@code all}, the large tables too. */
        Map<String, String> snapshot(boolean all) throws SQLException {
            Map<String, String> out = new TreeMap<>();
            for (Map.Entry<String, Connection> c : connections.entrySet()) {
                String sql = (all ? fullQueries : smallQueries).get(c.getKey());
                if (sql == null) {
                    continue;
                }
                try (Statement s = c.getValue().createStatement(); ResultSet r = s.executeQuery(sql)) {
                    while (r.next()) {
                        out.put(c.getKey() + "." + r.getString(1), r.getLong(2) + ":" + r.getLong(3));
                    }
                }
            }
            return out;
        }

        static String diff(Map<String, String> before, Map<String, String> after) {
            List<String> changed = new ArrayList<>();
            for (String table : after.keySet()) {
                if (!after.get(table).equals(before.get(table))) {
                    changed.add(table + " rows " + before.getOrDefault(table, "?").split(":")[0] + "→" + after.get(table).split(":")[0]);
                }
            }
            return String.join(", ", changed);
        }

        @Override
        public void close() {
            for (Connection c : connections.values()) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closing at the end of the test
                }
            }
        }
    }

    // ---- judging and reporting --------------------------------------------------------------------

    static final class Report {
        final long seed;
        final Fixtures fixtures;
        int total;
        int conforming;
        long sendNanos;
        long checkNanos;
        int codecRefusals;
        int closedOnOversizedBody;
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<String, int[]> perOperation = new LinkedHashMap<>();
        /** "operationId kind status" → count and the first example. */
        final Map<String, String> firstFailure = new LinkedHashMap<>();
        final Map<String, Integer> failureCounts = new LinkedHashMap<>();

        final ApiDocument document;

        Report(long seed, Fixtures fixtures, ApiDocument document) {
            this.seed = seed;
            this.fixtures = fixtures;
            this.document = document;
        }

        void judge(Operation operation, int index, FuzzRequest request, Answer answer,
                   Map<String, String> rowsBefore, Map<String, String> rowsAfter) {
            total++;
            conforming += request.conforms() ? 1 : 0;
            statuses.merge(answer.status(), 1, Integer::sum);
            int[] counts = perOperation.computeIfAbsent(operation.method() + " " + operation.path() + " (" + operation.operationId() + ")",
                    k -> new int[4]);
            counts[0]++;
            counts[answer.status() < 300 ? 1 : 2]++;
            counts[3] += (int) answer.millis();

            int status = answer.status();
            if (status == 0) {
                if (request.oversized()) {
                    closedOnOversizedBody++;
                } else {
                    fail(operation, index, "no answer (connection closed)", answer.body(), request, answer);
                }
                if (!rowsBefore.equals(rowsAfter)) {
                    fail(operation, index, "stored from a refused request", Stores.diff(rowsBefore, rowsAfter), request, answer);
                }
                return;
            }
            if (status >= 500) {
                fail(operation, index, status == 502 ? "502: a backend answered 5xx" : status + " from the gateway", "", request, answer);
            } else if (status == 401 || status == 403) {
                fail(operation, index, status + " for a caller the operation allows", "", request, answer);
            }
            if ((status == 414 || status == 431) && answer.body().isEmpty()) {
                codecRefusals++; // Vert.x's HTTP decoder answers these before any application code runs: see the class comment
            } else if (status >= 400) {
                if (!answer.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
                    fail(operation, index, status + " is not problem+json", "Content-Type " + answer.contentType(), request, answer);
                } else {
                    try {
                        JsonNode problem = STRICT_JSON.readTree(answer.body());
                        if (problem == null || problem.path("status").asInt() != status) {
                            fail(operation, index, status + " problem without its status", "", request, answer);
                        }
                    } catch (IOException e) {
                        fail(operation, index, status + " problem that is not JSON", "", request, answer);
                    }
                }
            }
            String sent = request.path + request.query + request.headers + (request.body == null ? ""
                    : new String(request.body, StandardCharsets.UTF_8));
            for (Pattern leak : LEAKS) {
                Matcher m = leak.matcher(answer.body());
                while (m.find()) {
                    if (!sent.contains(m.group())) {
                        fail(operation, index, "internals in the answer", "'" + m.group() + "'", request, answer);
                        break;
                    }
                }
            }
            if (!(status == 414 || status == 431) || !answer.body().isEmpty()) {
                String below = request.path.startsWith(document.basePath()) ? request.path.substring(document.basePath().length())
                        : request.path;
                List<String> unfit = AnswersFitTheDocument.problems(document, request.method, below, status,
                        answer.contentType(), answer.body());
                if (!unfit.isEmpty()) {
                    fail(operation, index, status + " answer outside the document", String.join("; ", unfit), request, answer);
                }
            }
            if (status < 400 && !request.conforms()) {
                fail(operation, index, status + " for a request that does not conform", String.join("; ", request.violations),
                        request, answer);
            }
            if (status >= 300 && !rowsBefore.equals(rowsAfter)) {
                fail(operation, index, "stored from a refused request", Stores.diff(rowsBefore, rowsAfter), request, answer);
            }
        }

        void fail(Operation operation, int index, String kind, String detail, FuzzRequest request, Answer answer) {
            String key = operation.operationId() + ": " + kind;
            failureCounts.merge(key, 1, Integer::sum);
            firstFailure.computeIfAbsent(key, k -> fixtures.redact("try " + index + " " + detail
                    + (request == null ? "" : "\n      sent: " + request.method + " " + abbreviate200(request.path)
                    + (request.query.isEmpty() ? "" : " query " + abbreviate200(request.query.toString()))
                    + " content-type " + request.contentType + " attacks " + request.attacks
                    + (request.body == null ? "" : " body " + abbreviate200(new String(request.body, StandardCharsets.UTF_8))))
                    + (answer == null ? "" : "\n      got: " + answer.status() + " " + answer.contentType() + " "
                    + abbreviate200(answer.body()))));
        }

        private static String abbreviate200(String s) {
            return escape(s.length() <= 200 ? s : s.substring(0, 200) + "...(" + s.length() + " chars)");
        }

        private static String escape(String s) {
            StringBuilder sb = new StringBuilder();
            s.chars().forEach(c -> sb.append(c < 0x20 || c >= 0x7F ? String.format("\\u%04x", c) : String.valueOf((char) c)));
            return sb.toString();
        }

        String failures() {
            StringBuilder sb = new StringBuilder();
            failureCounts.forEach((key, count) -> sb.append("\n  ").append(key).append(" (").append(count).append("×), first: ")
                    .append(firstFailure.get(key)));
            return sb.toString();
        }

        String summary(Duration took, int tries) {
            StringBuilder sb = new StringBuilder();
            int failures = failureCounts.values().stream().mapToInt(Integer::intValue).sum();
            sb.append(String.format("Hostile-input fuzz: %d requests to %d operations in %d s (seed %d, %d tries per operation "
                            + "with a body); %d conforming, %d not; statuses %s (%d of the 414/431 from the HTTP decoder, "
                            + "without a body; 0: %d bodies over the limit cut off before the 413 was read); %d answers outside the "
                            + "contract; %d s waiting for answers, %d s comparing the databases",
                    total, perOperation.size(), took.toSeconds(), seed, tries, conforming, total - conforming, statuses, codecRefusals,
                    closedOnOversizedBody, failures, sendNanos / 1_000_000_000, checkNanos / 1_000_000_000));
            perOperation.forEach((op, c) -> sb.append(String.format("%n  %-80s %4d requests, %4d accepted, %4d refused, %5d ms each",
                    op, c[0], c[1], c[2], c[3] / Math.max(1, c[0]))));
            return sb.toString();
        }
    }
}
