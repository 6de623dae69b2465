package org.carenetwork.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.carenetwork.testing.Eventually;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partner's closed loop, through the gateway as the README walks it: a partner subscribes a
 * receiver, sends a referral with consent, admissions accepts it and schedules intake, and the
 * receiver gets a signed webhook for each change, whose signature it checks with the secret it was
 * shown once; another partner and an anonymous caller see nothing. And referral-service stopped
 * between a change and its delivery still delivers it once it is back (the outbox is in its
 * database).
 */
@QuarkusTest
class PartnerReferralLoopTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static UUID site;

    @BeforeAll
    static void catalog() {
        site = Catalog.site("Referral Loop Recovery Center", 46.8083, -100.7837, "IOP", 2);
    }

    @Test
    void partner_subscribes_refers_andIsToldOfEachStep_byWebhooksItCanVerify() throws Exception {
        String partner = TestTokens.bearer("PARTNER"); // another partner: subject "test-user"
        String sender = TestTokens.token("loop-partner-" + UUID.randomUUID().toString().substring(0, 8), "PARTNER");
        String admissions = TestTokens.bearer("ADMISSIONS");
        try (Receiver receiver = Receiver.start(0)) {
            String secret = subscribe(sender, receiver);
            String id = given().header("Authorization", "Bearer " + sender).header("Idempotency-Key", "loop-" + UUID.randomUUID())
                    .contentType(ContentType.JSON).body(referral())
                    .when().post("/api/v1/referrals")
                    .then().statusCode(201).header("Location", startsWith("/api/v1/referrals/"))
                    .body("status", equalTo("REQUESTED")).body("part2Notice", notNullValue())
                    .extract().path("id");

            // Nobody else sees it: another partner, an anonymous caller.
            given().header("Authorization", partner).when().get("/api/v1/referrals/" + id).then().statusCode(404);
            given().when().get("/api/v1/referrals/" + id).then().statusCode(401);

            given().header("Authorization", admissions).contentType(ContentType.JSON)
                    .body(Map.of("status", "ACCEPTED", "note", "A bed for Thursday"))
                    .when().patch("/api/v1/referrals/" + id).then().statusCode(200).body("status", equalTo("ACCEPTED"));
            given().header("Authorization", admissions).contentType(ContentType.JSON)
                    .body(Map.of("businessStatus", "INTAKE_SCHEDULED", "intakeAt", "2026-12-10T15:00:00Z"))
                    .when().patch("/api/v1/referrals/" + id).then().statusCode(200)
                    .body("businessStatus", equalTo("INTAKE_SCHEDULED"));
            given().header("Authorization", "Bearer " + sender).when().get("/api/v1/referrals/" + id).then().statusCode(200)
                    .body("history.size()", equalTo(3));

            List<JsonNode> events = Eventually.until("three signed deliveries", () -> receiver.bodiesFor(id, secret),
                    e -> e.size() >= 3, e -> e.size() + " verified deliveries");
            assertEquals(List.of("referral.created", "referral.status_changed", "referral.status_changed"),
                    events.stream().map(e -> e.path("type").asText()).toList());
            assertEquals("INTAKE_SCHEDULED", events.get(2).path("businessStatus").asText());
            for (JsonNode event : events) {
                assertTrue(event.path("person").isMissingNode() && !event.toString().contains("Rivera"),
                        "no PHI in a webhook body: " + event);
            }
            assertEquals(0, receiver.unverified(secret), "every delivery's signature verifies with the secret");
        }
    }

    @Test
    void referralServiceStopped_betweenTheChangeAndTheDelivery_stillDelivers() throws Exception {
        String sender = TestTokens.token("restart-partner-" + UUID.randomUUID().toString().substring(0, 8), "PARTNER");
        var referralService = ServiceProcess.backend(Backends.REFERRAL);
        String id;
        // The receiver is down (503) until the service has been stopped: the event waits in the outbox.
        try (Receiver receiver = Receiver.start(503)) {
            String secret = subscribe(sender, receiver);
            id = given().header("Authorization", "Bearer " + sender).contentType(ContentType.JSON).body(referral())
                    .when().post("/api/v1/referrals").then().statusCode(201).extract().path("id");
            Eventually.until("a refused first attempt", receiver::count, n -> n >= 1, n -> n + " attempts");
            referralService.stop();
            try {
                receiver.answerWith(204);
            } finally {
                referralService.start();
            }
            List<JsonNode> events = Eventually.until("the event delivered after the restart",
                    () -> receiver.bodiesFor(id, secret), e -> !e.isEmpty(), e -> e.size() + " verified deliveries");
            assertEquals("referral.created", events.get(0).path("type").asText());
            String eventId = events.get(0).path("id").asText();
            assertTrue(receiver.eventIds().stream().allMatch(eventId::equals),
                    "every attempt carries the same event id, so the receiver can drop repeats: " + receiver.eventIds());
        }
        // And the gateway calls it again (its circuit breaker closed), before the next test needs it.
        Eventually.until("the referral read through the gateway after the restart",
                () -> given().header("Authorization", "Bearer " + sender).when().get("/api/v1/referrals/" + id).then()
                        .extract().statusCode(), s -> s == 200, s -> "status " + s);
    }

    private static String subscribe(String bearer, Receiver receiver) {
        return given().header("Authorization", "Bearer " + bearer).contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "events", List.of("referral.created", "referral.status_changed")))
                .when().post("/api/v1/webhook-subscriptions")
                .then().statusCode(201).body("secret", notNullValue()).extract().path("secret");
    }

    private static Map<String, Object> referral() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("facilityId", site.toString());
        body.put("levelOfCare", "IOP");
        body.put("reason", "Discharged from the emergency department; asks for an evening IOP.");
        body.put("person", Map.of("firstName", "Ana", "lastName", "Rivera", "dateOfBirth", "1990-04-02",
                "phone", "+17015550100", "preferredContact", "PHONE"));
        body.put("consent", Map.of("given", true, "text", "I agree that my referral may be shared with the site.",
                "at", "2026-12-03T07:00:00Z"));
        return body;
    }

    /** A partner's receiver: the JDK's HTTP server on loopback, answering with a status that can change. */
    static final class Receiver implements AutoCloseable {
        record Delivery(String signature, String eventId, String body) {
        }

        private final HttpServer server;
        private final AtomicInteger status;
        private final List<Delivery> received = new CopyOnWriteArrayList<>();

        private Receiver(HttpServer server, int status) {
            this.server = server;
            this.status = new AtomicInteger(status);
        }

        /** {@code status} 0: 204 from the start. */
        static Receiver start(int status) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Receiver receiver = new Receiver(server, status == 0 ? 204 : status);
            server.createContext("/hook", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    receiver.received.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Carenet-Signature"),
                            exchange.getRequestHeaders().getFirst("X-Carenet-Event-Id"),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
                exchange.sendResponseHeaders(receiver.status.get(), -1);
                exchange.close();
            });
            server.start();
            return receiver;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void answerWith(int next) {
            status.set(next);
        }

        int count() {
            return received.size();
        }

        List<String> eventIds() {
            return received.stream().map(Delivery::eventId).distinct().toList();
        }

        /** The verified bodies about one referral, in the order of their events, each event once. */
        List<JsonNode> bodiesFor(String referralId, String secret) {
            Map<String, JsonNode> byEvent = new LinkedHashMap<>();
            for (Delivery d : received) {
                if (verifies(d, secret)) {
                    JsonNode body = parse(d.body());
                    if (referralId.equals(body.path("referralId").asText())) {
                        byEvent.putIfAbsent(body.path("id").asText(), body);
                    }
                }
            }
            return byEvent.values().stream().collect(Collectors.toList());
        }

        long unverified(String secret) {
            return received.stream().filter(d -> !verifies(d, secret)).count();
        }

        /** As a partner checks it: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>." + body, keyed with the secret>. */
        static boolean verifies(Delivery d, String secret) {
            if (d.signature() == null) {
                return false;
            }
            Map<String, String> parts = new LinkedHashMap<>();
            for (String part : d.signature().split(",")) {
                String[] kv = part.split("=", 2);
                if (kv.length == 2) {
                    parts.put(kv[0].trim(), kv[1].trim());
                }
            }
            String t = parts.get("t");
            String v1 = parts.get("v1");
            if (t == null || v1 == null) {
                return false;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                byte[] expected = mac.doFinal((t + "." + d.body()).getBytes(StandardCharsets.UTF_8));
                return MessageDigest.isEqual(HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII),
                        v1.getBytes(StandardCharsets.US_ASCII));
            } catch (Exception e) {
                return false;
            }
        }

        private static JsonNode parse(String body) {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
