package org.carenetwork.insurance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.insurance.ContractApi;
import org.carenetwork.insurance.CoverageApi;
import org.carenetwork.insurance.FacilityCatalog;
import org.carenetwork.insurance.Forms;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The website's coverage-request form: intake, validation that helps, the network answer, roles. */
@QuarkusTest
class CoverageRequestResourceTests {

    @Test
    void validForm_isReceived_withAReceiptThatCarriesNoPhi() {
        Map<String, Object> form = Forms.valid();
        given().contentType(ContentType.JSON).body(form).when().post("/coverage-requests")
                .then().statusCode(201)
                .header("Location", containsString("/coverage-requests/"))
                .body("id", notNullValue())
                .body("status", equalTo("RECEIVED"))
                .body("receivedAt", notNullValue())
                .body("payer", equalTo("aetna"))
                .body("network", nullValue())
                .body("$", not(hasKey("memberId")))
                .body("$", not(hasKey("firstName")))
                .body("$", not(hasKey("dateOfBirth")));
    }

    @Test
    void facilityAndLevel_getTheNetworkAnswer_withTheSubmission() {
        UUID site = FacilityCatalog.newFacility("Coverage Network Site");
        ContractApi.create("aetna", "PPO", site, "IOP", "2020-01-01", null);
        Map<String, Object> form = Forms.valid();
        form.put("facilityId", site.toString());
        form.put("levelOfCare", "IOP");
        String id = CoverageApi.submit(form).statusCode(201)
                .body("network.status", equalTo("IN_NETWORK"))
                .body("network.facilityId", equalTo(site.toString()))
                .body("network.levelOfCare", equalTo("IOP"))
                .body("network.effectiveFrom", equalTo("2020-01-01"))
                .body("network.reason", containsString("Aetna"))
                .extract().path("id");
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + id)
                .then().statusCode(200).body("network.status", equalTo("IN_NETWORK"));

