package org.carenetwork.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every answer any gateway test gets from {@code /api/v1} must fit the document the gateway
 * serves: its status is one the operation declares, its media type one the status declares, and
 * its body fits that schema read strictly ({@link SchemaCheck#strict()}: no text for a number, no
 * null where the field may only be absent). A rest-assured filter installed before every
 * {@code @QuarkusTest} (META-INF/services), so the tests need not ask for it; a mismatch fails the
 * test that met it, naming the operation, the status and the field.
 */
public class AnswersFitTheDocument implements Filter, QuarkusTestBeforeEachCallback {

    private static final String ROOT = "/api/v1";
    private static volatile ApiDocument served;
    private static volatile AnswersFitTheDocument installed;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (installed == null) {
            installed = this;
            RestAssured.filters(this);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        Response answer = context.next(request, response);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith(ROOT + "/")) {
            return answer;
        }
        List<String> problems = problems(document(), request.getMethod(), path.substring(ROOT.length()), answer.statusCode(),
                answer.contentType(), answer.asString());
        if (!problems.isEmpty()) {
            throw new AssertionError("the answer to " + request.getMethod() + " " + path + " does not fit the served document: "
                    + problems + "\n  status " + answer.statusCode() + " " + answer.contentType() + " "
                    + abbreviated(answer.asString()));
        }
        return answer;
    }

    /** What in an answer to {@code method path} (below /api/v1) does not fit the document. */
    static List<String> problems(ApiDocument document, String method, String path, int statusCode, String contentType,
                                 String body) {
        JsonNode operation = operation(document, method, path);
        List<String> problems = new ArrayList<>();
        if (operation == null) {
            return problems; // no such operation: the 404 or 405 of an unknown route, not an operation's answer
        }
        String status = Integer.toString(statusCode);
        JsonNode declared = operation.path("responses").path(status);
        if (declared.isMissingNode()) {
            declared = operation.path("responses").path(status.charAt(0) + "XX");
        }
        if (declared.isMissingNode()) {
            declared = operation.path("responses").path("default");
        }
        if (declared.isMissingNode()) {
            problems.add("status " + status + " is not one " + operation.path("operationId").asText() + " declares");
            return problems;
        }
        declared = document.resolve(declared);
        if (body == null || body.isEmpty()) {
            return problems;
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = declared.path("content").path(type);
        if (media.isMissingNode()) {
            problems.add("media type " + type + " is not one the " + status + " declares (" + fieldNames(declared.path("content")) + ")");
            return problems;
        }
        if (type.endsWith("json")) {
            try {
                problems.addAll(new SchemaCheck(document).strict().violations(media.path("schema"), new ObjectMapper().readTree(body)));
            } catch (IOException e) {
                problems.add("the body is not JSON");
            }
        }
        return problems;
    }

    /** The served document's operation for a path below /api/v1: a literal segment before a parameter. */
    private static JsonNode operation(ApiDocument document, String method, String path) {
        String[] segments = path.split("/", -1);
        JsonNode best = null;
        int bestLiterals = -1;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String[] template = entry.getKey().split("/", -1);
            if (template.length != segments.length) {
                continue;
            }
            int literals = 0;
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                if (template[i].startsWith("{")) {
                    matches = !segments[i].isEmpty();
                } else {
                    matches = template[i].equals(segments[i]);
                    literals++;
                }
            }
            JsonNode operation = entry.getValue().get(method.toLowerCase(Locale.ROOT));
            if (matches && operation != null && literals > bestLiterals) {
                best = operation;
                bestLiterals = literals;
            }
        }
        return best;
    }

    private static ApiDocument document() {
        if (served == null) {
            synchronized (AnswersFitTheDocument.class) {
                if (served == null) {
                    served = ApiDocument.parse(RestAssured.given().filters(List.of()).when().get("/q/openapi?format=json")
                            .then().statusCode(200).extract().asString());
                }
            }
        }
        return served;
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() <= 600 ? body : body.substring(0, 600) + "...";
    }
}
