package org.carenetwork.assessment.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.carenetwork.assessment.service.AccessTokens;
import org.carenetwork.assessment.service.RetentionPurge;
import org.carenetwork.common.crypto.FieldCipher;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** What the database holds: answers and results only as ciphertext, the token only as a hash, nothing past retention. */
@QuarkusTest
class StorageTests {

    @Inject
    AgroalDataSource db;

    @Inject
    FieldCipher cipher;

    @Inject
    RetentionPurge purge;

    @Test
    void storedAnswers_areNotReadableAsPlainText() throws Exception {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(AssessmentRequests.adult().field("respondent", "LOVED_ONE")
                        .instrument("PHQ-9", 3, 3, 3, 3, 3, 3, 3, 3, 1)
                        .set("WITHDRAWAL", "substance", "OPIOIDS").set("ENVIRONMENT", "home", "UNSAFE").build())
                .when().post("/assessments").then().statusCode(201).extract();
        UUID id = UUID.fromString(created.path("id"));

        byte[] answers = column(id, "answers");
        byte[] result = column(id, "result");
        for (byte[] stored : List.of(answers, result)) {
            String asText = new String(stored, StandardCharsets.ISO_8859_1);
            for (String plain : List.of("PHQ-9", "OPIOIDS", "UNSAFE", "LOVED_ONE", "respondent", "RESIDENTIAL", "3,3,3")) {
                assertFalse(asText.contains(plain), "column holds plain text " + plain);
            }
        }
        // The ciphertext opens with the configured key, bound to this row and column only.
        assertTrue(cipher.decrypt(answers, "assessment.answers:" + id).contains("\"OPIOIDS\""));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(answers, "assessment.result:" + id));
        // The table's text rendering (what psql or a dump shows) has no plain answer either.
        assertFalse(selectAsText(id).contains("OPIOIDS"));
    }

    @Test
    void accessToken_isStoredOnlyAsItsSha256() throws Exception {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(AssessmentRequests.adult().build())
                .when().post("/assessments").then().statusCode(201).extract();
        UUID id = UUID.fromString(created.path("id"));
        String token = created.path("accessToken");
        byte[] stored = column(id, "access_token_hash");
        assertArrayEquals(AccessTokens.hash(token), stored);
        assertFalse(selectAsText(id).contains(token));
    }

    @Test
    void retentionPurge_deletesAssessmentsOlderThanTheMaximumAge_only() throws Exception {
        // With consent, so that staff may read them: the 404 below is the purge's, not the consent rule's.
        String old = given().contentType(ContentType.JSON).body(AssessmentRequests.adult().field("consentToShare", true).build())
                .when().post("/assessments").then().statusCode(201).extract().path("id");
        String recent = given().contentType(ContentType.JSON).body(AssessmentRequests.adult().field("consentToShare", true).build())
                .when().post("/assessments").then().statusCode(201).extract().path("id");
        backdate(UUID.fromString(old), Duration.ofDays(31));
        backdate(UUID.fromString(recent), Duration.ofDays(29));

        assertTrue(purge.purge() >= 1);

        String staff = TestTokens.bearer("CALL_CENTER");
        given().header("Authorization", staff).when().get("/assessments/" + old).then().statusCode(404);
        given().header("Authorization", staff).when().get("/assessments/" + recent).then().statusCode(200);
        assertEquals(0, purge.purge());
    }

    private void backdate(UUID id, Duration age) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE assessment SET created_at = ? WHERE id = ?")) {
            ps.setObject(1, java.sql.Timestamp.from(Instant.now().minus(age)));
            ps.setObject(2, id);
            assertEquals(1, ps.executeUpdate());
        }
    }

    private byte[] column(UUID id, String column) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM assessment WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getBytes(1);
            }
        }
    }

    /** The row as PostgreSQL renders it in text (bytea as hex), decoded back, as an operator would see it. */
    private String selectAsText(UUID id) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT t::text FROM assessment t WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                String text = rs.getString(1);
                StringBuilder decoded = new StringBuilder(text);
                for (String hex : text.split("\\\\x")) {
                    String digits = hex.replaceAll("[^0-9a-f].*$", "");
                    if (digits.length() % 2 == 0 && !digits.isEmpty()) {
                        decoded.append(new String(HexFormat.of().parseHex(digits), StandardCharsets.ISO_8859_1));
                    }
                }
                return decoded.toString();
            }
        }
    }
}
