package org.carenetwork.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carenetwork.common.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What every service's document says the same way, added at build time to the document its code
 * declares: the problem+json error responses each operation can give (400 with a body or
 * parameters, 401, 403 and {@code x-roles} where {@code @RolesAllowed} names roles, 404 with a path
 * id, 406, 415 with a body, 500, 503 with {@code Retry-After}), {@code X-Request-Id} on every answer, the bearer scheme,
 * and bounds on the JDK's string types. The roles come from Quarkus's own security requirement
 * (derived from {@code @RolesAllowed}), so they are declared once, on the resource method.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -100)
public class ServiceContract implements OASFilter {

    public static final String BEARER = "bearerAuth";
    public static final String PROBLEM = "Problem";
    static final String REQUEST_ID = "X-Request-Id";
    static final String RETRY_AFTER = "Retry-After";
    /** The scheme Quarkus adds for smallrye-jwt, with the roles of @RolesAllowed as its scopes. */
    static final String QUARKUS_SCHEME = "SecurityScheme";

    /** The standard responses, by status: component name and description. */
    static final Map<String, String[]> RESPONSES = new LinkedHashMap<>();

    static {
        RESPONSES.put("400", new String[] {"BadRequest", "The request is malformed, a value is invalid, or a query parameter or body field is one the operation does not take (or a single-valued parameter is repeated); `errors` names each field."});
        RESPONSES.put("401", new String[] {"Unauthorized", "Credentials are missing where they are required, or those presented are not valid."});
        RESPONSES.put("403", new String[] {"Forbidden", "The caller's role may not call this operation."});
        RESPONSES.put("404", new String[] {"NotFound", "No such resource."});
        RESPONSES.put("406", new String[] {"NotAcceptable", "None of the media types `Accept` names is one this operation answers in."});
        RESPONSES.put("409", new String[] {"Conflict", "The change conflicts with the resource's current state."});
        RESPONSES.put("412", new String[] {"PreconditionFailed", "If-Match names a version that is no longer current."});
        RESPONSES.put("415", new String[] {"UnsupportedMediaType", "The body's `Content-Type` is not one this operation takes."});
        RESPONSES.put("422", new String[] {"Unprocessable", "Well-formed input that breaks a rule; `errors` names each field."});
        RESPONSES.put("500", new String[] {"InternalError", "An unexpected failure; the body says nothing of its cause. Quote `requestId` to support."});
        RESPONSES.put("503", new String[] {"ServiceUnavailable", "A part the answer needs is not available just now; retry after `Retry-After` seconds."});
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        addProblemSchemas(components);
        addHeaders(components);
        addResponses(components);
        // Quarkus's own scheme (from smallrye-jwt) gives way to the suite's; any other stays.
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>(components.getSecuritySchemes() == null ? Map.of()
                : components.getSecuritySchemes());
        schemes.remove(QUARKUS_SCHEME);
        schemes.put(BEARER, bearerScheme());
        components.setSecuritySchemes(schemes);
        boundWellKnownStrings(components);
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> decorate(path, method, operation)));
        }
        SchemaReferences.dropUnused(api);
    }

    private void decorate(String path, PathItem.HttpMethod method, Operation operation) {
        List<String> roles = roles(operation);
        // Once: a document that passes through twice (the gateway merges the services') keeps its security.
        if (operation.getSecurity() == null || namesQuarkusScheme(operation)) {
            if (roles.isEmpty()) {
                operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                        OASFactory.createSecurityRequirement().addScheme(BEARER))));
            } else {
                operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))));
                operation.addExtension(ContractExtensions.ROLES, roles);
            }
        }
        if (operation.getParameters() != null) {
            // The request id is every operation's, documented once by the gateway, not a parameter of some.
            List<Parameter> kept = new ArrayList<>(operation.getParameters());
            kept.removeIf(p -> p.getIn() == Parameter.In.HEADER && REQUEST_ID.equalsIgnoreCase(p.getName()));
            operation.setParameters(kept.isEmpty() ? null : kept);
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        // Every operation: even one that takes no input refuses a query parameter it does not declare.
        standard(responses, "400");
        standard(responses, "401");
        if (!roles.isEmpty()) {
            standard(responses, "403");
        }
        if (path.contains("{")) {
            standard(responses, "404");
        }
        standard(responses, "406");
        if (operation.getRequestBody() != null) {
            standard(responses, "415");
        }
        standard(responses, "500");
        standard(responses, "503");
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null) {
                response.addHeader(REQUEST_ID, OASFactory.createHeader().ref(REQUEST_ID));
            }
        });
    }

    private static boolean namesQuarkusScheme(Operation operation) {
        return operation.getSecurity().stream()
                .anyMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(QUARKUS_SCHEME));
    }

    /** The roles of Quarkus's requirement (its scheme's scopes, from {@code @RolesAllowed}), or those already noted. */
    @SuppressWarnings("unchecked")
    private static List<String> roles(Operation operation) {
        if (operation.getExtensions() != null && operation.getExtensions().get(ContractExtensions.ROLES) instanceof List<?> noted) {
            return (List<String>) noted;
        }
        List<String> roles = new ArrayList<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(scopes -> {
                        if (scopes != null) {
                            scopes.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
                        }
                    });
                }
            }
        }
        return roles;
    }

    /** Puts the standard response for a status in place of a bare one (Quarkus's "Not Authorized"). */
    private static void standard(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null || existing.getContent() == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES.get(status)[0]));
        }
    }

    private static void addResponses(Components components) {
        RESPONSES.forEach((status, named) -> {
            APIResponse response = OASFactory.createAPIResponse().description(named[1])
                    .addHeader(REQUEST_ID, OASFactory.createHeader().ref(REQUEST_ID))
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
            if (status.equals("503")) {
                response.addHeader(RETRY_AFTER, OASFactory.createHeader().ref(RETRY_AFTER));
            }
            if (status.equals("401")) {
                response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description("The scheme to authenticate with: `Bearer`.")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200)));
            }
            if (components.getResponses() == null || !components.getResponses().containsKey(named[0])) {
                components.addResponse(named[0], response);
            }
        });
    }

    private static void addHeaders(Components components) {
        components.addHeader(REQUEST_ID, OASFactory.createHeader()
                .description("The request's id: the caller's own `X-Request-Id` when it is a plain token (up to 128 "
                        + "letters, digits and `._:-`), else a new one. Every log line written for the request carries it.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(128).pattern("^[A-Za-z0-9._:-]{1,128}$")));
        components.addHeader(RETRY_AFTER, OASFactory.createHeader()
                .description("Seconds to wait before trying again.")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(3600))));
    }

    private static void addProblemSchemas(Components components) {
        components.addSchema("FieldError", OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One field at fault.")
                .addProperty("field", str(200, "The field, parameter or header, as the request named it: `programs[2].levelOfCare`, `zip`, `Idempotency-Key`."))
                .addProperty("message", str(1000, "What is wrong with it."))
                .required(List.of("field", "message")));
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem: what went wrong, never how (no stack trace, no backend detail).")
                .addProperty("type", str(200, "The kind of problem, one stable URI per kind: `" + Problem.TYPE_ROOT
                        + "invalid-request` (400), `.../not-found` (404), `.../conflict` (409)... (docs/api-v1.md lists them).")
                        .format("uri"))
                .addProperty("title", str(200, "The status in words."))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", str(5000, "What was wrong, for a person to read."))
                .addProperty("instance", str(2000, "The path that was called."))
                .addProperty("requestId", str(128, "The request's `X-Request-Id`, to quote to support."))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(Problem.MAX_ERRORS)
                        .description("Each field at fault (at most " + Problem.MAX_ERRORS + "; `detail` counts the rest).")
                        .items(OASFactory.createSchema().ref("FieldError")))
                .required(List.of("type", "title", "status")));
    }

    private static Schema str(int maxLength, String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength).description(description);
    }

    private static SecurityScheme bearerScheme() {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT signed by the configured issuer (RS256), its roles in the `groups` claim; verified "
                        + "as RFC 8725 (RFC8725) advises: the algorithm is fixed, `iss` and `exp` are checked, `none` is refused.");
    }

    /**
     * The JDK types the scan describes as schemas of their own: one definition everywhere (each
     * application's scan would otherwise write its own, some with examples, and a merged document
     * would hold whichever came last), a string with its format, bounded.
     */
    private static void boundWellKnownStrings(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> canonical = Map.of(
                "UUID", OASFactory.createSchema().addType(SchemaType.STRING).format("uuid").maxLength(36)
                        .pattern("[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}"),
                "Instant", OASFactory.createSchema().addType(SchemaType.STRING).format("date-time").maxLength(40),
                "OffsetDateTime", OASFactory.createSchema().addType(SchemaType.STRING).format("date-time").maxLength(40),
                "LocalDate", OASFactory.createSchema().addType(SchemaType.STRING).format("date").maxLength(10),
                "URI", OASFactory.createSchema().addType(SchemaType.STRING).format("uri").maxLength(2000));
        canonical.forEach((name, schema) -> {
            if (components.getSchemas().containsKey(name)) {
                components.addSchema(name, schema);
            }
        });
    }
}
