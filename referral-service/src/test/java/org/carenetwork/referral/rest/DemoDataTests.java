package org.carenetwork.referral.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.referral.domain.Part2Notice;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The demo script (which common-web's DemoData runs at start where {@code carenet.demo-data.enabled},
 * as the dev and local profiles set it) loads twice without change, and its referrals are the demo
 * partner's and open with the development key those profiles (and the tests) use. Run here on the
 * test database rather than through a test profile, which would restart the application.
 */
@QuarkusTest
class DemoDataTests {

    static final String HELPLINE = "Bearer " + TestTokens.token("helpline", "PARTNER");
    static final String SENT = "9c4e2a10-5b6d-4e7f-8a9b-000000000201";
    static final String SCHEDULED = "9c4e2a10-5b6d-4e7f-8a9b-000000000202";

    @Inject
    AgroalDataSource db;

    @Test
    void theDemoReferrals_areTheHelplinesOwn_toTheDemoSite() throws IOException, SQLException {
        runScript();
        ReferralApi.get(HELPLINE, SENT).statusCode(200)
                .body("status", equalTo("REQUESTED"))
                .body("facility.id", equalTo("5f0c1a52-7c1e-4a8e-9b0e-000000000101"))
                .body("facility.name", equalTo("Midwest Recovery Center"))
                .body("person.lastName", equalTo("Person One (placeholder)"))
                .body("insurance.memberId", equalTo("DEMO000001"))
                .body("network.status", equalTo("IN_NETWORK"))
                .body("part2Notice", equalTo(Part2Notice.TEXT))
                .body("history", hasSize(1));
        ReferralApi.get(HELPLINE, SCHEDULED).statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("businessStatus", equalTo("INTAKE_SCHEDULED"))
                .body("intakeAt", equalTo("2026-11-24T14:00:00Z"))
                .body("person.preferredContact", equalTo("TEXT"))
                .body("history", hasSize(3))
                .body("history[2].note", equalTo("Demo note (placeholder): spoke with the person; intake Tuesday 9 am."));
        ReferralApi.get("Bearer " + TestTokens.token("another-partner", "PARTNER"), SENT).statusCode(404);
    }

    @Test
    void loadingTheScriptAgain_changesNothing() throws IOException, SQLException {
        runScript();
        long first = demoRows();
        runScript();
        assertEquals(6, first, "two referrals and four history entries");
        assertEquals(first, demoRows());
    }

    private void runScript() throws IOException, SQLException {
        String sql;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("demo/demo-data.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long demoRows() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM referral WHERE sender = 'helpline') "
                     + "+ (SELECT count(*) FROM referral_change c JOIN referral r ON r.id = c.referral_id "
                     + "WHERE r.sender = 'helpline')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
