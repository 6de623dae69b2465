package org.carenetwork.insurance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
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

    @Test
    void unknownStatus_isA400NamingIt() {
        String id = CoverageApi.submitted(Forms.valid());
        CoverageApi.move(id, "DONE", null).statusCode(400).body("errors[0].field", equalTo("status"));
    }
}
