package org.carenetwork.gateway.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The gateway remembers the tokens it verified: it is asked before smallrye-jwt's validator (the
 * benchmark found it never was), keeps what verified, and keeps nothing that failed.
 */
@QuarkusTest
class VerifiedTokensTests {

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void aVerifiedToken_isRemembered_andStillCarriesItsRole() {
        String token = TestTokens.bearer("CALL_CENTER");
        int before = verifiedTokens.remembered();
        given().header("Authorization", token).when().get("/api/v1/coverage-requests").then().statusCode(200);
        assertTrue(verifiedTokens.remembered() > before, "the verified token was not remembered");
        given().header("Authorization", token).when().get("/api/v1/coverage-requests").then().statusCode(200);
        given().header("Authorization", token).contentType("application/json").body("{}")
                .when().put("/api/v1/network-contracts/any").then().statusCode(403);
    }

    @Test
    void aTokenThatFails_isNotRemembered() {
        int before = verifiedTokens.remembered();
        for (String bad : new String[] {TestTokens.expiredBearer("ADMIN"), TestTokens.foreignBearer("ADMIN")}) {
            given().header("Authorization", bad).when().get("/api/v1/facilities").then().statusCode(401);
            given().header("Authorization", bad).when().get("/api/v1/facilities").then().statusCode(401);
        }
        assertEquals(before, verifiedTokens.remembered());
    }
}
