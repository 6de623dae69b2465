package org.carenetwork.referral.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.referral.Catalog;
import org.carenetwork.referral.Forms;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.referral.ReferralApi.Partner;
import org.carenetwork.referral.domain.Part2Notice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sending a referral over HTTP: consent, the facility and level, the network answer, every refusal naming its field. */
@QuarkusTest
class ReferralResourceTests {

    static UUID site;

    @BeforeAll
    static void catalog() {
        site = Catalog.newFacility("Referral Resource Site", "PHP", "IOP", "OP");
        Catalog.inNetwork("aetna", "PPO", site, "IOP");
    }

    @Test
    void withConsent_isCreated_requested_withThePersonsRecord_theNotice_andHistory() {
        Partner partner = Partner.fresh();
        Map<String, Object> form = Forms.referral(site, "IOP");
        @SuppressWarnings("unchecked") Map<String, Object> person = (Map<String, Object>) form.get("person");
        JsonPath created = ReferralApi.send(partner.bearer(), form)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Idempotent-Replayed", "false")
                .body("status", equalTo("REQUESTED"))
                .body("businessStatus", nullValue())
                .body("facility.id", equalTo(site.toString()))
                .body("facility.name", equalTo("Referral Resource Site"))
                .body("levelOfCare", equalTo("IOP"))
                .body("reason", equalTo(form.get("reason")))
                .body("insurance", nullValue())
                .body("network", nullValue())
                .body("degraded", hasSize(0))
                .body("sender", equalTo(partner.subject()))
                .body("person.firstName", equalTo(person.get("firstName")))
                .body("person.dateOfBirth", equalTo(person.get("dateOfBirth")))
                .body("person.phone", equalTo(person.get("phone")))
                .body("person.preferredLanguage", equalTo("es"))
                .body("consent.given", equalTo(true))
                .body("consent.recordedAt", notNullValue())
                .body("part2Notice", equalTo(Part2Notice.TEXT))
                .body("history", hasSize(1))
                .body("history[0].from", nullValue())
                .body("history[0].to", equalTo("REQUESTED"))
                .body("history[0].by", equalTo(partner.subject()))
                .body("createdAt", notNullValue())
                .body("version", equalTo(0))
                .extract().jsonPath();
        String id = created.getString("id");
        ReferralApi.get(partner.bearer(), id).statusCode(200).body("id", equalTo(id));
    }

    @Test
    void location_namesTheReferral() {
        var answer = ReferralApi.send(Partner.fresh().bearer(), Forms.referral(site, "OP")).statusCode(201).extract();
        String id = answer.path("id");
        assertEquals(URI.create(answer.header("Location")).getPath(), "/referrals/" + id);
    }

    @Test
    void callCenter_mayRefer_andIsTheSender() {
        ReferralApi.send(ReferralApi.CALL_CENTER, Forms.referral(site, "PHP")).statusCode(201)
                .body("sender", equalTo("callcenter-cal"));
    }

