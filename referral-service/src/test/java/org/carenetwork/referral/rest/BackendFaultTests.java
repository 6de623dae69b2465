package org.carenetwork.referral.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.referral.Catalog;
import org.carenetwork.referral.Forms;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.referral.ReferralApi.Partner;
import org.carenetwork.referral.TestResources;
import org.carenetwork.testing.Eventually;
import org.carenetwork.testing.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real backends stopped and frozen under a referral: without insurance-service the referral is
 * still made, its network UNKNOWN and insurance-service named in {@code degraded}; without
 * facility-service it is refused with 503 and Retry-After (never stored unchecked), and a retry
 * with the same key makes it once the catalog is back.
 */
@QuarkusTest
class BackendFaultTests {

    static UUID site;

    @BeforeAll
    static void catalog() {
        site = Catalog.newFacility("Fault Site", "IOP");
        Catalog.inNetwork("cigna", "HMO", site, "IOP");
    }

    @Test
    void insuranceServiceDown_referralIsMade_withNetworkUnknown_andDegraded() {
        ServiceProcess.Backend insurance = ServiceProcess.backend(TestResources.INSURANCE_SERVICE);
        insurance.stop();
        try {
            Partner partner = Partner.fresh();
            String id = ReferralApi.send(partner.bearer(), Forms.insured(site, "IOP", "cigna", "HMO")).statusCode(201)
                    .body("status", equalTo("REQUESTED"))
                    .body("network.status", equalTo("UNKNOWN"))
                    .body("network.reason", org.hamcrest.Matchers.containsString("insurance-service"))
                    .body("degraded", equalTo(List.of("insurance-service")))
                    .extract().path("id");
            ReferralApi.get(partner.bearer(), id).statusCode(200).body("degraded", equalTo(List.of("insurance-service")));
        } finally {
            insurance.start();
        }
        Eventually.until("a referral with the network answered again",
                () -> ReferralApi.send(Partner.fresh().bearer(), Forms.insured(site, "IOP", "cigna", "HMO")).extract().response(),
                r -> r.statusCode() == 201 && "IN_NETWORK".equals(r.path("network.status")),
                r -> r.statusCode() + " " + r.asString());
    }

    @Test
    void insuranceServiceHung_referralIsMadeAfterTheTimeout_withNetworkUnknown() {
        ServiceProcess.Backend insurance = ServiceProcess.backend(TestResources.INSURANCE_SERVICE);
        insurance.freeze();
        try {
            ReferralApi.send(Partner.fresh().bearer(), Forms.insured(site, "IOP", "cigna", "HMO")).statusCode(201)
                    .body("network.status", equalTo("UNKNOWN"))
                    .body("degraded", equalTo(List.of("insurance-service")));
        } finally {
            insurance.thaw();
        }
    }

    @Test
    void facilityServiceDown_is503WithRetryAfter_storesNothing_andTheRetryMakesIt() {
        Partner partner = Partner.fresh();
        Map<String, Object> form = Forms.referral(site, "IOP");
        String key = "fault-" + UUID.randomUUID();
        ServiceProcess.Backend facilities = ServiceProcess.backend(TestResources.FACILITY_SERVICE);
        facilities.stop();
        try {
            io.restassured.RestAssured.given().header("Authorization", partner.bearer()).header("Idempotency-Key", key)
                    .contentType("application/json").body(form).post("/referrals").then()
                    .statusCode(503).header("Retry-After", "5").contentType("application/problem+json");
            io.restassured.RestAssured.given().header("Authorization", partner.bearer()).get("/referrals").then()
                    .statusCode(200).body("total", equalTo(0));
        } finally {
            facilities.start();
        }
        Response made = Eventually.until("the retried referral, facility-service back",
                () -> io.restassured.RestAssured.given().header("Authorization", partner.bearer())
                        .header("Idempotency-Key", key).contentType("application/json").body(form).post("/referrals"),
                r -> r.statusCode() != 503, r -> r.statusCode() + " " + r.asString());
        assertEquals(201, made.statusCode(), made.asString());
        io.restassured.RestAssured.given().header("Authorization", partner.bearer()).get("/referrals").then()
                .statusCode(200).body("total", equalTo(1));
    }
}