        form = Forms.valid();
        form.put("payer", "cigna");
        form.put("facilityId", site.toString());
        form.put("levelOfCare", "IOP");
        CoverageApi.submit(form).statusCode(201).body("network.status", equalTo("OUT_OF_NETWORK"));
    }

    @Test
    void staff_seeThePhiTheConsentAndTheHistory() {
        Map<String, Object> form = Forms.valid();
        String id = CoverageApi.submitted(form);
        given().header("Authorization", CoverageApi.CALL_CENTER).when().get("/coverage-requests/" + id)
                .then().statusCode(200)
                .body("firstName", equalTo(form.get("firstName")))
                .body("lastName", equalTo(form.get("lastName")))
                .body("dateOfBirth", equalTo(form.get("dateOfBirth")))
                .body("phone", equalTo("+1" + ((String) form.get("phone")).replaceAll("[^0-9]", "")))
                .body("email", equalTo(form.get("email")))
                .body("memberId", equalTo(form.get("memberId")))
                .body("groupNumber", equalTo(form.get("groupNumber")))
                .body("subscriberRelationship", equalTo("CHILD"))
                .body("policyHolder", equalTo(form.get("policyHolder")))
                .body("consent.text", equalTo(((Map<?, ?>) form.get("consent")).get("text")))
                .body("consent.agreedAt", notNullValue())
                .body("consent.recordedAt", notNullValue())
                .body("channel", equalTo("WEB"))
                .body("$", not(hasKey("submittedBy")))
                .body("$", not(hasKey("assignee")))
                .body("$", not(hasKey("benefits")))
                .body("history[0].to", equalTo("RECEIVED"))
                .body("history[0].by", equalTo("website form"));
    }

    /** A request the call center (or a partner, or staff) types in records who sent it and the channel. */
    @ParameterizedTest(name = "a {0} token → channel {1}")
    @CsvSource({"CALL_CENTER, CALL_CENTER", "ADMISSIONS, CALL_CENTER", "PARTNER, PARTNER", "ADMIN, STAFF"})
    void aSignedInSender_isRecorded_withTheirSubjectRoleAndChannel(String role, String channel) {
        String subject = "sender-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().header("Authorization", "Bearer " + TestTokens.token(subject, role))
                .contentType(ContentType.JSON).body(Forms.valid()).when().post("/coverage-requests")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + id)
                .then().statusCode(200)
                .body("channel", equalTo(channel))
                .body("submittedBy.subject", equalTo(subject))
                .body("submittedBy.role", equalTo(role))
                .body("history[0].by", equalTo(subject));
    }

    @Test
    void credentialsThatAreSent_mustBeValid_evenOnTheAnonymousForm() {
        given().header("Authorization", TestTokens.expiredBearer("CALL_CENTER")).contentType(ContentType.JSON)
                .body(Forms.valid()).when().post("/coverage-requests")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void thePolicyHolder_andTheAssessment_areKeptForStaff_andLeftOutForSelf() {
        Map<String, Object> form = Forms.valid();
        form.put("subscriberRelationship", "SELF");
        form.remove("policyHolder");
        UUID assessment = UUID.randomUUID();
        form.put("assessmentId", assessment.toString());
        String id = CoverageApi.submitted(form);
        given().header("Authorization", CoverageApi.CALL_CENTER).when().get("/coverage-requests/" + id)
                .then().statusCode(200)
                .body("subscriberRelationship", equalTo("SELF"))
                .body("$", not(hasKey("policyHolder")))
                .body("assessmentId", equalTo(assessment.toString()));
    }

    /** Every instant of every coverage-request answer: UTC, milliseconds, three decimals; stored as shown. */
    @Test
    void everyTimestamp_isUtcToTheMillisecond_andTheSameInEveryAnswer() {
        Map<String, Object> form = Forms.valid();
        @SuppressWarnings("unchecked") Map<String, Object> consent = new LinkedHashMap<>((Map<String, Object>) form.get("consent"));
        consent.put("agreedAt", "2026-01-02T03:04:05.123456789Z");
        form.put("consent", consent);
        String instant = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";
        io.restassured.path.json.JsonPath receipt = CoverageApi.submit(form).statusCode(201).extract().jsonPath();
        String id = receipt.getString("id");
        assertTrue(receipt.getString("receivedAt").matches(instant), receipt.getString("receivedAt"));
        io.restassured.path.json.JsonPath moved = CoverageApi.move(id, "IN_REVIEW", null).statusCode(200)
                .extract().jsonPath();
        for (String field : List.of("receivedAt", "updatedAt", "consent.agreedAt", "consent.recordedAt",
                "history[0].at", "history[1].at")) {
            assertTrue(moved.getString(field).matches(instant), field + ": " + moved.getString(field));
        }
        assertEquals(receipt.getString("receivedAt"), moved.getString("receivedAt"));
        assertEquals("2026-01-02T03:04:05.123Z", moved.getString("consent.agreedAt"));
        String queued = given().header("Authorization", CoverageApi.ADMISSIONS).queryParam("status", "IN_REVIEW")
                .queryParam("size", 100).when().get("/coverage-requests").then().statusCode(200)
                .extract().path("items.find { it.id == '" + id + "' }.updatedAt");
        assertEquals(moved.getString("updatedAt"), queued);
        assertEquals(moved.getString("updatedAt"), moved.getString("history[1].at"));
        assertEquals(moved.getString("receivedAt"), moved.getString("history[0].at"));
        assertEquals(moved.getString("receivedAt"), moved.getString("consent.recordedAt"));
    }

    @Test
    void payerNotOnOurList_isStillAccepted_asTyped() {
        Map<String, Object> form = Forms.valid();
        form.put("payer", "Acme Mutual");
        form.put("facilityId", UUID.randomUUID().toString());
        form.put("levelOfCare", "OP");
        CoverageApi.submit(form).statusCode(201)
                .body("payer", equalTo("Acme Mutual"))
                .body("network.status", equalTo("UNKNOWN"));
    }

    /** Each case changes the valid form ("field=value;...", "null" removes it) and names the field the problem must name. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "seekingCareFor=null                  | seekingCareFor",
            "seekingCareFor=FRIEND                | seekingCareFor",
            "firstName=                           | firstName",
            "lastName=null                        | lastName",
            "dateOfBirth=null                     | dateOfBirth",
            "dateOfBirth=2999-01-01               | dateOfBirth",
            "dateOfBirth=1850-06-01               | dateOfBirth",
            "dateOfBirth=13/01/1990               | dateOfBirth",
            "phone=555-0100                       | phone",
            "phone=null;email=null                | phone",
            "email=not-an-email                   | email",
            "preferredContact=EMAIL;email=null    | email",
            "preferredContact=null                | preferredContact",
            "payer=null                           | payer",
            "planType=GOLD                        | planType",
            "memberId=null                        | memberId",
            "memberId=AB                          | memberId",
            "memberId=W123$456                    | memberId",
            "memberId=ABCDEFGHIJ12345678901       | memberId",
            "payer=bcbs;memberId=XYZ123456789012345 | memberId",
            "payer=anthem;memberId=XYZ            | memberId",
            "payer=ohio-medicaid;memberId=ZQ1234567 | memberId",
            "payer=ohio-medicaid;memberId=12345678901 | memberId",
            "groupNumber=G#12                     | groupNumber",
            "subscriberRelationship=null          | subscriberRelationship",
            "levelOfCare=SPA                      | levelOfCare",
            "facilityId=not-a-uuid                | facilityId",
            "consent=null                         | consent",
            "consent.agreed=false                 | consent.agreed",
            "consent.agreed=null                  | consent.agreed",
            "consent.text=                        | consent.text",
            "consent.agreedAt=null                | consent.agreedAt",
            "consent.agreedAt=tomorrow            | consent.agreedAt",
            "consent.agreedAt=yesterday at noon   | consent.agreedAt",
            "phone=(419) 155-0100                 | phone",
            "phone=(911) 555-0100                 | phone",
            "policyHolder=null                    | policyHolder",
            "subscriberRelationship=SELF          | policyHolder",
            "policyHolder.firstName=              | policyHolder.firstName",
            "policyHolder.lastName=null           | policyHolder.lastName",
            "policyHolder.dateOfBirth=null        | policyHolder.dateOfBirth",
            "policyHolder.dateOfBirth=2999-01-01  | policyHolder.dateOfBirth",
            "policyHolder.dateOfBirth=1850-06-01  | policyHolder.dateOfBirth",
            "policyHolder.dateOfBirth=01/02/1970  | policyHolder.dateOfBirth",
            "assessmentId=not-a-uuid              | assessmentId",
            "dob=1990-01-01                       | dob",
    })
    void invalidForm_isA400NamingTheFieldToFix(String changes, String field) {
        Map<String, Object> form = Forms.valid();
        for (String change : changes.split(";")) {
            String[] kv = change.split("=", 2);
            String value = kv.length > 1 ? kv[1] : "";
            Object typed = switch (value) {
                case "null" -> null;
                case "true", "false" -> Boolean.valueOf(value);
                case "tomorrow" -> Instant.now().plus(1, ChronoUnit.DAYS).toString();
                default -> value;
            };
            Map<String, Object> target = form;
            String key = kv[0];
            for (String nested : List.of("consent", "policyHolder")) {
                if (key.startsWith(nested + ".")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> inner = new LinkedHashMap<>((Map<String, Object>) form.get(nested));
                    form.put(nested, inner);
                    target = inner;
                    key = key.substring(nested.length() + 1);
                }
            }
            if (typed == null) {
                target.remove(key);
            } else {
                target.put(key, typed);
            }
            if ((key.equals("memberId") || key.equals("dateOfBirth") || key.endsWith("Name")) && typed instanceof String v
                    && v.length() >= 4) {
                Forms.record(List.of(value));
            }
        }
        CoverageApi.submit(form).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", notNullValue());
    }

    @Test
    void severalMistakes_areAllNamedAtOnce() {
        Map<String, Object> form = Forms.valid();
        form.put("phone", "12");
        form.put("memberId", "A");
        form.remove("lastName");
        CoverageApi.submit(form).statusCode(400)
                .body("errors.field", equalTo(List.of("lastName", "memberId", "phone")));
    }

    /**
     * A value of the wrong type no longer hides the rest: a date that is no date, an id that is no
     * id, a number for consent, an unknown field and the rule breaches all come back in one answer;
     * a date's message says the format expected and never repeats what was typed.
     */
    @Test
    void typeErrors_andRuleErrors_areAllNamedAtOnce_andADateIsNeverEchoed() {
        Map<String, Object> form = Forms.valid();
        String badDate = "1987-13-32";
        Forms.record(List.of(badDate));
        form.put("dateOfBirth", badDate);
        form.put("facilityId", "not-an-id");
        form.put("consent", Map.of("agreed", 720, "text", "I agree.", "agreedAt", Instant.now().toString()));
        form.put("seekingCareFor", "FRIEND");
        form.put("memberId", "A");
        form.put("favouriteColour", "blue");
        form.remove("lastName");
        @SuppressWarnings("unchecked") Map<String, Object> holder = new LinkedHashMap<>((Map<String, Object>) form.get("policyHolder"));
        holder.put("dateOfBirth", 19700101);
        form.put("policyHolder", holder);
        io.restassured.response.Response answer = CoverageApi.submit(form).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("consent.agreed", "dateOfBirth", "facilityId", "favouriteColour",
                        "lastName", "memberId", "policyHolder.dateOfBirth", "seekingCareFor")))
                .body("errors.find { it.field == 'dateOfBirth' }.message", containsString("YYYY-MM-DD"))
                .body("errors.find { it.field == 'policyHolder.dateOfBirth' }.message", containsString("YYYY-MM-DD"))
                .body("errors.find { it.field == 'favouriteColour' }.message", equalTo("is not a known field"))
                .extract().response();
        assertFalse(answer.asString().contains(badDate), "the date typed is not repeated");
        assertFalse(answer.asString().contains("19700101"), "the date typed is not repeated");
    }

    @Test
    void manyUnknownFields_listTheFirstTwenty_andCountTheRest() {
        Map<String, Object> form = Forms.valid();
        for (int i = 0; i < 30; i++) {
            form.put("extra" + (100 + i), i);
        }
        CoverageApi.submit(form).statusCode(400)
                .body("errors", org.hamcrest.Matchers.hasSize(20))
                .body("detail", containsString("and 10 more"));
    }

    @Test
    void aBodyThatIsNotAnObject_isA400NamingTheBody() {
        given().contentType(ContentType.JSON).body("[1, 2]").when().post("/coverage-requests")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void emptyBody_isA400() {
        given().contentType(ContentType.JSON).when().post("/coverage-requests")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void reads_areForAdmissionsAndCallCenter_only_andChangesForAdmissions_only() {
        String id = CoverageApi.submitted(Forms.valid());
        given().when().get("/coverage-requests/" + id).then().statusCode(401);
        given().when().get("/coverage-requests").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("PARTNER")).when().get("/coverage-requests/" + id).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("ADMIN")).when().get("/coverage-requests").then().statusCode(403);
        given().header("Authorization", CoverageApi.CALL_CENTER).when().get("/coverage-requests/" + id).then().statusCode(200);
        given().header("Authorization", CoverageApi.CALL_CENTER).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_REVIEW")).when().patch("/coverage-requests/" + id).then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("status", "IN_REVIEW"))
                .when().patch("/coverage-requests/" + id).then().statusCode(401);
    }

    @Test
    void unknownOrMalformedId_is404Or400() {
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + UUID.randomUUID())
                .then().statusCode(404);
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/nope")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void queue_unknownStatus_isA400NamingIt() {
        given().header("Authorization", CoverageApi.ADMISSIONS).queryParam("status", "DONE")
                .when().get("/coverage-requests")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void queue_filtersByStatus_oldestFirst() {
        String first = CoverageApi.submitted(Forms.valid());
        String second = CoverageApi.submitted(Forms.valid());
        CoverageApi.move(first, "IN_REVIEW", null).statusCode(200);
        CoverageApi.move(second, "IN_REVIEW", null).statusCode(200);
        List<String> inReview = given().header("Authorization", CoverageApi.ADMISSIONS)
                .queryParam("status", "IN_REVIEW").queryParam("size", 100)
                .when().get("/coverage-requests")
                .then().statusCode(200)
                .body("items.status", not(hasItem("RECEIVED")))
                .extract().path("items.id");
        assertEquals(List.of(first, second), inReview.stream().filter(i -> i.equals(first) || i.equals(second)).toList());
    }
}
