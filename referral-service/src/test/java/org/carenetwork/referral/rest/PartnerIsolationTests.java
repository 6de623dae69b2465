package org.carenetwork.referral.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.carenetwork.referral.Catalog;
import org.carenetwork.referral.Forms;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.referral.ReferralApi.Partner;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A partner sees its own referrals and nothing of anyone else's (another partner's is a 404, as if
 * it did not exist); staff see the queue, oldest first; an anonymous caller sees nothing.
 */
@QuarkusTest
class PartnerIsolationTests {

    static UUID site;

    @BeforeAll
    static void catalog() {
        site = Catalog.newFacility("Isolation Site", "IOP", "OP");
    }

    @Test
    void anotherPartner_gets404_forTheReferralAndItsFhirView() {
        String id = ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(site, "IOP"));
        Partner other = Partner.fresh();
        ReferralApi.get(other.bearer(), id).statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Referral " + id + " does not exist"));
        given().header("Authorization", other.bearer()).accept("application/fhir+json").get("/referrals/" + id)
                .then().statusCode(404);
        ReferralApi.get(ReferralApi.ADMISSIONS, id).statusCode(200);
        ReferralApi.get(ReferralApi.CALL_CENTER, id).statusCode(200);
    }

    @Test
    void anonymousCallers_get401_everywhere() {
        String id = ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(site, "IOP"));
        given().get("/referrals/" + id).then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().get("/referrals").then().statusCode(401);
        given().contentType("application/json").body(Forms.referral(site, "IOP")).post("/referrals").then().statusCode(401);
        given().contentType("application/json").body("{\"status\": \"CANCELLED\"}").patch("/referrals/" + id)
                .then().statusCode(401);
        given().get("/webhook-subscriptions").then().statusCode(401);
    }

    @Test
    void aPartnersList_holdsItsOwnReferralsOnly_oldestFirst() {
        Partner mine = Partner.fresh();
        String first = ReferralApi.sent(mine.bearer(), Forms.referral(site, "IOP"));
        ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(site, "IOP"));
        String second = ReferralApi.sent(mine.bearer(), Forms.referral(site, "OP"));
        given().header("Authorization", mine.bearer()).get("/referrals").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(first, second)))
                .body("items[0].history", equalTo(null))
                .body("items[0].part2Notice", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", mine.bearer()).queryParam("status", "REQUESTED").queryParam("size", 1)
                .get("/referrals").then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1)).body("items.id", equalTo(List.of(first)));
        // One spelling per closed value, as the document declares it.
        given().header("Authorization", mine.bearer()).queryParam("status", "requested")
                .get("/referrals").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void staff_seeTheQueue_oldestFirst_filteredByStatusAndFacility() {
        UUID own = Catalog.newFacility("Queue Site", "IOP");
        String a = ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(own, "IOP"));
        String b = ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(own, "IOP"));
        String c = ReferralApi.sent(ReferralApi.CALL_CENTER, Forms.referral(own, "IOP"));
        ReferralApi.move(b, "ACCEPTED").statusCode(200);
        for (String staff : List.of(ReferralApi.ADMISSIONS, ReferralApi.CALL_CENTER)) {
            given().header("Authorization", staff).queryParam("facilityId", own.toString()).get("/referrals").then()
                    .statusCode(200).body("total", equalTo(3)).body("items.id", equalTo(List.of(a, b, c)));
            given().header("Authorization", staff).queryParam("facilityId", own.toString())
                    .queryParam("status", "REQUESTED").get("/referrals").then()
                    .statusCode(200).body("items.id", equalTo(List.of(a, c)));
        }
    }

    @Test
    void badFilters_are400sNamingThem() {
        given().header("Authorization", ReferralApi.ADMISSIONS).queryParam("status", "RECEIVED").get("/referrals")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().header("Authorization", ReferralApi.ADMISSIONS).queryParam("facilityId", "nope").get("/referrals")
                .then().statusCode(400).body("errors[0].field", equalTo("facilityId"));
        given().header("Authorization", ReferralApi.ADMISSIONS).queryParam("size", 101).get("/referrals")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void roles_withoutAccess_get403() {
        String id = ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(site, "IOP"));
        given().header("Authorization", TestTokens.bearer("ADMIN")).get("/referrals/" + id).then().statusCode(403);
        ReferralApi.send(ReferralApi.ADMISSIONS, Forms.referral(site, "IOP")).statusCode(403);
        assertEquals(403, given().header("Authorization", TestTokens.bearer("ADMIN")).get("/referrals").statusCode());
    }
}
