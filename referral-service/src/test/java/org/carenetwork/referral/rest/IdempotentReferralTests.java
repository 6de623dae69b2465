package org.carenetwork.referral.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.carenetwork.referral.Catalog;
import org.carenetwork.referral.Forms;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.referral.ReferralApi.Partner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A retried send (the same Idempotency-Key and body, even at the same moment) makes one referral. */
@QuarkusTest
class IdempotentReferralTests {

    static UUID site;

    @Inject
    AgroalDataSource db;

    @BeforeAll
    static void catalog() {
        site = Catalog.newFacility("Idempotency Site", "IOP");
    }

    @Test
    void sameKeyAndBody_later_replaysTheFirstReferral() throws SQLException {
        Partner partner = Partner.fresh();
        Map<String, Object> form = Forms.referral(site, "IOP");
        String key = "retry-" + UUID.randomUUID();
        var first = post(partner, key, form).then().statusCode(201).header("Idempotent-Replayed", "false").extract();
        String id = first.path("id");
        post(partner, key, form).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id)).body("history.size()", equalTo(1))
                .body("createdAt", equalTo(first.path("createdAt")))
                .body("history[0].at", equalTo(first.path("history[0].at")));
        assertEquals(1, rows(partner.subject(), key));
        assertEquals(1, events(id), "a replay writes no second event");
    }

    @Test
    void tenConcurrentIdenticalSends_makeOneReferral_andAllGetIt() throws Exception {
        Partner partner = Partner.fresh();
        Map<String, Object> form = Forms.referral(site, "IOP");
        String key = "double-click-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Response> send = () -> {
            start.await();
            return post(partner, key, form);
        };
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> pending = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                pending.add(pool.submit(send));
            }
            start.countDown();
            for (Future<Response> f : pending) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        answers.forEach(a -> assertEquals(201, a.statusCode(), a.asString()));
        Set<String> ids = answers.stream().map(a -> a.jsonPath().getString("id")).collect(Collectors.toSet());
        assertEquals(1, ids.size(), ids::toString);
        assertEquals(1, answers.stream().filter(a -> "false".equals(a.header("Idempotent-Replayed"))).count());
        assertEquals(1, rows(partner.subject(), key));
    }

    @Test
    void sameKey_differentBody_is422NamingTheKey() throws SQLException {
        Partner partner = Partner.fresh();
        String key = "reused-" + UUID.randomUUID();
        post(partner, key, Forms.referral(site, "IOP")).then().statusCode(201);
        post(partner, key, Forms.referral(site, "IOP")).then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(1, rows(partner.subject(), key));
    }

    @Test
    void aKey_isTheSendersOwn_anotherPartnerWithTheSameKeyMakesItsOwn() {
        String key = "shared-key-" + UUID.randomUUID();
        Map<String, Object> form = Forms.referral(site, "IOP");
        String a = post(Partner.fresh(), key, form).then().statusCode(201).extract().path("id");
        String b = post(Partner.fresh(), key, form).then().statusCode(201).header("Idempotent-Replayed", "false")
                .extract().path("id");
        assertNotEquals(a, b);
    }

    @Test
    void noKey_twoSends_areTwoReferrals_andAMalformedKeyIsA400() {
        Partner partner = Partner.fresh();
        Map<String, Object> form = Forms.referral(site, "IOP");
        assertNotEquals(ReferralApi.sent(partner.bearer(), form), ReferralApi.sent(partner.bearer(), form));
        post(partner, "no spaces allowed", form).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void anEmptyKey_isA400_notASendWithoutOne() {
        Partner partner = Partner.fresh();
        post(partner, "", Forms.referral(site, "IOP")).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().header("Authorization", partner.bearer()).header("Idempotency-Key", "first-key-1").header("Idempotency-Key", "second-key-2")
                .contentType(ContentType.JSON).body(Forms.referral(site, "IOP")).when().post("/referrals")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        given().header("Authorization", partner.bearer()).queryParam("size", "5 ").when().get("/referrals")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    private static Response post(Partner partner, String key, Map<String, Object> form) {
        return given().header("Authorization", partner.bearer()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(form).when().post("/referrals");
    }

    private int rows(String sender, String key) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM referral WHERE sender = ? AND idempotency_key = ?")) {
            s.setString(1, sender);
            s.setString(2, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private int events(String referral) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM referral_event WHERE referral_id = ?")) {
            s.setObject(1, UUID.fromString(referral));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
