package org.carenetwork.referral.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.carenetwork.referral.Catalog;
import org.carenetwork.referral.Forms;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.referral.ReferralApi.Partner;
import org.carenetwork.referral.Receiver;
import org.carenetwork.testing.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Webhooks end to end, over real HTTP both ways: a partner subscribes a local receiver (the JDK's
 * HTTP server), sends a referral, admissions moves it, and the receiver gets one signed POST per
 * change whose signature it verifies with the secret it was shown once; a failing or unreachable
 * receiver is retried and every attempt recorded; URLs that point inside are refused.
 */
@QuarkusTest
class WebhookTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> BODY_FIELDS = Set.of("id", "type", "referralId", "status", "businessStatus", "occurredAt");

    static UUID site;

    @Inject
    AgroalDataSource db;

    @BeforeAll
    static void catalog() {
        site = Catalog.newFacility("Webhook Site", "IOP");
    }

    @Test
    void theSecret_isShownOnce_andSubscriptionsAreTheOwnersOnly() {
        Partner partner = Partner.fresh();
        var created = subscribe(partner, "http://127.0.0.1:9/hooks", List.of("referral.created")).statusCode(201)
                .body("secret", org.hamcrest.Matchers.matchesPattern("whsec_[A-Za-z0-9_-]{43}"))
                .body("events", equalTo(List.of("referral.created")))
                .extract();
        String id = created.path("id");
        assertEquals("/webhook-subscriptions/" + id, java.net.URI.create(created.header("Location")).getPath());
        given().header("Authorization", partner.bearer()).get("/webhook-subscriptions/" + id).then().statusCode(200)
                .body("$", not(hasKey("secret"))).body("url", equalTo("http://127.0.0.1:9/hooks"));
        given().header("Authorization", partner.bearer()).get("/webhook-subscriptions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0]", not(hasKey("secret")));
        Partner other = Partner.fresh();
        given().header("Authorization", other.bearer()).get("/webhook-subscriptions/" + id).then().statusCode(404);
        given().header("Authorization", other.bearer()).get("/webhook-subscriptions/" + id + "/deliveries").then().statusCode(404);
        given().header("Authorization", other.bearer()).delete("/webhook-subscriptions/" + id).then().statusCode(404);
        given().header("Authorization", other.bearer()).get("/webhook-subscriptions").then().statusCode(200)
                .body("total", equalTo(0));
        given().header("Authorization", partner.bearer()).get("/webhook-subscriptions/" + id).then().statusCode(200);
    }

    @Test
    void theSecret_isSealedAtRest() throws SQLException {
        Partner partner = Partner.fresh();
        var created = subscribe(partner, "http://127.0.0.1:9/hooks", List.of("referral.created")).statusCode(201).extract();
        byte[] stored = column("SELECT secret FROM webhook_subscription WHERE id = ?", UUID.fromString(created.path("id")));
        assertEquals(1, stored[0], "sealed with FieldCipher format 1");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(((String) created.path("secret")).substring(6)));
    }

    @Test
    void eachChange_isDeliveredSigned_withoutPhi_andTheReceiverVerifiesIt() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            Partner partner = Partner.fresh();
            String secret = subscribe(partner, receiver.url(), List.of("referral.created", "referral.status_changed"))
                    .statusCode(201).extract().path("secret");
            String subscription = given().header("Authorization", partner.bearer()).get("/webhook-subscriptions")
                    .then().extract().path("items[0].id");
            Map<String, Object> form = Forms.insured(site, "IOP", "aetna", "PPO");
            String id = ReferralApi.sent(partner.bearer(), form);
            ReferralApi.move(id, "ACCEPTED").statusCode(200);
            String intake = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("businessStatus", "INTAKE_SCHEDULED",
                    "intakeAt", intake)).statusCode(200);

            List<Receiver.Delivery> got = Eventually.until("three signed deliveries", receiver::received,
                    r -> r.size() >= 3, r -> r.size() + " deliveries");
            assertEquals(3, got.size());
            List<JsonNode> bodies = new java.util.ArrayList<>();
            for (Receiver.Delivery d : got) {
                assertTrue(verifies(secret, d.header("X-Carenet-Signature"), d.body()), d.header("X-Carenet-Signature"));
                long t = Long.parseLong(d.header("X-Carenet-Signature").replaceAll("^t=([0-9]+),.*$", "$1"));
                assertTrue(Math.abs(Instant.now().getEpochSecond() - t) < 300, "t is the time of sending");
                assertFalse(verifies("whsec_" + "x".repeat(43), d.header("X-Carenet-Signature"), d.body()),
                        "another secret does not verify");
                assertTrue(d.header("Content-Type").startsWith("application/json"));
                JsonNode body = JSON.readTree(d.body());
                Set<String> fields = new TreeSet<>();
                body.fieldNames().forEachRemaining(fields::add);
                assertEquals(new TreeSet<>(BODY_FIELDS), fields, d.body());
                assertEquals(body.get("id").asText(), d.header("X-Carenet-Event-Id"));
                assertEquals(id, body.get("referralId").asText());
                assertNoPhi(form, d.body());
                bodies.add(body);
            }
            bodies.sort(java.util.Comparator.comparing(b -> b.get("occurredAt").asText()));
            assertEquals(List.of("referral.created", "referral.status_changed", "referral.status_changed"),
                    bodies.stream().map(b -> b.get("type").asText()).toList());
            assertEquals(List.of("REQUESTED", "ACCEPTED", "ACCEPTED"), bodies.stream().map(b -> b.get("status").asText()).toList());
            assertTrue(bodies.get(1).get("businessStatus").isNull());
            assertEquals("INTAKE_SCHEDULED", bodies.get(2).get("businessStatus").asText());
            assertEquals(3, bodies.stream().map(b -> b.get("id").asText()).distinct().count(), "one event id per change");

            // The attempt is recorded once the receiver's answer is back: the receiver can have the
            // third body a moment before the third attempt is written.
            JsonPath attempts = Eventually.until("three recorded attempts", () -> given().header("Authorization", partner.bearer())
                    .get("/webhook-subscriptions/" + subscription + "/deliveries").then().statusCode(200).extract().jsonPath(),
                    a -> a.getInt("total") == 3, a -> a.prettify());
            assertEquals(List.of("DELIVERED", "DELIVERED", "DELIVERED"), attempts.getList("items.outcome"));
            assertEquals(List.of(200, 200, 200), attempts.getList("items.statusCode"));
            assertEquals(List.of(1, 1, 1), attempts.getList("items.attempt"));
        }
    }

    @Test
    void aFailingReceiver_isRetried_withTheSameEvent_andBothAttemptsAreRecorded() throws Exception {
        try (Receiver receiver = Receiver.start(500)) {
            Partner partner = Partner.fresh();
            String secret = subscribe(partner, receiver.url(), List.of("referral.created")).statusCode(201)
                    .extract().path("secret");
            String subscription = given().header("Authorization", partner.bearer()).get("/webhook-subscriptions")
                    .then().extract().path("items[0].id");
            String id = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));

            JsonPath attempts = Eventually.until("a 500, then a delivery on the retry",
                    () -> given().header("Authorization", partner.bearer())
                            .get("/webhook-subscriptions/" + subscription + "/deliveries").then().extract().jsonPath(),
                    a -> a.getInt("total") == 2, a -> a.prettify());
            assertEquals(List.of(2, 1), attempts.getList("items.attempt"));
            assertEquals(List.of("DELIVERED", "RETRYING"), attempts.getList("items.outcome"));
            assertEquals(List.of(200, 500), attempts.getList("items.statusCode"));
            assertNull(attempts.get("items[0].nextAttemptAt"));
            assertNotNull(attempts.get("items[1].nextAttemptAt"));
            assertTrue(Instant.parse(attempts.getString("items[1].nextAttemptAt"))
                    .isAfter(Instant.parse(attempts.getString("items[1].at"))), "the retry is after the failure");
            assertEquals(id, attempts.getString("items[0].referralId"));
            assertEquals(attempts.getString("items[0].eventId"), attempts.getString("items[1].eventId"));

            List<Receiver.Delivery> got = receiver.received();
            assertEquals(2, got.size());
            assertEquals(got.get(0).body(), got.get(1).body(), "a retry sends the same body");
            assertEquals(got.get(0).header("X-Carenet-Event-Id"), got.get(1).header("X-Carenet-Event-Id"));
            for (Receiver.Delivery d : got) {
                assertTrue(verifies(secret, d.header("X-Carenet-Signature"), d.body()));
            }
        }
    }

    @Test
    void anUnreachableReceiver_getsTheEvent_onceItIsUp() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Partner partner = Partner.fresh();
        subscribe(partner, "http://127.0.0.1:" + port + "/hooks/carenet", List.of("referral.created")).statusCode(201);
        String subscription = given().header("Authorization", partner.bearer()).get("/webhook-subscriptions")
                .then().extract().path("items[0].id");
        String id = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        JsonPath refused = Eventually.until("an attempt the receiver refused",
                () -> given().header("Authorization", partner.bearer())
                        .get("/webhook-subscriptions/" + subscription + "/deliveries").then().extract().jsonPath(),
                a -> a.getInt("total") >= 1, a -> a.prettify());
        assertEquals("connection refused", refused.getString("items[0].error"));
        assertNull(refused.get("items[0].statusCode"));
        assertEquals("RETRYING", refused.getString("items[0].outcome"));
        try (Receiver receiver = Receiver.startOn(port)) {
            List<Receiver.Delivery> got = Eventually.until("the event, once the receiver listens", receiver::received,
                    r -> !r.isEmpty(), r -> r.size() + " deliveries");
            assertEquals(id, JSON.readTree(got.get(0).body()).get("referralId").asText());
            Eventually.until("the delivery recorded", () -> given().header("Authorization", partner.bearer())
                            .get("/webhook-subscriptions/" + subscription + "/deliveries").then().extract().jsonPath(),
                    a -> "DELIVERED".equals(a.getString("items[0].outcome")), a -> a.prettify());
        }
    }

    @Test
    void onlyTheSendersOwnReferrals_andTheEventsAskedFor_areDelivered() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            Partner partner = Partner.fresh();
            subscribe(partner, receiver.url(), List.of("referral.status_changed")).statusCode(201);
            String others = ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(site, "IOP"));
            ReferralApi.move(others, "ACCEPTED").statusCode(200);
            String mine = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
            ReferralApi.move(mine, "REJECTED").statusCode(200);
            List<Receiver.Delivery> got = Eventually.until("the status change", receiver::received, r -> !r.isEmpty(),
                    r -> r.size() + " deliveries");
            assertEquals(1, got.size());
            JsonNode body = JSON.readTree(got.get(0).body());
            assertEquals(mine, body.get("referralId").asText());
            assertEquals("REJECTED", body.get("status").asText());
            assertEquals(0, count("SELECT count(*) FROM webhook_delivery d JOIN referral_event e ON e.id = d.event_id "
                    + "WHERE e.referral_id = ?", UUID.fromString(others)), "another sender's referral owes this partner nothing");
            assertEquals(1, count("SELECT count(*) FROM webhook_delivery d JOIN referral_event e ON e.id = d.event_id "
                    + "WHERE e.referral_id = ?", UUID.fromString(mine)), "the created event was not asked for");
        }
    }

    @Test
    void aRefusedChange_writesNoEvent_andADeletedSubscription_getsNothingMore() throws SQLException {
        Partner partner = Partner.fresh();
        String subscription = subscribe(partner, "http://127.0.0.1:9/hooks", List.of("referral.status_changed"))
                .statusCode(201).extract().path("id");
        String id = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        UUID referral = UUID.fromString(id);
        assertEquals(1, count("SELECT count(*) FROM referral_event WHERE referral_id = ?", referral));
        ReferralApi.move(id, "COMPLETED").statusCode(409);
        assertEquals(1, count("SELECT count(*) FROM referral_event WHERE referral_id = ?", referral),
                "a refused change leaves no event");
        given().header("Authorization", partner.bearer()).delete("/webhook-subscriptions/" + subscription)
                .then().statusCode(204);
        given().header("Authorization", partner.bearer()).get("/webhook-subscriptions/" + subscription)
                .then().statusCode(404);
        ReferralApi.move(id, "ACCEPTED").statusCode(200);
        assertEquals(2, count("SELECT count(*) FROM referral_event WHERE referral_id = ?", referral));
        assertEquals(0, count("SELECT count(*) FROM webhook_delivery WHERE subscription_id = ?", UUID.fromString(subscription)));
    }

    @ParameterizedTest(name = "{0}: 422 naming url")
    @ValueSource(strings = {"https://10.0.0.1/hooks", "https://169.254.169.254/latest/meta-data/",
            "https://192.168.1.20/hooks", "https://172.16.5.4:8443/hooks", "https://[fd12:3456::1]/hooks",
            "https://[::ffff:10.1.1.1]/hooks", "https://100.100.100.200/hooks", "http://10.0.0.1/hooks",
            "http://partner.example/hooks", "ftp://partner.example/hooks", "https://user:pw@127.0.0.1/hooks",
            "https://unresolvable.invalid/hooks", "not a url"})
    void urlsThatPointInsideOrAreNotHttps_areRefused(String url) throws SQLException {
        Partner partner = Partner.fresh();
        subscribe(partner, url, List.of("referral.created")).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("url"));
        assertEquals(0, count("SELECT count(*) FROM webhook_subscription WHERE owner = ?", partner.subject()));
    }

    @Test
    void badSubscriptions_are400sNamingTheField() {
        Partner partner = Partner.fresh();
        subscribe(partner, "http://127.0.0.1:9/hooks", List.of("referral.deleted")).statusCode(400)
                .body("errors[0].field", equalTo("events[0]"));
        subscribe(partner, "http://127.0.0.1:9/hooks", List.of("referral.created", "referral.created")).statusCode(400)
                .body("errors[0].field", equalTo("events[1]"));
        subscribe(partner, "http://127.0.0.1:9/hooks", List.of()).statusCode(400).body("errors[0].field", equalTo("events"));
        given().header("Authorization", partner.bearer()).contentType(ContentType.JSON).body(Map.of("events",
                List.of("referral.created"))).post("/webhook-subscriptions").then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
    }

    @Test
    void aPartnerKeepsAtMost20Subscriptions() {
        Partner partner = Partner.fresh();
        for (int i = 0; i < 20; i++) {
            subscribe(partner, "http://127.0.0.1:9/hooks/" + i, List.of("referral.created")).statusCode(201);
        }
        subscribe(partner, "http://127.0.0.1:9/hooks/21", List.of("referral.created")).statusCode(409);
    }

    @Test
    void onlyPartners_subscribe() {
        for (String staff : List.of(ReferralApi.ADMISSIONS, ReferralApi.CALL_CENTER)) {
            given().header("Authorization", staff).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("referral.created")))
                    .post("/webhook-subscriptions").then().statusCode(403);
        }
    }

    static ValidatableResponse subscribe(Partner partner, String url, List<String> events) {
        return given().header("Authorization", partner.bearer()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "events", events)).when().post("/webhook-subscriptions").then();
    }

    /** The receiver's check, written from the README's recipe (not the service's code): HMAC-SHA256 of "t." + body. */
    static boolean verifies(String secret, String header, String body) throws Exception {
        String t = header.replaceAll("^t=([0-9]+),v1=[0-9a-f]{64}$", "$1");
        String v1 = header.replaceAll("^t=[0-9]+,v1=([0-9a-f]{64})$", "$1");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                v1.getBytes(StandardCharsets.US_ASCII));
    }

    @SuppressWarnings("unchecked")
    private static void assertNoPhi(Map<String, Object> form, String body) {
        Map<String, Object> person = (Map<String, Object>) form.get("person");
        Map<String, Object> insurance = (Map<String, Object>) form.get("insurance");
        for (Object value : List.of(person.get("firstName"), person.get("lastName"), person.get("dateOfBirth"),
                person.get("phone"), person.get("email"), insurance.get("memberId"), form.get("reason"))) {
            assertFalse(body.contains(String.valueOf(value)), "PHI in a webhook body");
        }
        assertNotEquals(-1, body.indexOf("referralId"));
    }

    private byte[] column(String sql, UUID id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBytes(1);
            }
        }
    }

    private int count(String sql, Object parameter) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
