package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.destination;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The search's {@code total} past the exact-count cap ({@code carenet.facility.exact-total-cap},
 * 1,000 in the contract; 10 here): an estimate, flagged {@code totalIsEstimate: true}, while the
 * items and their order stay exact. Its own centres (the South Indian Ocean), since this profile's
 * restart starts the fixtures' centre grid again.
 */
@QuarkusTest
@TestProfile(SearchTotalCapTests.SmallCap.class)
class SearchTotalCapTests {

    static final int CAP = 10;

    public static class SmallCap implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("carenet.facility.exact-total-cap", Integer.toString(CAP));
        }
    }

    private static int cell;

    private static synchronized double[] centre() {
        int c = cell++;
        return new double[] {-52 + 2.0 * (c / 10), 55 + 2.0 * (c % 10)};
    }

    record Site(String id, double miles) {
    }

    /**
     * 40 sites spread evenly over the area of a 20-mile circle (site i at 20 x sqrt((i + 0.5) / 40)
     * miles): more than the cap, so the total is an estimate, and from the density inside the 11th
     * nearest site's circle it comes out near the 40 there are.
     */
    @Test
    void pastTheCap_aDistanceSearchEstimatesTheTotal_theItemsStayExact() {
        double[] c = centre();
        Random random = new Random(19);
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double miles = 20 * Math.sqrt((i + 0.5) / 40);
            sites.add(new Site(create(facility("Dense " + i, destination(c[0], c[1], random.nextDouble() * 360, miles),
                    List.of(program("IOP")))), miles));
        }
        List<String> nearestFirst = sites.stream().sorted(Comparator.comparingDouble(Site::miles)).map(Site::id).toList();
        given().queryParam("lat", c[0]).queryParam("lon", c[1]).queryParam("radiusMiles", 20.5).queryParam("size", 40)
                .when().get("/facilities")
                .then().statusCode(200)
                .body("totalIsEstimate", equalTo(true))
                .body("total", allOf(greaterThan(CAP), greaterThan(32), lessThan(48)))
                .body("items.id", contains(nearestFirst.toArray()));
        // The second page of 15, past the cap: still the exact next sites.
        given().queryParam("lat", c[0]).queryParam("lon", c[1]).queryParam("radiusMiles", 20.5).queryParam("size", 15)
                .queryParam("page", 1).when().get("/facilities")
                .then().body("items.id", contains(nearestFirst.subList(15, 30).toArray()))
                .body("totalIsEstimate", equalTo(true));
        // Within 4.5 miles lie 2 of them (at 2.24 and 3.87 miles): counted exactly.
        long within = sites.stream().filter(s -> s.miles() <= 4.5).count();
        given().queryParam("lat", c[0]).queryParam("lon", c[1]).queryParam("radiusMiles", 4.5)
                .when().get("/facilities")
                .then().body("totalIsEstimate", equalTo(false)).body("total", equalTo((int) within))
                .body("items.id", contains(nearestFirst.subList(0, (int) within).toArray()));
    }

    @Test
    void atTheCap_theTotalIsExact() {
        double[] c = centre();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CAP; i++) {
            ids.add(create(facility("Capped " + i, destination(c[0], c[1], 40 * i, 1 + i), List.of(program("OP")))));
        }
        given().queryParam("lat", c[0]).queryParam("lon", c[1]).queryParam("size", 3).when().get("/facilities")
                .then().body("total", equalTo(CAP)).body("totalIsEstimate", equalTo(false))
                .body("items.id", contains(ids.subList(0, 3).toArray()));
        ids.add(create(facility("Capped " + CAP, destination(c[0], c[1], 7, 20), List.of(program("OP")))));
        given().queryParam("lat", c[0]).queryParam("lon", c[1]).queryParam("size", 3).queryParam("page", 3)
                .when().get("/facilities")
                .then().body("totalIsEstimate", equalTo(true)).body("total", greaterThan(CAP))
                .body("items.id", contains(ids.subList(9, 11).toArray()));
    }

    /** Without a centre the estimate is the database's (statistics); the flag and the exact items are what count. */
    @Test
    void pastTheCap_aSearchWithoutCentre_flagsItsEstimate_andPagesByName() {
        String word = "cap" + UUID.randomUUID().toString().substring(0, 8);
        double[] c = centre();
        List<String> byName = new ArrayList<>();
        for (int i = 0; i < CAP + 4; i++) {
            String name = String.format("%s %s %02d", word, i < CAP ? "alpha" : "beta", i);
            byName.add(create(facility(name, c, List.of(program("OP")))));
        }
        given().queryParam("q", word).queryParam("size", 100).when().get("/facilities")
                .then().statusCode(200)
                .body("totalIsEstimate", equalTo(true))
                .body("total", greaterThan(CAP))
                .body("items.id", contains(byName.toArray()));
        given().queryParam("q", word + " alpha").queryParam("size", 100).when().get("/facilities")
                .then().body("totalIsEstimate", equalTo(false)).body("total", equalTo(CAP))
                .body("items.id", contains(byName.subList(0, CAP).toArray()));
    }
}
