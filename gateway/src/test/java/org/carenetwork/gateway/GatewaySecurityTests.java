package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Credentials at the edge: bearer tokens and API keys, valid or not, and roles. */
@QuarkusTest
class GatewaySecurityTests {

    @Test
    void unknownApiKey_is401_evenOnAnAnonymousRoute() {
        given().header("X-Api-Key", "not-a-key").when().get("/api/v1/facilities")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void validApiKey_isServed_andItsCallReachesTheService() {
        given().header("X-Api-Key", Backends.PARTNER_KEY).when().get("/api/v1/facilities")
                .then().statusCode(200);
    }

    @Test
    void apiKeyWithoutTheRole_is403() {
        given().header("X-Api-Key", Backends.PARTNER_KEY).when().get("/api/v1/coverage-requests")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().header("X-Api-Key", Backends.PARTNER_KEY).contentType("application/json").body("{}")
                .when().post("/api/v1/facilities")
                .then().statusCode(403);
    }

    @Test
    void noCredentials_onAnAdminRoute_is401WithAChallenge() {
        given().contentType("application/json").body("{}").when().post("/api/v1/facilities")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json");
    }

    @Test
    void expiredForeignOrGarbledTokens_are401() {
        for (String bad : new String[] {TestTokens.expiredBearer("ADMIN"), TestTokens.foreignBearer("ADMIN"),
                "Bearer not.a.jwt"}) {
            given().header("Authorization", bad).when().get("/api/v1/facilities")
                    .then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void tokenWithTheWrongRole_is403() {
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).contentType("application/json").body("{}")
                .when().put("/api/v1/network-contracts/any")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).contentType("application/json").body("{}")
                .when().patch("/api/v1/coverage-requests/any")
                .then().statusCode(403);
    }
}
