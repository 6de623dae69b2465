package org.carenetwork.gateway.contract;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carenetwork.common.openapi.ServiceContract;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.gateway.client.BackendRelay;
import org.carenetwork.gateway.search.PayerFilteredSearch;
import org.carenetwork.gateway.security.ApiKeyAuthentication;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The public document: the services' contracts (merged by Quarkus from
 * {@code META-INF/contracts}, see {@link ServiceContracts}) and the gateway's own operations
 * (scanned from its code), with what the gateway adds to every operation it serves: the API key
 * beside the bearer token, {@code X-Request-Id} as a parameter, the answers only the gateway gives
 * (413 over the body limit, 429 over the rate limit, 502 when a service failed) and the headers
 * it sends on every answer (rate limits, CORS). Nothing of a service's operations is restated.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -200)
public class PublicDocument implements OASFilter {

    static final String API_KEY = "apiKey";
    static final String REQUEST_ID = "X-Request-Id";
    static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        belowTheServer(api);
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(BackendRelay.PUBLIC_ROOT)
                .description("The gateway that serves this document: the same paths in production, staging and local suites")
                .addExtension("x-internal", false))));
        api.getInfo().description(DESCRIPTION)
                .contact(OASFactory.createContact().name("Care network API team").url("https://developers.carenet.example"))
                .license(OASFactory.createLicense().name("Proprietary").url("https://developers.carenet.example/terms"));
        Components components = api.getComponents();
        components.addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name(ApiKeyAuthentication.HEADER)
                .description("A machine client's key; the gateway maps it to a client name and roles (keys are kept hashed)."));
        headers(components);
        responses(components);
        components.addParameter("RequestId", OASFactory.createParameter().name(REQUEST_ID)
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                .description("Your id for this request (a token of up to 128 letters, digits and `._:-`); else the gateway makes one.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(128).pattern("^[A-Za-z0-9._:-]{1,128}$")));
        components.getResponses().values().forEach(this::gatewayHeaders);
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            apiKeyBesideBearer(operation);
            operation.addParameter(OASFactory.createParameter().ref("RequestId"));
            if (operation.getRequestBody() != null) {
                operation.getResponses().addAPIResponse("413", OASFactory.createAPIResponse().ref("PayloadTooLarge"));
            }
            operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse().ref("TooManyRequests"));
            operation.getResponses().addAPIResponse("502", OASFactory.createAPIResponse().ref("BadGateway"));
            operation.getResponses().getAPIResponses().values().forEach(this::gatewayHeaders);
            if (PayerFilteredSearch.OPERATION_ID.equals(operation.getOperationId())) {
                PayerFilteredSearch.document(operation);
            }
        }));
    }

    /**
     * The gateway's own operations are scanned with their full path (/api/v1/care-matches); the
     * services' are below the server URL (/facilities). One way: below the server URL.
     */
    private static void belowTheServer(OpenAPI api) {
        Map<String, PathItem> items = new LinkedHashMap<>(api.getPaths().getPathItems());
        items.forEach((path, item) -> {
            if (path.startsWith(BackendRelay.PUBLIC_ROOT + "/")) {
                api.getPaths().removePathItem(path);
                api.getPaths().addPathItem(path.substring(BackendRelay.PUBLIC_ROOT.length()), item);
            }
        });
    }

    /** Whoever may call with a bearer token may call with an API key too. */
    private static void apiKeyBesideBearer(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        boolean bearer = operation.getSecurity().stream()
                .anyMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(ServiceContract.BEARER));
        boolean key = operation.getSecurity().stream()
                .anyMatch(r -> r.getSchemes() != null && r.getSchemes().containsKey(API_KEY));
        if (bearer && !key) {
            List<SecurityRequirement> security = new ArrayList<>(operation.getSecurity());
            security.add(OASFactory.createSecurityRequirement().addScheme(API_KEY));
            operation.setSecurity(security);
        }
    }

    /** The headers every answer of the gateway carries (a $ref'd answer gets them on its component). */
    private void gatewayHeaders(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        Map<String, Header> headers = new LinkedHashMap<>(response.getHeaders() == null ? Map.of() : response.getHeaders());
        headers.putIfAbsent(REQUEST_ID, OASFactory.createHeader().ref(REQUEST_ID));
        RATE_LIMIT_HEADERS.forEach(h -> headers.putIfAbsent(h, OASFactory.createHeader().ref(h)));
        headers.putIfAbsent(ALLOW_ORIGIN, OASFactory.createHeader().ref(ALLOW_ORIGIN));
        response.setHeaders(headers);
    }

    private static void headers(Components components) {
        components.addHeader("RateLimit-Limit", OASFactory.createHeader()
                .description("Requests a minute this client may make to this kind of operation (reads, writes), per gateway replica.")
                .schema(integer(1, 1_000_000)));
        components.addHeader("RateLimit-Remaining", OASFactory.createHeader()
                .description("Requests left before the limit is reached.")
                .schema(integer(0, 1_000_000)));
        components.addHeader("RateLimit-Reset", OASFactory.createHeader()
                .description("Seconds until another request is allowed (0 while `RateLimit-Remaining` is above 0).")
                .schema(integer(0, 3600)));
        components.addHeader(ALLOW_ORIGIN, OASFactory.createHeader()
                .description("Present when the request's `Origin` is one of the network's brand sites (never `*`; credentials are allowed).")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200).format("uri")));
    }

    private static void responses(Components components) {
        components.addResponse("PayloadTooLarge", problem("The body is larger than the limit (256 KiB; 50 MiB for the directory import).", false));
        components.addResponse("TooManyRequests", problem("Over the rate limit for this client and kind of call; retry after `Retry-After` seconds.", true));
        components.addResponse("BadGateway", problem("The service behind this operation failed, or answered outside its contract; no detail of the failure is given.", false));
    }

    private static APIResponse problem(String description, boolean retryAfter) {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ServiceContract.PROBLEM))));
        if (retryAfter) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
        }
        return response;
    }

    private static org.eclipse.microprofile.openapi.models.media.Schema integer(int min, int max) {
        return OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
    }

    static final String DESCRIPTION = """
            The one public API of the treatment network, for brand websites, call-center software and
            partner referral systems. The gateway serves all of it under `/api/v1`; each operation is
            the service's that owns it, documented from that service's code.

            **Credentials.** `Authorization: Bearer <JWT>` (roles in the `groups` claim) or, for machine
            clients, `X-Api-Key`. Roles: `ANONYMOUS` (no credentials), `CALL_CENTER`, `ADMISSIONS`,
            `PARTNER`, `ADMIN`; each operation names the roles it serves (`x-roles`, and its description).
            Credentials that are presented must be valid on every operation: a wrong token or unknown key
            is a 401 even where an anonymous caller would be served.

            **Errors** are RFC 9457 `application/problem+json` (`Problem`): 400 for bad input (with
            `errors` naming each field), 422 for well-formed input that breaks a rule, 404 for an unknown
            id, 409 or 412 for a stale version, 401 without valid credentials, 403 for a role that may not
            call the operation, 413 for a body over the limit (256 KiB; 50 MiB for the directory import),
            429 over a rate limit and 503 when a service is down (both with `Retry-After`), 502 when a
            service failed or answered outside its contract.

            **Request ids.** Every response carries `X-Request-Id`: the caller's (a token of up to 128
            letters, digits and `._:-`), or a new one.

            **Rate limits.** Every answer carries `RateLimit-Limit`, `RateLimit-Remaining` and
            `RateLimit-Reset` for the client (API key, token subject, or address when anonymous) and the
            kind of call (reads, including the operations that only compute, and writes).

            **Lists** are `{"items": [...], "page": 0, "size": 20, "total": 123}` with `page` from 0 and
            `size` 1–100.
            """;
}
