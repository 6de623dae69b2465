package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of the public API × every kind of caller, through the gateway to the real services:
 * the status each gets is the one the contract gives. Callers: no credentials, a bearer token per
 * role, and API keys (a PARTNER client and an ADMIN client). Requests that an allowed caller makes
 * are harmless (reads, or writes whose body is refused as invalid or whose id is unknown), so an
 * allowed caller gets 2xx, 400 or 404 and a refused one 401 or 403: the two never look alike.
 *
 * Routes that ANONYMOUS may call accept any credentials too: identifying oneself never takes
 * access away.
 *
 * Stored assessments are the exception to "refused is 401 or 403": a role that may read some
 * assessments but not this one (no consent to share; another partner's) gets the 404 of an unknown
 * id, so that a refusal does not tell the assessment exists.
 */
@QuarkusTest
class AuthorizationMatrixTests {

    /** The callers, in the order of the expected statuses in {@link #routes()}. */
    static final List<String> CALLERS = List.of("none", "CALL_CENTER", "ADMISSIONS", "PARTNER", "ADMIN",
            "api-key:PARTNER", "api-key:ADMIN");

    static UUID site;

    static synchronized UUID site() {
        if (site == null) {
            site = Catalog.site("Authorization Matrix Site", 44.0805, -103.2310, "IOP", 1);
        }
        return site;
    }

    /** Assessments taken for the rows below: by the website without and with consent, by the API-key partner. */
    static final java.util.Map<String, String> ASSESSMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    static String assessment(String which) {
        return ASSESSMENTS.computeIfAbsent(which, w -> {
            boolean consent = w.endsWith(":consent");
            RequestSpecification by = w.startsWith("partner") ? as("api-key:PARTNER") : as("none");
            java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("respondent", "SELF");
            body.put("ageGroup", "ADULT");
            body.put("instruments", java.util.Map.of("GAD-7", List.of(0, 1, 0, 1, 0, 1, 0)));
            body.put("consentToShare", consent);
            return by.contentType("application/json").body(body).when().post("/api/v1/assessments")
                    .then().statusCode(201).extract().path("id");
        });
    }

    static Stream<Arguments> routes() {
        String unknown = UUID.randomUUID().toString();
        String invalid = "{}";
        String anyone200 = "200 200 200 200 200 200 200";
        return Stream.of(
                //                method  path                                              body       none CC  ADM PAR ADMIN key:PAR key:ADMIN
                row("GET", "/facilities?state=SD", null, anyone200),
                row("GET", "/facilities/{site}", null, anyone200),
                row("POST", "/facilities", invalid, "401 403 403 403 400 403 400"),
                row("PUT", "/facilities/{site}", invalid, "401 403 403 403 400 403 400"),
                row("DELETE", "/facilities/" + unknown, null, "401 403 403 403 404 403 404"),
                row("PUT", "/facilities/{site}/programs/IOP/availability", "{\"openings\": -1, \"acceptingNewPatients\": true}",
                        "401 403 400 403 400 403 400"),
                row("POST", "/facilities/import", "[]", "401 403 403 403 200 403 200"),
                row("POST", "/facilities/{site}/reports", "{\"reason\": \"OTHER\", \"note\": \"matrix\"}",
                        "201 201 201 201 201 201 201"),
                row("GET", "/facilities/{site}/reports", null, "401 200 403 403 200 403 200"),
                row("GET", "/facilities/{site}/reports/" + unknown, null, "401 404 403 403 404 403 404"),
                row("PATCH", "/facilities/{site}/reports/" + unknown, "{\"status\": \"DISMISSED\", \"note\": \"matrix\"}",
                        "401 404 403 403 404 403 404"),
                row("GET", "/listing-reports?status=OPEN", null, "401 200 403 403 200 403 200"),
                row("GET", "/organizations", null, anyone200),
                row("GET", "/levels-of-care", null, anyone200),
                row("GET", "/fhir/HealthcareService?location=Location/{site}", null, anyone200),
                row("GET", "/fhir/HealthcareService/{site}-iop", null, anyone200),
                row("GET", "/fhir/Location?address-state=SD", null, anyone200),
                row("GET", "/fhir/Location/{site}", null, anyone200),
                row("GET", "/fhir/Organization?name=Authorization", null, anyone200),
                row("GET", "/fhir/Organization/" + unknown, null, "404 404 404 404 404 404 404"),
                row("GET", "/instruments", null, anyone200),
                row("GET", "/instruments/PHQ-9", null, anyone200),
                row("POST", "/instruments/GAD-7/score", "{\"answers\": [0, 1, 2, 3, 0, 1, 2]}", anyone200),
                row("GET", "/assessments/questions", null, anyone200),
                row("POST", "/assessments", invalid, "400 400 400 400 400 400 400"),
                // Assessments: the token holder always (AssessmentResourceTests); with consent to share, staff and
                // the partner that took it; ADMIN reads none without a token (403); the rest get an unknown id's 404.
                row("GET", "/assessments/" + unknown, null, "401 404 404 404 403 404 403"),
                row("GET", "/assessments/{website}", null, "401 404 404 404 403 404 403"),
                row("GET", "/assessments/{website:consent}", null, "401 200 200 404 403 404 403"),
                row("GET", "/assessments/{partner}", null, "401 404 404 404 403 404 403"),
                row("GET", "/assessments/{partner:consent}", null, "401 200 200 404 403 200 403"),
                row("GET", "/payers?q=aetna", null, anyone200),
                row("GET", "/payers/aetna", null, anyone200),
                row("POST", "/network-checks", "{\"payer\": \"aetna\", \"planType\": \"PPO\", \"facilityIds\": [\"{site}\"]}", anyone200),
                row("GET", "/network-contracts", null, "401 403 403 403 200 403 200"),
                row("GET", "/network-contracts/" + unknown, null, "401 403 403 403 404 403 404"),
                row("PUT", "/network-contracts/" + unknown, invalid, "401 403 403 403 400 403 400"),
                row("POST", "/coverage-requests", invalid, "400 400 400 400 400 400 400"),
                row("GET", "/coverage-requests", null, "401 200 200 403 403 403 403"),
                row("GET", "/coverage-requests/" + unknown, null, "401 404 404 403 403 403 403"),
                row("PATCH", "/coverage-requests/" + unknown, "{\"status\": \"IN_REVIEW\", \"note\": \"matrix\"}",
                        "401 403 404 403 403 403 403"),
                row("POST", "/care-matches", "{\"levelOfCare\": \"IOP\", \"zip\": \"57701\"}", anyone200),
                // Referrals: a partner or the call center sends; admissions and the call center work the queue;
                // a partner sees its own (another's is a 404, not a 403: it does not learn the id exists).
                row("POST", "/referrals", invalid, "401 422 403 422 403 422 403"),
                row("GET", "/referrals", null, "401 200 200 200 403 200 403"),
                row("GET", "/referrals/" + unknown, null, "401 404 404 404 403 404 403"),
                row("PATCH", "/referrals/" + unknown, "{\"status\": \"ACCEPTED\", \"note\": \"matrix\"}",
                        "401 404 404 404 403 404 403"),
                row("POST", "/webhook-subscriptions", invalid, "401 403 403 400 403 400 403"),
                row("GET", "/webhook-subscriptions", null, "401 403 403 200 403 200 403"),
                row("GET", "/webhook-subscriptions/" + unknown, null, "401 403 403 404 403 404 403"),
                row("GET", "/webhook-subscriptions/" + unknown + "/deliveries", null, "401 403 403 404 403 404 403"),
                row("DELETE", "/webhook-subscriptions/" + unknown, null, "401 403 403 404 403 404 403"));
    }

    private static Arguments row(String method, String path, String body, String statuses) {
        return Arguments.of(method, path, body, statuses);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void everyCaller_getsTheStatusTheContractGives(String method, String path, String body, String statuses) {
        String[] expected = statuses.split(" ");
        assertEquals(CALLERS.size(), expected.length, "one status per caller");
        String resolvedPath = path.replace("{site}", site().toString());
        for (String which : List.of("website", "website:consent", "partner", "partner:consent")) {
            if (resolvedPath.contains("{" + which + "}")) {
                resolvedPath = resolvedPath.replace("{" + which + "}", assessment(which));
            }
        }
        String resolvedBody = body == null ? null : body.replace("{site}", site().toString());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < CALLERS.size(); i++) {
            RequestSpecification request = as(CALLERS.get(i));
            if (resolvedBody != null) {
                request.contentType("application/json").body(resolvedBody);
            }
            int status = request.when().request(method, "/api/v1" + resolvedPath).then().extract().statusCode();
            if (status != Integer.parseInt(expected[i])) {
                mismatches.add(CALLERS.get(i) + ": " + status + " (expected " + expected[i] + ")");
            }
        }
        assertEquals(List.of(), mismatches, method + " " + path);
    }

    static RequestSpecification as(String caller) {
        return switch (caller) {
            case "none" -> given();
            case "api-key:PARTNER" -> given().header("X-Api-Key", Backends.PARTNER_KEY);
            case "api-key:ADMIN" -> given().header("X-Api-Key", Backends.ADMIN_KEY);
            default -> given().header("Authorization", TestTokens.bearer(caller));
        };
    }
}
