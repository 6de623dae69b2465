package org.carenetwork.insurance;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.testing.TestTokens;

/** Writes network contracts through the API, as an admin would. */
public final class ContractApi {

    private ContractApi() {
    }

    public static Map<String, Object> body(String payer, String planType, UUID facilityId, String level,
                                           String from, String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("payer", payer);
        body.put("planType", planType);
        body.put("facilityId", facilityId.toString());
        body.put("levelOfCare", level);
        body.put("effectiveFrom", from);
        if (to != null) {
            body.put("effectiveTo", to);
        }
        return body;
    }

    public static ValidatableResponse put(UUID id, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer("ADMIN")).contentType(ContentType.JSON).body(body)
                .when().put("/network-contracts/" + id).then();
    }

    /** A contract that must be accepted. */
    public static UUID create(String payer, String planType, UUID facilityId, String level, String from, String to) {
        UUID id = UUID.randomUUID();
        put(id, body(payer, planType, facilityId, level, from, to)).statusCode(201);
        return id;
    }
}
