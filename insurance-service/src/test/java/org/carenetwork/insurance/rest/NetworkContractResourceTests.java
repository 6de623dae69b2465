package org.carenetwork.insurance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.insurance.ContractApi;
import org.carenetwork.insurance.FacilityCatalog;
import org.carenetwork.insurance.TestResources;
import org.carenetwork.insurance.domain.Payer;
import org.carenetwork.testing.Eventually;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ADMIN writes network contracts: validated, never overlapping, only for facilities facility-service knows. */
@QuarkusTest
class NetworkContractResourceTests {

    @Test
    void put_createsThenReplaces_andListsByFacility() {
        UUID site = FacilityCatalog.newFacility("Contract Create Site");
        UUID id = UUID.randomUUID();
        ContractApi.put(id, ContractApi.body("aetna", "PPO", site, "IOP", "2026-01-01", null))
                .statusCode(201)
                .body("id", equalTo(id.toString()))
                .body("payer", equalTo("aetna"))
                .body("effectiveTo", nullValue())
                .body("updatedBy", equalTo("test-user"));
        ContractApi.put(id, ContractApi.body("aetna", "PPO", site, "IOP", "2026-01-01", "2026-12-31"))
                .statusCode(200)
                .body("effectiveTo", equalTo("2026-12-31"));
        given().header("Authorization", TestTokens.bearer("ADMIN")).queryParam("facilityId", site.toString())
                .when().get("/network-contracts")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id.toString()))
                .body("items[0].effectiveTo", equalTo("2026-12-31"));
    }

    @Test
    void payerAlias_isStoredAsThePayerId() {
        UUID site = FacilityCatalog.newFacility("Contract Alias Site");
        ContractApi.put(UUID.randomUUID(), ContractApi.body("BCBS", "PPO", site, "OP", "2026-01-01", null))
                .statusCode(201).body("payer", equalTo("bcbs"));
    }

    @Test
    void datesOutOfOrder_areRefused_namingEffectiveTo() {
        UUID site = FacilityCatalog.newFacility("Contract Dates Site");
        ContractApi.put(UUID.randomUUID(), ContractApi.body("cigna", "HMO", site, "PHP", "2026-06-01", "2026-05-31"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("effectiveTo"));
    }

    /** Jackson reads expanded years; the contract's dates are four-digit (format: date), so they are a 400. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"effectiveTo, +10000-01-01", "effectiveFrom, -0001-01-01", "effectiveFrom, +999999999-12-31"})
    void datesPastFourDigitYears_areRefused_namingTheField(String field, String date) {
        UUID site = FacilityCatalog.newFacility("Contract Far Dates Site");
        ContractApi.put(UUID.randomUUID(), ContractApi.body("cigna", "HMO", site, "PHP",
                        field.equals("effectiveFrom") ? date : "2026-01-01", field.equals("effectiveTo") ? date : null))
                .statusCode(400)
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void oneDayContract_isAllowed() {
        UUID site = FacilityCatalog.newFacility("Contract One Day Site");
        ContractApi.create("cigna", "HMO", site, "PHP", "2026-06-01", "2026-06-01");
    }

    @ParameterizedTest(name = "{0}..{1} overlaps 2026-01-01..2026-06-30")
    @CsvSource({
            "2025-01-01, 2026-01-01",
            "2026-06-30, 2026-12-31",
            "2026-02-01, 2026-03-01",
            "2025-01-01, ",
            "2026-06-30, ",
    })
    void overlappingContract_forTheSameKey_isRefused(String from, String to) {
        UUID site = FacilityCatalog.newFacility("Contract Overlap Site");
        UUID first = ContractApi.create("humana", "PPO", site, "RESIDENTIAL", "2026-01-01", "2026-06-30");
        ContractApi.put(UUID.randomUUID(), ContractApi.body("humana", "PPO", site, "RESIDENTIAL", from, to))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(first.toString()));
    }

    @Test
    void adjacentContracts_andOtherKeys_doNotOverlap() {
        UUID site = FacilityCatalog.newFacility("Contract Adjacent Site");
        UUID first = ContractApi.create("humana", "PPO", site, "RESIDENTIAL", "2026-01-01", "2026-06-30");
        ContractApi.create("humana", "PPO", site, "RESIDENTIAL", "2026-07-01", null);
        ContractApi.create("humana", "HMO", site, "RESIDENTIAL", "2026-01-01", null);
        ContractApi.create("humana", "PPO", site, "DETOX", "2026-01-01", null);
        ContractApi.create("aetna", "PPO", site, "RESIDENTIAL", "2026-01-01", null);
        // Moving a contract within its own dates is not an overlap with itself.
        ContractApi.put(first, ContractApi.body("humana", "PPO", site, "RESIDENTIAL", "2026-02-01", "2026-06-30"))
                .statusCode(200);
    }

    @Test
    void facilityUnknownToFacilityService_isRefused() {
        ContractApi.put(UUID.randomUUID(), ContractApi.body("aetna", "PPO", UUID.randomUUID(), "IOP", "2026-01-01", null))
                .statusCode(422)
                .body("errors[0].field", equalTo("facilityId"));
    }

    @Test
    void facilityServiceDown_is503WithRetryAfter_andNothingIsStored_thenRecovers() {
        UUID site = FacilityCatalog.newFacility("Contract Backend Down Site");
        UUID id = UUID.randomUUID();
        Map<String, Object> body = ContractApi.body("aetna", "POS", site, "OP", "2026-01-01", null);
        var backend = ServiceProcess.backend(TestResources.FACILITY_SERVICE);
        backend.stop();
        try {
            ContractApi.put(id, body)
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
        } finally {
            backend.start();
        }
        given().header("Authorization", TestTokens.bearer("ADMIN")).when().get("/network-contracts/" + id)
                .then().statusCode(404);
        // The restarted facility-service is a cold JVM whose first answers can miss the 3 s read
        // timeout on a busy machine: that write is a 503 again and stores nothing, so it is retried
        // (every 250 ms, at most 60 s). The first write that gets through creates the contract.
        Response answer = Eventually.until("a contract write that facility-service answers (not 503)",
                () -> ContractApi.put(id, body).extract().response(),
                r -> r.statusCode() != 503, r -> r.statusCode() + " " + r.asString());
        answer.then().statusCode(201);
    }

    @Test
    void unknownPayer_orPlanTheyDoNotSell_isRefused() {
        UUID site = FacilityCatalog.newFacility("Contract Payer Site");
        ContractApi.put(UUID.randomUUID(), ContractApi.body("acme-health", "PPO", site, "IOP", "2026-01-01", null))
                .statusCode(422).body("errors[0].field", equalTo("payer"));
        ContractApi.put(UUID.randomUUID(), ContractApi.body("tricare", "PPO", site, "IOP", "2026-01-01", null))
                .statusCode(422).body("errors[0].field", equalTo("planType"));
    }

    @Test
    void missingFields_areNamed() {
        given().header("Authorization", TestTokens.bearer("ADMIN")).contentType(ContentType.JSON)
                .body(Map.of("payer", "aetna"))
                .when().put("/network-contracts/" + UUID.randomUUID())
                .then().statusCode(400)
                .body("errors.field", hasItem("planType"));
    }

    @Test
    void list_unknownLevel_isA400NamingIt() {
        given().header("Authorization", TestTokens.bearer("ADMIN")).queryParam("levelOfCare", "SPA")
                .when().get("/network-contracts")
                .then().statusCode(400).body("errors[0].field", equalTo("levelOfCare"));
    }

    /** The contract's maxLength; found answered 200 by the gateway's hostile-input fuzz test. */
    @Test
    void list_payerLongerThan100_isA400NamingIt() {
        given().header("Authorization", TestTokens.bearer("ADMIN")).queryParam("payer", "a".repeat(101))
                .when().get("/network-contracts")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("payer"));
    }

    @Test
    void onlyAdmin_mayWriteOrList() {
        UUID site = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(ContractApi.body("aetna", "PPO", site, "IOP", "2026-01-01", null))
                .when().put("/network-contracts/" + UUID.randomUUID()).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("ADMISSIONS")).contentType(ContentType.JSON)
                .body(ContractApi.body("aetna", "PPO", site, "IOP", "2026-01-01", null))
                .when().put("/network-contracts/" + UUID.randomUUID()).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("CALL_CENTER")).when().get("/network-contracts").then().statusCode(403);
    }
}
