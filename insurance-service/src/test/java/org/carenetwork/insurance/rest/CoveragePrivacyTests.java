package org.carenetwork.insurance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.insurance.CoverageApi;
import org.carenetwork.insurance.Forms;
import org.carenetwork.insurance.service.RetentionPurge;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** PHI is sealed in the database, every read of it is audited, and closed requests are purged. */
@QuarkusTest
class CoveragePrivacyTests {

    @Inject
    AgroalDataSource db;

    @Inject
    RetentionPurge purge;

    @Test
    void phiColumns_holdNoPlaintext_inAnyColumnOfTheRow() throws SQLException {
        Map<String, Object> form = Forms.valid();
        String id = CoverageApi.submitted(form);
        CoverageApi.move(id, "IN_REVIEW", "spoke to " + form.get("firstName")).statusCode(200);
        @SuppressWarnings("unchecked") Map<String, Object> holder = (Map<String, Object>) form.get("policyHolder");
        String digits = ((String) form.get("phone")).replaceAll("[^0-9]", "");
        List<String> phi = List.of((String) form.get("firstName"), (String) form.get("lastName"),
                (String) form.get("dateOfBirth"), (String) form.get("phone"), digits, (String) form.get("email"),
                (String) form.get("memberId"), (String) form.get("groupNumber"), (String) holder.get("firstName"),
                (String) holder.get("lastName"), (String) holder.get("dateOfBirth"));
        String row = rawRow("SELECT * FROM coverage_request WHERE id = ?", UUID.fromString(id))
                + rawRow("SELECT * FROM coverage_request_status_change WHERE coverage_request_id = ?", UUID.fromString(id));
        for (String value : phi) {
            assertFalse(row.contains(value), "plaintext PHI in the database: a " + value.length() + "-character value");
        }
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT member_id FROM coverage_request WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                byte[] sealed = rs.getBytes(1);
                assertNotNull(sealed);
                assertEquals(1, sealed[0], "sealed with FieldCipher format 1");
                assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains((String) form.get("memberId")));
            }
        }
        for (String column : List.of("policy_holder_first_name", "policy_holder_last_name", "policy_holder_date_of_birth")) {
            try (Connection c = db.getConnection();
                 PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM coverage_request WHERE id = ?")) {
                s.setObject(1, UUID.fromString(id));
                try (ResultSet rs = s.executeQuery()) {
                    assertTrue(rs.next());
                    byte[] sealed = rs.getBytes(1);
                    assertNotNull(sealed, column);
                    assertEquals(1, sealed[0], column + " sealed with FieldCipher format 1");
                }
            }
        }
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + id)
                .then().statusCode(200).body("memberId", equalTo(form.get("memberId")))
                .body("policyHolder.lastName", equalTo(holder.get("lastName")))
                .body("policyHolder.dateOfBirth", equalTo(holder.get("dateOfBirth")));
    }

    @Test
    void everyPhiRead_leavesOneAuditRow_withWhoAndHow() throws SQLException {
        String id = CoverageApi.submitted(Forms.valid());
        assertEquals(List.of(), audit(id), "submitting is not a read");
        given().header("Authorization", CoverageApi.ADMISSIONS).header("X-Request-Id", "audit-read-1")
                .when().get("/coverage-requests/" + id).then().statusCode(200);
        given().header("Authorization", CoverageApi.CALL_CENTER)
                .when().get("/coverage-requests/" + id).then().statusCode(200);
        CoverageApi.move(id, "IN_REVIEW", null).statusCode(200);
        given().header("Authorization", CoverageApi.CALL_CENTER).queryParam("status", "IN_REVIEW").queryParam("size", 100)
                .when().get("/coverage-requests").then().statusCode(200);
        assertEquals(List.of("admissions-ann READ audit-read-1", "callcenter-cal READ", "admissions-ann UPDATE",
                "callcenter-cal LIST"), audit(id));
    }

    @Test
    void refusedReads_leaveNoAuditRow() throws SQLException {
        String id = CoverageApi.submitted(Forms.valid());
        given().header("Authorization", TestTokens.bearer("PARTNER"))
                .when().get("/coverage-requests/" + id).then().statusCode(403);
        assertEquals(List.of(), audit(id));
    }

    @Test
    void retention_purgesClosedRequestsPastTheirPeriod_only() throws SQLException {
        String old = closedRequest();
        String recent = closedRequest();
        String open = CoverageApi.submitted(Forms.valid());
        execute("UPDATE coverage_request SET closed_at = now() - interval '400 days', received_at = now() - interval '401 days' WHERE id = ?", old);
        execute("UPDATE coverage_request SET received_at = now() - interval '800 days' WHERE id = ?", open);
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + old).then().statusCode(200);

        assertTrue(purge.purge() >= 1);

        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + old).then().statusCode(404);
        assertEquals("", rawRow("SELECT * FROM coverage_request_status_change WHERE coverage_request_id = ?", UUID.fromString(old)));
        assertFalse(audit(old).isEmpty(), "the access audit outlives the request");
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + recent).then().statusCode(200);
        given().header("Authorization", CoverageApi.ADMISSIONS).when().get("/coverage-requests/" + open).then().statusCode(200);
    }

    private String closedRequest() {
        String id = CoverageApi.submitted(Forms.valid());
        CoverageApi.move(id, "IN_REVIEW", null).statusCode(200);
        CoverageApi.move(id, "NOT_COVERED", null).statusCode(200);
        CoverageApi.move(id, "CONTACTED", null).statusCode(200);
        return id;
    }

    private List<String> audit(String id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT accessed_by, action, request_id, accessed_at FROM phi_access WHERE coverage_request_id = ? ORDER BY id")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    assertNotNull(rs.getTimestamp(4));
                    String requestId = rs.getString(3);
                    rows.add(rs.getString(1) + " " + rs.getString(2)
                            + (requestId != null && requestId.startsWith("audit-") ? " " + requestId : ""));
                }
            }
        }
        return rows;
    }

    /** Every column of the matching rows as text (bytea as its raw bytes). */
    private String rawRow(String sql, UUID id) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        out.append(value instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : String.valueOf(value)).append('|');
                    }
                }
            }
        }
        return out.toString();
    }

    private void execute(String sql, String id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(id));
            assertEquals(1, s.executeUpdate());
        }
    }
}
