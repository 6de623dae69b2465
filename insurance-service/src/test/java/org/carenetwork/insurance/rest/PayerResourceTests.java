package org.carenetwork.insurance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /payers resolves what people type, best match first, from the real payer list (migrations). */
@QuarkusTest
class PayerResourceTests {

    @ParameterizedTest(name = "\"{0}\" → {1} first")
    @CsvSource(delimiter = '|', value = {
            "blue cross        | bcbs",
            "Blue Cross Blue Shield | bcbs",
            "bcbs              | bcbs",
            "bcbs of ohio      | anthem",
            "anthem            | anthem",
            "UHC               | unitedhealthcare",
            "uhc               | unitedhealthcare",
            "united healthcare | unitedhealthcare",
            "UnitedHealthcare  | unitedhealthcare",
            "united            | unitedhealthcare",
            "medicaid          | ohio-medicaid",
            "aetna             | aetna",
            "aetan             | aetna",
            "atna              | aetna",
            "cigma             | cigna",
            "humanna           | humana",
            "tricar            | tricare",
            "tri care          | tricare",
            "caresourse        | caresource",
            "molina            | molina",
            "buckeye           | buckeye",
            "amerihealth       | amerihealth-caritas-ohio",
            "healthy horizons  | humana-healthy-horizons",
            "uhc community plan | uhc-community-plan",
    })
    void whatPeopleType_resolvesToThePayer_bestFirst(String typed, String expectedFirst) {
        given().queryParam("q", typed).when().get("/payers")
                .then().statusCode(200)
                .body("items[0].id", equalTo(expectedFirst));
    }

    @Test
    void blueCross_alsoOffersAnthem_afterTheGeneralBlues() {
        given().queryParam("q", "blue cross").when().get("/payers")
                .then().statusCode(200)
                .body("items.id", contains("bcbs", "anthem"));
    }

    @Test
    void medicaid_listsOhioMedicaidThenItsManagedCarePlans() {
        given().queryParam("q", "medicaid").when().get("/payers")
                .then().statusCode(200)
                .body("items[0].id", equalTo("ohio-medicaid"))
                .body("items.id", hasItems("caresource", "buckeye", "molina", "uhc-community-plan",
                        "amerihealth-caritas-ohio", "humana-healthy-horizons", "anthem"))
                .body("items.id", not(hasItem("aetna")));
    }

    @Test
    void unitedHealthcare_putsTheCommercialPlanBeforeTheCommunityPlan() {
        given().queryParam("q", "united healthcare").when().get("/payers")
                .then().statusCode(200)
                .body("items[0].id", equalTo("unitedhealthcare"))
                .body("items[1].id", equalTo("uhc-community-plan"));
    }

    @Test
    void nothingLikeAPayer_isAnEmptyList() {
        given().queryParam("q", "zzzz qqqq").when().get("/payers")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0));
    }

    @Test
    void noQuery_listsEveryPayerTheNetworkNames_withIdsAndPlanTypes() {
        given().queryParam("size", 100).when().get("/payers")
                .then().statusCode(200)
                .body("total", greaterThanOrEqualTo(14))
                .body("items.id", hasItems("bcbs", "aetna", "cigna", "unitedhealthcare", "humana", "anthem", "tricare",
                        "ohio-medicaid", "caresource", "buckeye", "molina", "uhc-community-plan",
                        "amerihealth-caritas-ohio", "humana-healthy-horizons"))
                .body("items.find { it.id == 'aetna' }.ediPayerIds", contains("60054"))
                .body("items.find { it.id == 'tricare' }.planTypes", contains("TRICARE"))
                .body("items.find { it.id == 'ohio-medicaid' }.aliases", hasItem("Medicaid"));
    }

    @Test
    void onePayer_byId_or404() {
        given().when().get("/payers/cigna").then().statusCode(200)
                .body("name", equalTo("Cigna")).body("ediPayerIds", contains("62308"));
        given().when().get("/payers/no-such-payer").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** PostgreSQL text cannot hold NUL: found by the gateway's hostile-input fuzz test, where it was a 500. */
    @Test
    void anIdOrQueryWithANulCharacter_isAClientError_notA500() {
        given().urlEncodingEnabled(false).when().get("/payers/a%00b").then().statusCode(anyOf(is(400), is(404)))
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).when().get("/payers?q=a%00b").then().statusCode(lessThan(500));
    }
}
