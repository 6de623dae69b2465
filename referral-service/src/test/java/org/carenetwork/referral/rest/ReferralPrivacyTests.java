package org.carenetwork.referral.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.carenetwork.referral.Catalog;
import org.carenetwork.referral.Forms;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.referral.ReferralApi.Partner;
import org.carenetwork.referral.service.RetentionPurge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The person's record is sealed in the database, every disclosure of it is audited, and closed referrals are purged. */
@QuarkusTest
class ReferralPrivacyTests {

    static UUID site;

    @Inject
    AgroalDataSource db;

    @Inject
    RetentionPurge purge;

    @BeforeAll
    static void catalog() {
        site = Catalog.newFacility("Privacy Site", "IOP");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRecord_holdsNoPlaintext_inAnyColumnOfAnyRow() throws SQLException {
        Partner partner = Partner.fresh();
        Map<String, Object> form = Forms.insured(site, "IOP", "aetna", "PPO");
        Map<String, Object> person = (Map<String, Object>) form.get("person");
        String id = ReferralApi.sent(partner.bearer(), form);
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("status", "ACCEPTED", "note",
                Forms.record("Spoke with " + person.get("firstName") + " " + UUID.randomUUID()))).statusCode(200);
        List<String> phi = List.of((String) person.get("firstName"), (String) person.get("lastName"),
                (String) person.get("dateOfBirth"), (String) person.get("phone"), (String) person.get("email"),
                (String) ((Map<String, Object>) form.get("insurance")).get("memberId"), (String) form.get("reason"),
                (String) ((Map<String, Object>) form.get("consent")).get("text"));
        UUID referral = UUID.fromString(id);
        String rows = rawRows("SELECT * FROM referral WHERE id = ?", referral)
                + rawRows("SELECT * FROM referral_change WHERE referral_id = ?", referral)
                + rawRows("SELECT * FROM referral_event WHERE referral_id = ?", referral);
        assertTrue(rows.contains(id), "the rows were read");
        for (String value : phi) {
            assertFalse(rows.contains(value), "plaintext PHI in the database: a " + value.length() + "-character value");
        }
        ReferralApi.get(ReferralApi.ADMISSIONS, id).statusCode(200).body("person.lastName", equalTo(person.get("lastName")))
                .body("history[1].note", org.hamcrest.Matchers.startsWith("Spoke with " + person.get("firstName")));
    }

    @Test
    void everyDisclosure_leavesOneAuditRow_withWhoAndHow() throws SQLException {
        Partner partner = Partner.fresh();
        String id = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        given().header("Authorization", ReferralApi.ADMISSIONS).header("X-Request-Id", "audit-read-1")
                .get("/referrals/" + id).then().statusCode(200);
        given().header("Authorization", partner.bearer()).accept("application/fhir+json").get("/referrals/" + id)
                .then().statusCode(200);
        ReferralApi.move(id, "ACCEPTED").statusCode(200);
        given().header("Authorization", ReferralApi.CALL_CENTER).queryParam("facilityId", site.toString())
                .queryParam("size", 100).get("/referrals").then().statusCode(200);
        assertEquals(List.of(partner.subject() + " CREATE", "admissions-ann READ audit-read-1",
                partner.subject() + " READ_FHIR", "admissions-ann UPDATE", "callcenter-cal LIST"), audit(id));
    }

    @Test
    void refusedReads_leaveNoAuditRow() throws SQLException {
        String id = ReferralApi.sent(Partner.fresh().bearer(), Forms.referral(site, "IOP"));
        ReferralApi.get(Partner.fresh().bearer(), id).statusCode(404);
        assertEquals(1, audit(id).size(), "only the sender's own answer");
    }

    @Test
    void retention_purgesReferralsClosedPastTheirPeriod_only_withTheirHistoryAndEvents() throws SQLException {
        Partner partner = Partner.fresh();
        String old = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        ReferralApi.move(old, "REJECTED").statusCode(200);
        String recent = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        ReferralApi.move(recent, "REJECTED").statusCode(200);
        String open = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        execute("UPDATE referral SET closed_at = now() - interval '400 days', created_at = now() - interval '401 days' WHERE id = ?", old);
        execute("UPDATE referral SET created_at = now() - interval '800 days' WHERE id = ?", open);

        assertTrue(purge.purge() >= 1);

        ReferralApi.get(ReferralApi.ADMISSIONS, old).statusCode(404);
        assertEquals("", rawRows("SELECT * FROM referral_change WHERE referral_id = ?", UUID.fromString(old)));
        assertEquals("", rawRows("SELECT * FROM referral_event WHERE referral_id = ?", UUID.fromString(old)));
        assertFalse(audit(old).isEmpty(), "the disclosure audit outlives the referral");
        ReferralApi.get(ReferralApi.ADMISSIONS, recent).statusCode(200);
        ReferralApi.get(ReferralApi.ADMISSIONS, open).statusCode(200);
    }

    private List<String> audit(String id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT accessed_by, action, request_id FROM phi_access WHERE referral_id = ? ORDER BY id")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2)
                            + (rs.getString(3) != null && rs.getString(3).startsWith("audit-") ? " " + rs.getString(3) : ""));
                }
            }
        }
        return rows;
    }

    private void execute(String sql, String id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, UUID.fromString(id));
            s.executeUpdate();
        }
    }

    /** Every column of the rows as text (bytea as its raw bytes read as Latin-1), so plaintext anywhere would show. */
    private String rawRows(String sql, UUID id) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        out.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1)
                                : String.valueOf(value)).append('|');
                    }
                }
            }
        }
        return out.toString();
    }
}
