package org.carenetwork.gateway.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.UUID;
import org.carenetwork.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A key minted while the gateway runs works without a restart or a configuration edit: the keys
 * file ({@code %test.gateway.api-keys.file}) gains its lines, and the gateway takes them; the
 * lines removed, the key is refused again. Each state is waited for (the file is looked at once a
 * second), never assumed on the first call.
 */
@QuarkusTest
class ApiKeyFileTests {

    static final Path FILE = Path.of("target/test-api-keys.properties");

    @AfterEach
    void empty() throws IOException {
        Files.deleteIfExists(FILE);
    }

    @Test
    void aKeyAddedToTheFileWorksAndARemovedOneStops() throws IOException {
        String key = "cnk_trial_" + UUID.randomUUID().toString().replace("-", "");
        String hash = HexFormat.of().formatHex(ApiKeyAuthentication.sha256(key));
        given().header("X-Api-Key", key).when().get("/api/v1/coverage-requests").then().statusCode(401);

        Files.writeString(FILE, "gateway.api-keys.clients.trial.sha256=" + hash + "\n"
                + "gateway.api-keys.clients.trial.roles=CALL_CENTER\n", StandardCharsets.UTF_8);
        Eventually.until("the new key is taken", () -> call(key), r -> r.statusCode() == 200,
                r -> r.statusCode() + " " + r.asString());

        Files.writeString(FILE, "# revoked\n", StandardCharsets.UTF_8);
        Eventually.until("the revoked key is refused", () -> call(key), r -> r.statusCode() == 401,
                r -> r.statusCode() + " " + r.asString());
    }

    @Test
    void aLineWithAnUnknownRoleGrantsNothing() throws IOException {
        String key = "cnk_bad_" + UUID.randomUUID().toString().replace("-", "");
        String hash = HexFormat.of().formatHex(ApiKeyAuthentication.sha256(key));
        String good = "cnk_good_" + UUID.randomUUID().toString().replace("-", "");
        Files.writeString(FILE, "gateway.api-keys.clients.bad.sha256=" + hash + "\n"
                + "gateway.api-keys.clients.bad.roles=ROOT\n"
                + "gateway.api-keys.clients.good.sha256=" + HexFormat.of().formatHex(ApiKeyAuthentication.sha256(good)) + "\n"
                + "gateway.api-keys.clients.good.roles=CALL_CENTER\n", StandardCharsets.UTF_8);
        // Once the file is read (the good key works), the bad line is known to have been skipped.
        Eventually.until("the file is read", () -> call(good), r -> r.statusCode() == 200,
                r -> r.statusCode() + " " + r.asString());
        given().header("X-Api-Key", key).when().get("/api/v1/coverage-requests").then().statusCode(401);
    }

    private static Response call(String key) {
        return given().header("X-Api-Key", key).when().get("/api/v1/coverage-requests").andReturn();
    }
}
