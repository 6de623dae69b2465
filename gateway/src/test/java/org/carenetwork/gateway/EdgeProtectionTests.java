package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What a public API owes the web: CORS for the brand sites only, security headers, size limits. */
@QuarkusTest
class EdgeProtectionTests {

    @Test
    void corsPreflight_fromABrandSite_isAllowedWithCredentials() {
        given().header("Origin", "https://www.brand.test")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .when().options("/api/v1/coverage-requests")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://www.brand.test"))
                .header("Access-Control-Allow-Credentials", equalTo("true"));
    }

    @Test
    void aBrandSitesScript_mayReadTheHeadersItNeeds() {
        String exposed = given().header("Origin", "https://www.brand.test").when().get("/api/v1/facilities?size=1")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://www.brand.test"))
                .extract().header("Access-Control-Expose-Headers");
        java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(java.util.Arrays.stream(String.valueOf(exposed).split(",")).map(String::trim).toList());
        for (String needed : java.util.List.of("Location", "ETag", "Retry-After", "X-Request-Id", "Idempotent-Replayed",
                "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
            org.junit.jupiter.api.Assertions.assertTrue(names.contains(needed), needed + " is exposed: " + exposed);
        }
    }

    @Test
    void corsPreflight_fromAnotherOrigin_isNotAllowed() {
        given().header("Origin", "https://evil.test")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/coverage-requests")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void answers_carrySecurityHeaders() {
        given().when().get("/api/v1/facilities")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
    }

    @Test
    void oversizedBody_is413Problem() {
        String big = "{\"note\":\"" + "x".repeat(300_000) + "\"}";
        given().contentType("application/json").body(big).when().post("/api/v1/coverage-requests")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void malformedCareMatch_is400NamingTheField() {
        given().contentType("application/json").body("{\"levelOfCare\":\"SPA\",\"zip\":\"43604\"}")
                .when().post("/api/v1/care-matches")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("levelOfCare"));
        given().contentType("application/json").body("{\"levelOfCare\":\"IOP\"}")
                .when().post("/api/v1/care-matches")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("location"));
    }
}