    @Test
    void withoutConsent_is422NamingConsent() {
        Map<String, Object> form = Forms.referral(site, "IOP");
        form.remove("consent");
        ReferralApi.send(Partner.fresh().bearer(), form).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("consent"));
    }

    @ParameterizedTest(name = "consent.given = {0}: 422")
    @CsvSource(nullValues = "null", value = {"false", "null"})
    void consentNotGiven_is422NamingConsent(Boolean given) {
        Map<String, Object> form = Forms.referral(site, "IOP");
        Map<String, Object> consent = Forms.consent();
        consent.put("given", given);
        form.put("consent", consent);
        ReferralApi.send(Partner.fresh().bearer(), form).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("consent"));
    }

    @Test
    void consentIsCheckedFirst_evenWhenOtherFieldsAreWrong() {
        Map<String, Object> form = Forms.referral(site, "IOP");
        form.remove("consent");
        form.remove("reason");
        ReferralApi.send(Partner.fresh().bearer(), form).statusCode(422).body("errors[0].field", equalTo("consent"));
    }

    @Test
    void unknownFacility_is422NamingFacilityId() {
        ReferralApi.send(Partner.fresh().bearer(), Forms.referral(UUID.randomUUID(), "IOP")).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("facilityId"));
    }

    @Test
    void aLevelTheSiteDoesNotRun_is422NamingLevelOfCare() {
        ReferralApi.send(Partner.fresh().bearer(), Forms.referral(site, "DETOX")).statusCode(422)
                .body("errors[0].field", equalTo("levelOfCare"))
                .body("detail", equalTo("levelOfCare: facility " + site + " does not run DETOX; it runs [PHP, IOP, OP]"));
    }

    @Test
    void withInsurance_carriesTheNetworkStatusFromInsuranceService() {
        Map<String, Object> form = Forms.insured(site, "IOP", "aetna", "PPO");
        @SuppressWarnings("unchecked") Map<String, Object> insurance = (Map<String, Object>) form.get("insurance");
        ReferralApi.send(Partner.fresh().bearer(), form).statusCode(201)
                .body("insurance.payer", equalTo("aetna"))
                .body("insurance.planType", equalTo("PPO"))
                .body("insurance.memberId", equalTo(insurance.get("memberId")))
                .body("network.status", equalTo("IN_NETWORK"))
                .body("network.effectiveFrom", equalTo("2026-01-01"))
                .body("degraded", hasSize(0));
        ReferralApi.send(Partner.fresh().bearer(), Forms.insured(site, "OP", "aetna", "PPO")).statusCode(201)
                .body("network.status", equalTo("OUT_OF_NETWORK")).body("degraded", hasSize(0));
        ReferralApi.send(Partner.fresh().bearer(), Forms.insured(site, "IOP", "Acme Mutual Health", null)).statusCode(201)
                .body("network.status", equalTo("UNKNOWN")).body("degraded", hasSize(0));
    }

    @Test
    void memberIds_areStoredAsOnTheCard_withoutSpacesAndDashes() {
        Map<String, Object> form = Forms.insured(site, "IOP", "aetna", "PPO");
        @SuppressWarnings("unchecked") Map<String, Object> insurance = (Map<String, Object>) form.get("insurance");
        String id = (String) insurance.get("memberId");
        String typed = id.substring(0, 2).toLowerCase() + " " + id.substring(2, 6) + "-" + id.substring(6);
        insurance.put("memberId", Forms.record(typed));
        ReferralApi.send(Partner.fresh().bearer(), form).statusCode(201).body("insurance.memberId", equalTo(id));
    }

    @Test
    void everyOtherProblem_isReportedAtOnce_400_eachFieldNamed() {
        Map<String, Object> form = Forms.referral(site, "IOP");
        form.put("reason", " ");
        @SuppressWarnings("unchecked") Map<String, Object> person = (Map<String, Object>) form.get("person");
        person.put("firstName", "");
        person.put("dateOfBirth", "2999-01-01");
        person.put("phone", "555-1234");
        person.put("email", "not an email");
        person.put("preferredLanguage", "español");
        Map<String, Object> consent = Forms.consent();
        consent.put("text", "");
        consent.put("at", Instant.now().plusSeconds(3600).toString());
        form.put("consent", consent);
        form.put("insurance", Map.of("payer", "aetna", "memberId", "a!"));
        List<String> fields = ReferralApi.send(Partner.fresh().bearer(), form).statusCode(400)
                .contentType("application/problem+json").extract().jsonPath().getList("errors.field");
        assertEquals(List.of("consent.at", "consent.text", "insurance.memberId", "person.dateOfBirth", "person.email",
                "person.firstName", "person.phone", "person.preferredLanguage", "reason"), fields);
    }

    @Test
    void contactRules_followThePreference() {
        Map<String, Object> form = Forms.referral(site, "IOP");
        @SuppressWarnings("unchecked") Map<String, Object> person = (Map<String, Object>) form.get("person");
        person.remove("email");
        person.put("preferredContact", "EMAIL");
        ReferralApi.send(Partner.fresh().bearer(), form).statusCode(400).body("errors[0].field", equalTo("person.email"));
        person.remove("phone");
        ReferralApi.send(Partner.fresh().bearer(), form).statusCode(400).body("errors[0].field", equalTo("person.phone"));
    }

    @Test
    void missingParts_andWrongTypes_are400s() {
        ReferralApi.send(Partner.fresh().bearer(), Map.of("consent", Forms.consent())).statusCode(400);
        given().header("Authorization", Partner.fresh().bearer()).contentType(ContentType.JSON).body("{\"levelOfCare\": \"SPA\"}")
                .post("/referrals").then().statusCode(400).body("errors[0].field", equalTo("levelOfCare"));
        given().header("Authorization", Partner.fresh().bearer()).contentType(ContentType.JSON).body("{")
                .post("/referrals").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Partner.fresh().bearer()).contentType(ContentType.JSON)
                .post("/referrals").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void anUnknownOrMalformedId_isA404OrA400() {
        ReferralApi.get(ReferralApi.ADMISSIONS, UUID.randomUUID().toString()).statusCode(404)
                .contentType("application/problem+json");
        ReferralApi.get(ReferralApi.ADMISSIONS, "not-an-id").statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
