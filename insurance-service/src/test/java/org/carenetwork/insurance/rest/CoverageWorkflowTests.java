package org.carenetwork.insurance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carenetwork.insurance.CoverageApi;
import org.carenetwork.insurance.Forms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RECEIVED → IN_REVIEW → VERIFIED | NOT_COVERED | NEEDS_INFO → CONTACTED, each step kept with who, when and a note. */
@QuarkusTest
class CoverageWorkflowTests {

    @ParameterizedTest(name = "RECEIVED → IN_REVIEW → {0} → CONTACTED")
    @CsvSource({"VERIFIED", "NOT_COVERED", "NEEDS_INFO"})
    void legalPath_isFollowed_andEveryStepIsKept(String outcome) {
        String id = CoverageApi.submitted(Forms.valid());
        CoverageApi.move(id, "IN_REVIEW", "picked up").statusCode(200).body("status", equalTo("IN_REVIEW"));
        CoverageApi.move(id, outcome, "benefits checked with the payer").statusCode(200).body("status", equalTo(outcome));
        CoverageApi.move(id, "CONTACTED", "called back, left details").statusCode(200)
                .body("status", equalTo("CONTACTED"))
                .body("closedAt", notNullValue())
                .body("history", hasSize(4))
                .body("history.to", equalTo(List.of("RECEIVED", "IN_REVIEW", outcome, "CONTACTED")))
                .body("history[1].from", equalTo("RECEIVED"))
                .body("history[1].by", equalTo("admissions-ann"))
                .body("history[1].at", notNullValue())
                .body("history[1].note", equalTo("picked up"))
                .body("history[2].note", equalTo("benefits checked with the payer"));
    }

