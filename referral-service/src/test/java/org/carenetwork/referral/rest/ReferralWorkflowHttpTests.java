package org.carenetwork.referral.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.carenetwork.referral.Catalog;
import org.carenetwork.referral.Forms;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.referral.ReferralApi.Partner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workflow over HTTP: every status a referral can be in × every status asked for, each legal
 * step 200 with its history entry, each other one 409 naming both states and changing nothing;
 * the admissions steps; who may make which step.
 */
@QuarkusTest
class ReferralWorkflowHttpTests {

    /** How a referral gets to each state: admissions' steps from REQUESTED (CANCELLED: the sender's). */
    static final Map<String, List<String>> PATHS = Map.of(
            "REQUESTED", List.of(),
            "ACCEPTED", List.of("ACCEPTED"),
            "IN_PROGRESS", List.of("ACCEPTED", "IN_PROGRESS"),
            "ON_HOLD/ACCEPTED", List.of("ACCEPTED", "ON_HOLD"),
            "ON_HOLD/IN_PROGRESS", List.of("ACCEPTED", "IN_PROGRESS", "ON_HOLD"),
            "REJECTED", List.of("REJECTED"),
            "COMPLETED", List.of("ACCEPTED", "IN_PROGRESS", "COMPLETED"),
            "FAILED", List.of("ACCEPTED", "FAILED"),
            "CANCELLED", List.of("CANCELLED"));

    static final List<String> LEGAL = List.of(
            "REQUESTED ACCEPTED", "REQUESTED REJECTED", "REQUESTED CANCELLED",
            "ACCEPTED IN_PROGRESS", "ACCEPTED ON_HOLD", "ACCEPTED FAILED", "ACCEPTED CANCELLED",
            "IN_PROGRESS COMPLETED", "IN_PROGRESS ON_HOLD", "IN_PROGRESS FAILED",
            "ON_HOLD/ACCEPTED ACCEPTED", "ON_HOLD/ACCEPTED IN_PROGRESS", "ON_HOLD/ACCEPTED FAILED",
            "ON_HOLD/ACCEPTED CANCELLED", "ON_HOLD/IN_PROGRESS IN_PROGRESS", "ON_HOLD/IN_PROGRESS FAILED");

    static final List<String> STATUSES = List.of("REQUESTED", "ACCEPTED", "REJECTED", "IN_PROGRESS", "ON_HOLD",
            "COMPLETED", "FAILED", "CANCELLED");

    static UUID site;

    @BeforeAll
    static void catalog() {
        site = Catalog.newFacility("Workflow Site", "IOP", "OP");
    }

