package org.carenetwork.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.carenetwork.apiclient.ApiClient;
import org.carenetwork.apiclient.ApiException;
import org.carenetwork.apiclient.api.CareMatchesApi;
import org.carenetwork.apiclient.api.FacilitiesApi;
import org.carenetwork.apiclient.model.CareMatch;
import org.carenetwork.apiclient.model.CareMatchInput;
import org.carenetwork.apiclient.model.CareMatchItem;
import org.carenetwork.apiclient.model.Facility;
import org.carenetwork.apiclient.model.FacilitySource;
import org.carenetwork.apiclient.model.LevelOfCare;
import org.carenetwork.apiclient.model.NetworkStatus;
import org.carenetwork.apiclient.model.Problem;
import org.carenetwork.apiclient.model.Program;
import org.carenetwork.apiclient.model.Schedule;
import org.carenetwork.testing.LocalPostgres;
import org.carenetwork.testing.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner's view of the API: a Java client generated from the document the gateway publishes
 * (at generate-test-sources, from the gateway's build) calls the packaged gateway in front of the
 * packaged services, so a published document that drifts from what the suite answers breaks
 * here, in the types a partner compiles against.
 */
@ExtendWith(PackagedSuite.class)
class GeneratedClientTests {

    static final UUID SITE = UUID.randomUUID();

    /** An IOP site a quarter mile from the centre of Toledo's ZIP code 43604. */
    @BeforeAll
    static void seed() throws SQLException {
        LocalPostgres.Connection db = ServiceProcess.backend("facility-service").database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            try (var s = c.prepareStatement("INSERT INTO facility (id, name, city, state, postal_code, lat, lon, source) "
                    + "VALUES (?, 'Generated Client Test Site', 'Toledo', 'OH', '43604', 41.6528, -83.5379, 'NETWORK')")) {
                s.setObject(1, SITE);
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("INSERT INTO program (id, facility_id, level_of_care, asam_level, schedules, "
                    + "hours_per_week, openings, openings_updated_at) VALUES (?, ?, 'IOP', '2.1', '{EVENING}', 9, 3, now())")) {
                s.setObject(1, UUID.randomUUID());
                s.setObject(2, SITE);
                s.executeUpdate();
            }
        }
    }

    private static ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(PackagedSuite.api());
        return client;
    }

    @Test
    void partner_readsTheSite_thenMatchesCareByLevelAndZip() throws ApiException {
        Facility site = new FacilitiesApi(client()).getFacility(SITE, null, null);
        assertEquals("Generated Client Test Site", site.getName());
        assertEquals(FacilitySource.NETWORK, site.getSource());
        assertEquals(41.6528, site.getLocation().getLat(), 1e-9);
        assertNull(site.getNote(), "no note: null, as the document says");
        Program iop = site.getPrograms().get(0);
        assertEquals(LevelOfCare.IOP, iop.getLevelOfCare());
        assertEquals(List.of(Schedule.EVENING), iop.getSchedules());
        assertFalse(iop.getOpeningsStale(), "openings confirmed just now");

        CareMatch answer = new CareMatchesApi(client()).matchCare(
                new CareMatchInput().levelOfCare(LevelOfCare.IOP).zip("43604"), null, "generated-client-1");

        assertFalse(answer.getCrisis());
        assertEquals(LevelOfCare.IOP, answer.getLevelOfCare());
        assertTrue(answer.getDegraded().isEmpty(), "nothing was asked of a missing service: " + answer.getDegraded());
        CareMatchItem match = answer.getMatches().stream()
                .filter(m -> SITE.equals(m.getFacility().getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the Toledo IOP site is not among " + answer.getMatches()));
        assertEquals("Toledo", match.getFacility().getAddress().getCity());
        assertEquals(3, match.getOpenings());
        assertTrue(match.getDistanceMiles() < 1, "about a quarter mile from the ZIP centre: " + match.getDistanceMiles());
        assertEquals(NetworkStatus.UNKNOWN, match.getNetwork().getStatus(), "no insurance was given");
        assertEquals(LevelOfCare.IOP, match.getNetwork().getLevelOfCare());
    }

    @Test
    void careMatch_withoutAPlace_isAProblemTheClientCanRead() throws Exception {
        ApiException refused = assertThrows(ApiException.class,
                () -> new CareMatchesApi(client()).matchCare(new CareMatchInput().levelOfCare(LevelOfCare.IOP), null, null));

        assertEquals(400, refused.getCode());
        Problem problem = new ApiClient().getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertTrue(problem.getErrors().stream().anyMatch(e -> e.getField().contains("location")), String.valueOf(problem));
    }
}