    /** {@code path} is the legal steps taken first; then {@code illegal} must be refused. */
    @ParameterizedTest(name = "after {0}: {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "                               | VERIFIED",
            "                               | CONTACTED",
            "                               | RECEIVED",
            "IN_REVIEW                      | RECEIVED",
            "IN_REVIEW                      | IN_REVIEW",
            "IN_REVIEW                      | CONTACTED",
            "IN_REVIEW,VERIFIED             | NOT_COVERED",
            "IN_REVIEW,NEEDS_INFO           | IN_REVIEW",
            "IN_REVIEW,VERIFIED,CONTACTED   | IN_REVIEW",
            "IN_REVIEW,NOT_COVERED,CONTACTED | CONTACTED",
    })
    void illegalTransition_is409_andChangesNothing(String path, String illegal) {
        String id = CoverageApi.submitted(Forms.valid());
        List<String> steps = path == null ? List.of() : List.of(path.split(","));
        for (String step : steps) {
            CoverageApi.move(id, step, null).statusCode(200);
        }
        String current = steps.isEmpty() ? "RECEIVED" : steps.get(steps.size() - 1);
        CoverageApi.move(id, illegal, "should not happen").statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("cannot move to " + illegal));
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + id)
                .then().statusCode(200)
                .body("status", equalTo(current))
                .body("history", hasSize(steps.size() + 1));
    }

    static Map<String, Object> benefits() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("inNetwork", true);
        b.put("deductible", 1500.00);
        b.put("deductibleRemaining", 650.5);
        b.put("copay", 40);
        b.put("coinsurancePercent", 20);
        b.put("outOfPocketMax", 6000);
        b.put("authorizationRequired", true);
        b.put("levelOfCare", "IOP");
        return b;
    }

    static io.restassured.response.ValidatableResponse patch(String id, Map<String, Object> body) {
        return given().header("Authorization", CoverageApi.ADMISSIONS).contentType(ContentType.JSON).body(body)
                .when().patch("/coverage-requests/" + id).then();
    }

    @ParameterizedTest(name = "benefits with {0}")
    @CsvSource({"VERIFIED", "NOT_COVERED"})
    void theVerdict_recordsTheVerifiedBenefits_besideTheNote(String verdict) {
        String id = CoverageApi.submitted(Forms.valid());
        CoverageApi.move(id, "IN_REVIEW", null).statusCode(200).body("$", not(hasKey("benefits")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", verdict);
        body.put("note", "checked with the payer");
        body.put("benefits", benefits());
        patch(id, body).statusCode(200)
                .body("status", equalTo(verdict))
                .body("history[2].note", equalTo("checked with the payer"))
                .body("benefits.inNetwork", equalTo(true))
                .body("benefits.deductible", equalTo(1500.0f))
                .body("benefits.deductibleRemaining", equalTo(650.5f))
                .body("benefits.copay", equalTo(40.0f))
                .body("benefits.coinsurancePercent", equalTo(20))
                .body("benefits.outOfPocketMax", equalTo(6000.0f))
                .body("benefits.authorizationRequired", equalTo(true))
                .body("benefits.levelOfCare", equalTo("IOP"));
        given().header("Authorization", CoverageApi.CALL_CENTER).when().get("/coverage-requests/" + id)
                .then().statusCode(200).body("benefits.deductibleRemaining", equalTo(650.5f))
                .body("benefits.levelOfCare", equalTo("IOP"));
    }

    @Test
    void benefits_goWithTheVerdictOnly_areBounded_andEveryProblemIsNamedAtOnce() {
        String id = CoverageApi.submitted(Forms.valid());
        patch(id, Map.of("status", "IN_REVIEW", "benefits", benefits())).statusCode(400)
                .body("errors.field", equalTo(List.of("benefits")));
        CoverageApi.move(id, "IN_REVIEW", null).statusCode(200);
        Map<String, Object> bad = benefits();
        bad.put("deductible", 100);
        bad.put("deductibleRemaining", 200);
        bad.put("copay", -1);
        bad.put("coinsurancePercent", 101);
        bad.put("outOfPocketMax", 1_000_000.01);
        bad.put("inNetwork", "maybe");
        bad.put("levelOfCare", "SPA");
        patch(id, Map.of("status", "VERIFIED", "benefits", bad)).statusCode(400)
                .body("errors.field", equalTo(List.of("benefits.coinsurancePercent", "benefits.copay",
                        "benefits.deductibleRemaining", "benefits.inNetwork", "benefits.levelOfCare",
                        "benefits.outOfPocketMax")));
        Map<String, Object> cents = benefits();
        cents.put("copay", 12.345);
        patch(id, Map.of("status", "VERIFIED", "benefits", cents)).statusCode(400)
                .body("errors.field", equalTo(List.of("benefits.copay")));
        patch(id, Map.of("status", "VERIFIED", "benefits", Map.of())).statusCode(400)
                .body("errors.field", equalTo(List.of("benefits")));
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + id)
                .then().statusCode(200).body("status", equalTo("IN_REVIEW")).body("$", not(hasKey("benefits")));
    }

    @Test
    void anAssignee_isSetByPatch_filtersTheQueue_andIsCleared() {
        String mine = CoverageApi.submitted(Forms.valid());
        String theirs = CoverageApi.submitted(Forms.valid());
        String nobodys = CoverageApi.submitted(Forms.valid());
        Map<String, Object> take = new LinkedHashMap<>();
        take.put("status", "IN_REVIEW");
        take.put("assignee", "me");
        patch(mine, take).statusCode(200).body("status", equalTo("IN_REVIEW"))
                .body("assignee", equalTo("admissions-ann")).body("assignedAt", notNullValue());
        patch(theirs, Map.of("assignee", "admissions-bob")).statusCode(200)
                .body("status", equalTo("RECEIVED")).body("assignee", equalTo("admissions-bob"))
                .body("history", hasSize(1));
        List<String> me = queue(Map.of("assignee", "me"));
        assertTrue(me.contains(mine) && !me.contains(theirs) && !me.contains(nobodys), me::toString);
        List<String> bob = queue(Map.of("assignee", "admissions-bob", "status", "RECEIVED"));
        assertTrue(bob.contains(theirs) && !bob.contains(mine), bob::toString);
        List<String> none = queue(Map.of("assignee", "none"));
        assertTrue(none.contains(nobodys) && !none.contains(mine) && !none.contains(theirs), none::toString);

        Map<String, Object> unassign = new LinkedHashMap<>();
        unassign.put("assignee", null);
        patch(theirs, unassign).statusCode(200).body("$", not(hasKey("assignee"))).body("$", not(hasKey("assignedAt")));
        assertTrue(queue(Map.of("assignee", "none")).contains(theirs));
        for (String bad : List.of("two words", " me", "me ")) {
            given().header("Authorization", CoverageApi.ADMISSIONS).queryParam("assignee", bad)
                    .when().get("/coverage-requests").then().statusCode(400).body("errors[0].field", equalTo("assignee"));
        }
    }

    @Test
    void aPatchWithNothingToDo_orANoteWithoutAStep_isA400_andAClosedRequestIsNotAssigned() {
        String id = CoverageApi.submitted(Forms.valid());
        patch(id, Map.of()).statusCode(400).body("errors.field", equalTo(List.of("status")));
        patch(id, Map.of("note", "hello", "assignee", "me")).statusCode(400).body("errors.field", equalTo(List.of("note")));
        patch(id, Map.of("status", "IN_REVIEW", "assignee", "two words", "colour", "red")).statusCode(400)
                .body("errors.field", equalTo(List.of("assignee", "colour")));
        for (String step : List.of("IN_REVIEW", "NEEDS_INFO", "CONTACTED")) {
            CoverageApi.move(id, step, null).statusCode(200);
        }
        patch(id, Map.of("assignee", "me")).statusCode(409).contentType("application/problem+json");
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + id)
                .then().statusCode(200).body("$", not(hasKey("assignee")));
    }

    /** A refused step changes nothing: not the status, and not the assignment sent with it. */
    @Test
    void aRefusedStep_leavesTheAssignmentUnchanged() {
        String id = CoverageApi.submitted(Forms.valid());
        patch(id, Map.of("status", "VERIFIED", "assignee", "me")).statusCode(409);
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + id)
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("$", not(hasKey("assignee")));
    }

    /** Every id the filtered queue lists, page after page (other tests' requests share the queue). */
    private static List<String> queue(Map<String, Object> query) {
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            io.restassured.path.json.JsonPath answer = given().header("Authorization", CoverageApi.ADMISSIONS)
                    .queryParams(query).queryParam("size", 100).queryParam("page", page)
                    .when().get("/coverage-requests").then().statusCode(200).extract().jsonPath();
            ids.addAll(answer.getList("items.id"));
            if ((page + 1) * 100L >= answer.getLong("total")) {
                return ids;
            }
        }
    }

    @Test
    void unknownStatus_isA400NamingIt() {
        String id = CoverageApi.submitted(Forms.valid());
        CoverageApi.move(id, "DONE", null).statusCode(400).body("errors[0].field", equalTo("status"));
    }
}