    static Stream<Arguments> everyStep() {
        return PATHS.keySet().stream().sorted().flatMap(from -> STATUSES.stream()
                .map(to -> Arguments.of(from, to, LEGAL.contains(from + " " + to))));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyStep")
    void eachStep_overHttp_isTakenOrRefusedAsTheWorkflowSays(String from, String to, boolean legal) {
        Partner sender = Partner.fresh();
        String id = ReferralApi.sent(sender.bearer(), Forms.referral(site, "IOP"));
        for (String step : PATHS.get(from)) {
            step(sender, id, step).statusCode(200).body("status", equalTo(step));
        }
        int version = ReferralApi.get(sender.bearer(), id).statusCode(200).extract().path("version");
        String status = from.startsWith("ON_HOLD") ? "ON_HOLD" : from;
        if (legal) {
            JsonPath after = step(sender, id, to).statusCode(200)
                    .body("status", equalTo(to))
                    .body("version", equalTo(version + 1))
                    .extract().jsonPath();
            List<Map<String, Object>> history = after.getList("history");
            Map<String, Object> last = history.get(history.size() - 1);
            assertEquals(PATHS.get(from).size() + 2, history.size());
            assertEquals(status, last.get("from"));
            assertEquals(to, last.get("to"));
            assertEquals(to.equals("CANCELLED") ? sender.subject() : ReferralApi.ADMISSIONS_SUBJECT, last.get("by"));
            boolean closed = List.of("REJECTED", "COMPLETED", "FAILED", "CANCELLED").contains(to);
            assertEquals(closed, after.get("closedAt") != null, "closedAt");
        } else {
            step(sender, id, to).statusCode(409).contentType("application/problem+json")
                    .body("detail", startsWith(status + " → " + to + " is not allowed"));
            ReferralApi.get(sender.bearer(), id).statusCode(200).body("status", equalTo(status))
                    .body("version", equalTo(version));
        }
    }

    @Test
    void admissionsSteps_withTheIntakeTime_andNotes_areKeptInHistory() {
        Partner sender = Partner.fresh();
        String id = ReferralApi.sent(sender.bearer(), Forms.referral(site, "IOP"));
        String intake = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("status", "ACCEPTED", "businessStatus", "CONTACTED",
                "note", "  Reached the person by phone.  ")).statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("businessStatus", equalTo("CONTACTED"));
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("businessStatus", "INTAKE_SCHEDULED",
                "intakeAt", intake)).statusCode(200)
                .body("businessStatus", equalTo("INTAKE_SCHEDULED")).body("intakeAt", equalTo(intake));
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("status", "IN_PROGRESS", "businessStatus",
                "ADMITTED")).statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("businessStatus", equalTo("ADMITTED"))
                .body("intakeAt", equalTo(intake))
                .body("history", hasSize(4))
                .body("history[1].from", equalTo("REQUESTED")).body("history[1].to", equalTo("ACCEPTED"))
                .body("history[1].businessStatus", equalTo("CONTACTED"))
                .body("history[1].note", equalTo("Reached the person by phone."))
                .body("history[1].at", notNullValue())
                .body("history[2].from", equalTo("ACCEPTED")).body("history[2].to", equalTo("ACCEPTED"))
                .body("history[2].businessStatus", equalTo("INTAKE_SCHEDULED"))
                .body("history[2].intakeAt", equalTo(intake)).body("history[2].note", nullValue())
                .body("history[3].to", equalTo("IN_PROGRESS")).body("history[3].businessStatus", equalTo("ADMITTED"));
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("businessStatus", "CONTACTED")).statusCode(409)
                .body("detail", startsWith("businessStatus ADMITTED → CONTACTED is not allowed"));
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("status", "COMPLETED")).statusCode(200)
                .body("closedAt", notNullValue());
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("status", "ACCEPTED")).statusCode(409)
                .body("detail", equalTo("COMPLETED → ACCEPTED is not allowed: the referral is closed"));
    }

    @Test
    void missingReasonOrTime_is422NamingIt() {
        String id = ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(site, "IOP"));
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("status", "REJECTED")).statusCode(422)
                .body("errors[0].field", equalTo("reasonCode"));
        ReferralApi.move(id, "ACCEPTED").statusCode(200);
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("businessStatus", "INTAKE_SCHEDULED"))
                .statusCode(422).body("errors[0].field", equalTo("intakeAt"));
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("businessStatus", "INTAKE_SCHEDULED",
                "intakeAt", Instant.now().plus(800, ChronoUnit.DAYS).toString())).statusCode(400)
                .body("errors[0].field", equalTo("intakeAt"));
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("status", "NOT_A_STATUS")).statusCode(400)
                .body("errors[0].field", equalTo("status"));
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("note", "nothing asked")).statusCode(400)
                .body("errors[0].field", equalTo("status"));
        ReferralApi.get(ReferralApi.ADMISSIONS, id).statusCode(200).body("history", hasSize(2));
    }

    @Test
    void theSender_mayCancelWithAReason_butMayNotMoveItOtherwise() {
        Partner sender = Partner.fresh();
        String id = ReferralApi.sent(sender.bearer(), Forms.referral(site, "IOP"));
        ReferralApi.patch(sender.bearer(), id, ReferralApi.change("status", "ACCEPTED")).statusCode(403)
                .contentType("application/problem+json");
        ReferralApi.patch(sender.bearer(), id, ReferralApi.change("status", "CANCELLED")).statusCode(422)
                .body("errors[0].field", equalTo("reasonCode"));
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("status", "CANCELLED", "reasonCode", "OTHER"))
                .statusCode(403);
        ReferralApi.patch(sender.bearer(), id, ReferralApi.change("status", "CANCELLED", "reasonCode",
                "REFERRED_ELSEWHERE", "note", "The person chose a site nearer home.")).statusCode(200)
                .body("status", equalTo("CANCELLED")).body("reasonCode", equalTo("REFERRED_ELSEWHERE"))
                .body("history[1].by", equalTo(sender.subject()))
                .body("history[1].reasonCode", equalTo("REFERRED_ELSEWHERE"));
    }

    @Test
    void anotherPartner_gets404_andTheCallCenter_403_unlessItSentIt() {
        Partner sender = Partner.fresh();
        String id = ReferralApi.sent(sender.bearer(), Forms.referral(site, "IOP"));
        Map<String, Object> cancel = ReferralApi.change("status", "CANCELLED", "reasonCode", "SENT_IN_ERROR");
        ReferralApi.patch(Partner.fresh().bearer(), id, cancel).statusCode(404);
        ReferralApi.patch(ReferralApi.CALL_CENTER, id, cancel).statusCode(403);
        ReferralApi.patch(ReferralApi.CALL_CENTER, id, ReferralApi.change("status", "ACCEPTED")).statusCode(403);
        ReferralApi.get(sender.bearer(), id).statusCode(200).body("status", equalTo("REQUESTED"));

        String own = ReferralApi.sent(ReferralApi.CALL_CENTER, Forms.referral(site, "OP"));
        ReferralApi.patch(ReferralApi.CALL_CENTER, own, cancel).statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void plainJson_isTakenAsWellAsMergePatch_andOtherTypesAre415() {
        String id = ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(site, "IOP"));
        given().header("Authorization", ReferralApi.ADMISSIONS).contentType(ContentType.JSON)
                .body(Map.of("status", "ACCEPTED")).patch("/referrals/" + id).then().statusCode(200);
        given().header("Authorization", ReferralApi.ADMISSIONS).contentType(ContentType.TEXT)
                .body("status=IN_PROGRESS").patch("/referrals/" + id).then().statusCode(415);
        given().header("Authorization", ReferralApi.ADMISSIONS).contentType("application/merge-patch+json")
                .patch("/referrals/" + id).then().statusCode(400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void concurrentChanges_ofOneReferral_applyOneAfterTheOther() throws Exception {
        String id = ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(site, "IOP"));
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 6; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                statuses.add(ReferralApi.move(id, "ACCEPTED").extract().statusCode());
            });
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        ReferralApi.get(ReferralApi.ADMISSIONS, id).statusCode(200).body("history", hasSize(2));
    }

    private static io.restassured.response.ValidatableResponse step(Partner sender, String id, String status) {
        if (status.equals("CANCELLED")) {
            return ReferralApi.patch(sender.bearer(), id, ReferralApi.change("status", "CANCELLED", "reasonCode",
                    "SENT_IN_ERROR"));
        }
        return ReferralApi.move(id, status);
    }
}
