package org.carenetwork.referral;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.testing.TestTokens;

/** The referral endpoints as partners and the admissions team call them. */
public final class ReferralApi {

    public static final String ADMISSIONS_SUBJECT = "admissions-ann";
    public static final String ADMISSIONS = "Bearer " + TestTokens.token(ADMISSIONS_SUBJECT, "ADMISSIONS");
    public static final String CALL_CENTER = "Bearer " + TestTokens.token("callcenter-cal", "CALL_CENTER");

    private ReferralApi() {
    }

    /** A partner of its own (a fresh client name), so no test sees another's referrals or webhooks. */
    public record Partner(String subject, String bearer) {
        public static Partner fresh() {
            String subject = "partner-" + UUID.randomUUID().toString().substring(0, 8);
            return new Partner(subject, "Bearer " + TestTokens.token(subject, "PARTNER"));
        }
    }

    public static ValidatableResponse send(String bearer, Map<String, Object> form) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON).body(form)
                .when().post("/referrals").then();
    }

    /** Sends and returns the new referral's id. */
    public static String sent(String bearer, Map<String, Object> form) {
        return send(bearer, form).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse get(String bearer, String id) {
        return given().header("Authorization", bearer).when().get("/referrals/" + id).then();
    }

    public static ValidatableResponse patch(String bearer, String id, Map<String, Object> change) {
        return given().header("Authorization", bearer).contentType("application/merge-patch+json").body(change)
                .when().patch("/referrals/" + id).then();
    }

    /** Admissions moves the referral to {@code status} (with a reason code where one is needed). */
    public static ValidatableResponse move(String id, String status) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("status", status);
        if (status.equals("REJECTED") || status.equals("FAILED")) {
            change.put("reasonCode", status.equals("REJECTED") ? "NO_CAPACITY" : "DID_NOT_ARRIVE");
        }
        return patch(ADMISSIONS, id, change);
    }

    public static Map<String, Object> change(Object... keysAndValues) {
        Map<String, Object> change = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            change.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return change;
    }
}
