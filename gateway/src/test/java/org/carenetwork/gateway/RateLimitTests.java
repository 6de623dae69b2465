package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Over its limit a client gets 429 with Retry-After; other clients are not affected. */
@QuarkusTest
@TestProfile(RateLimitTests.TightLimits.class)
class RateLimitTests {

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.anonymous-read", "5", "gateway.rate-limit.anonymous-write", "2",
                    "gateway.rate-limit.read", "1000");
        }
    }

    @Test
    void anonymousReads_overTheLimit_are429WithRetryAfter_whileATokenHolderIsStillServed() {
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/v1/organizations").then().statusCode(200);
        }
        given().when().get("/api/v1/organizations")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).when().get("/api/v1/organizations")
                .then().statusCode(200);
    }

    @Test
    void anonymousWrites_haveATighterLimit() {
        for (int i = 0; i < 2; i++) {
            int status = given().contentType("application/json").body("{}")
                    .when().post("/api/v1/facilities/00000000-0000-4000-8000-000000000000/reports").statusCode();
            assertNotEquals(429, status);
        }
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/facilities/00000000-0000-4000-8000-000000000000/reports")
                .then().statusCode(429)
                .header("Retry-After", notNullValue());
    }
}
