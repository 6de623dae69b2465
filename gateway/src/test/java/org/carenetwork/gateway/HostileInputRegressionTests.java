package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** What {@link HostileInputFuzzTests} found, each kept as a plain example through the gateway. */
@QuarkusTest
class HostileInputRegressionTests {

    /**
     * A ';' in a path parameter was passed on unencoded: the service read it as a matrix parameter and listed the queue
     * (a 200). Now the id reaches the service whole: not an id (400) or no such record (404), never another route.
     */
    @Test
    void aSemicolonInAnId_reachesNoOtherRoute() {
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).urlEncodingEnabled(false)
                .when().get("/api/v1/coverage-requests/%3Bjsessionid%3D1")
                .then().statusCode(anyOf(is(400), is(404))).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("ADMIN")).urlEncodingEnabled(false)
                .when().get("/api/v1/network-contracts/%3Bx")
                .then().statusCode(anyOf(is(400), is(404))).contentType("application/problem+json");
    }

    /** A null among the schedules was a 500 in the care match. */
    @Test
    void aNullSchedule_isA400() {
        given().contentType(ContentType.JSON).body("{\"levelOfCare\": \"IOP\", \"zip\": \"57701\", \"schedule\": [null]}")
                .when().post("/api/v1/care-matches")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** With a payer that has no network, the search answered an empty page without checking the other filters. */
    @Test
    void badFilters_areRefused_whateverThePayer() {
        given().when().get("/api/v1/facilities?payer=no-such-payer&population=NOPE")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/facilities?planType=NOPE")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("planType"));
    }

    /** Jackson read 720 as consent given, an overlong "/" as text, 101 as a date. */
    @Test
    void valuesJacksonWouldHaveGuessedAt_areRefused() {
        given().contentType(ContentType.JSON).body("{\"payer\": \"aetna\", \"asOf\": 101}")
                .when().post("/api/v1/network-checks")
                .then().statusCode(400).contentType("application/problem+json");
        ByteArrayOutputStream overlong = new ByteArrayOutputStream();
        overlong.writeBytes("{\"payer\": \"".getBytes(StandardCharsets.US_ASCII));
        overlong.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF});
        overlong.writeBytes("aetna\"}".getBytes(StandardCharsets.US_ASCII));
        given().contentType(ContentType.JSON).body(overlong.toByteArray())
                .when().post("/api/v1/network-checks")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> form = WriteRoutesTests.coverageForm();
        form.put("consent", Map.of("agreed", 720, "text", "I agree that the admissions team may contact me.",
                "agreedAt", Instant.now().minusSeconds(30).toString()));
        given().contentType(ContentType.JSON).body(form)
                .when().post("/api/v1/coverage-requests")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("consent.agreed"));
    }
}
