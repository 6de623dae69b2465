package org.carenetwork.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carenetwork.common.openapi.ContractExtensions;
import org.carenetwork.gateway.contract.ServiceContracts;

/**
 * The operations of the published OpenAPI document, as the hostile-input tests read them: each
 * with its parameters and request body ($refs resolved) and the roles its description names
 * ({@code x-roles}, or "Roles: ..."), so that a route added to a contract is fuzzed without touching the tests.
 */
final class ApiDocument {

    static final List<String> ROLES = List.of("ANONYMOUS", "CALL_CENTER", "ADMISSIONS", "PARTNER", "ADMIN");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern ROLES_SENTENCE = Pattern.compile("Roles:([^.]*)");

    final JsonNode root;

    ApiDocument(JsonNode root) {
        this.root = root;
    }

    static ApiDocument parse(String json) {
        try {
            return new ApiDocument(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The services' contracts the gateway was built with (META-INF/contracts), merged as the served
     * document merges them, for tests without a running gateway. The gateway's own operations
     * (the care match) are not in it.
     */
    static ApiDocument fromClasspath() {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ServiceContracts.all().values().forEach(contract -> {
            paths.setAll((ObjectNode) contract.path("paths"));
            contract.path("components").fields().forEachRemaining(kind -> {
                ObjectNode into = components.has(kind.getKey()) ? (ObjectNode) components.get(kind.getKey())
                        : components.putObject(kind.getKey());
                into.setAll((ObjectNode) kind.getValue());
            });
        });
        merged.putArray("servers").addObject().put("url", "/api/v1");
        return new ApiDocument(merged);
    }

    record Parameter(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    record Operation(String method, String path, String operationId, List<Parameter> parameters,
                     Map<String, MediaType> body, Set<String> roles) {

        List<Parameter> parameters(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }

        boolean hasBody() {
            return !body.isEmpty();
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + operationId + ")";
        }
    }

    /** One media type of a request body: its schema (may be empty: anything) and an example, if any. */
    record MediaType(String name, JsonNode schema, JsonNode example) {
    }

    /** The path of the first server's URL ({@code /api/v1}), whether the URL is absolute or not. */
    String basePath() {
        String url = root.path("servers").path(0).path("url").asText("");
        return url.contains("://") ? java.net.URI.create(url).getRawPath() : url;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(p -> shared.add(resolve(p)));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode operation = op.getValue();
                Map<String, Parameter> parameters = new LinkedHashMap<>();
                List<JsonNode> all = new ArrayList<>(shared);
                operation.path("parameters").forEach(p -> all.add(resolve(p)));
                for (JsonNode p : all) {
                    Parameter parameter = new Parameter(p.path("name").asText(), p.path("in").asText(),
                            p.path("required").asBoolean(false), resolve(p.path("schema")),
                            p.has("example") ? p.get("example") : null);
                    parameters.put(parameter.in() + ":" + parameter.name(), parameter);
                }
                Map<String, MediaType> body = new LinkedHashMap<>();
                JsonNode requestBody = resolve(operation.path("requestBody"));
                for (Iterator<Map.Entry<String, JsonNode>> media = requestBody.path("content").fields(); media.hasNext(); ) {
                    Map.Entry<String, JsonNode> m = media.next();
                    JsonNode example = m.getValue().get("example");
                    if (example == null && m.getValue().has("examples")) {
                        example = resolve(m.getValue().path("examples").elements().next()).get("value");
                    }
                    body.put(m.getKey(), new MediaType(m.getKey(), m.getValue().path("schema"), example));
                }
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(),
                        operation.path("operationId").asText(), List.copyOf(parameters.values()), body,
                        roles(operation)));
            }
        }
        return operations;
    }

    /** Who may call: the contract's {@code x-roles}, else the roles its description names ("Roles: ..."). */
    static Set<String> roles(JsonNode operation) {
        if (operation.has(ContractExtensions.ROLES)) {
            Set<String> roles = new LinkedHashSet<>();
            operation.path(ContractExtensions.ROLES).forEach(r -> roles.add(r.asText()));
            return roles;
        }
        return roles(operation.path("description").asText(""));
    }

    /** The roles named in the description's "Roles: ..." sentence. */
    static Set<String> roles(String description) {
        Set<String> roles = new LinkedHashSet<>();
        Matcher m = ROLES_SENTENCE.matcher(description);
        if (m.find()) {
            for (String word : m.group(1).split("[^A-Z_]+")) {
                if (ROLES.contains(word)) {
                    roles.add(word);
                }
            }
        }
        return roles;
    }

    /**
     * The schema a value other than null takes: {@link #resolve}d, and an OpenAPI 3.1 nullable
     * reference ({@code anyOf: [{$ref}, {type: null}]}) read as its other branch.
     */
    JsonNode nonNull(JsonNode schemaOrRef) {
        JsonNode schema = resolve(schemaOrRef);
        JsonNode branches = schema.path("anyOf");
        if (branches.size() == 2) {
            for (int i = 0; i < 2; i++) {
                if ("null".equals(branches.get(i).path("type").asText())) {
                    return nonNull(branches.get(1 - i));
                }
            }
        }
        return schema;
    }

    /** The schema's type name, "string" for 3.1's {@code ["string", "null"]}; "" when it names none. */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "";
        }
        return type.asText("");
    }

    /** Follows a local $ref ("#/components/...") until a node without one. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("$ref cycle at " + node);
            }
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local $refs are supported: " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalStateException("unresolved $ref " + ref);
            }
        }
        return current;
    }
}
