package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.destination;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carenetwork.facility.Fixtures;
import org.carenetwork.facility.service.FacilityStore;
import org.carenetwork.facility.service.SearchQuery;
import org.carenetwork.vocabulary.LevelOfCare;
import org.junit.jupiter.api.Test;

/** GET /facilities: levels, distance, ZIP, filters, name words, sorting and paging, as the contract says. */
@QuarkusTest
class SearchTests {

    @Inject
    FacilityStore store;

    @Inject
    AgroalDataSource dataSource;

    /** Distances compare as doubles (rest-assured reads JSON decimals as floats by default). */
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private static RequestSpecification around(double[] c) {
        return given().config(DOUBLES).queryParam("lat", c[0]).queryParam("lon", c[1]);
    }

    @Test
    void radius_isGreatCircle_24point9MilesIn_25point1MilesOut_sortedNearestFirst() {
        double[] c = oceanCentre();
        String in = create(facility("Edge In", destination(c[0], c[1], 30, 24.9), List.of(program("IOP"))));
        String out = create(facility("Edge Out", destination(c[0], c[1], 210, 25.1), List.of(program("IOP"))));
        String near = create(facility("Near", destination(c[0], c[1], 120, 3), List.of(program("IOP"))));

        around(c).queryParam("radiusMiles", 25).when().get("/facilities")
                .then().statusCode(200)
                .body("items.id", contains(near, in))
                .body("items[0].distanceMiles", closeTo(3.0, 0.011))
                .body("items[1].distanceMiles", closeTo(24.9, 0.011))
                .body("items.id", not(hasItem(out)))
                .body("total", equalTo(2));
        around(c).queryParam("radiusMiles", 26).when().get("/facilities")
                .then().body("items.id", contains(near, in, out));
    }

    @Test
    void defaultRadius_is25Miles() {
        double[] c = oceanCentre();
        String in = create(facility("Default In", destination(c[0], c[1], 0, 24.5), List.of(program("OP"))));
        create(facility("Default Out", destination(c[0], c[1], 0, 25.5), List.of(program("OP"))));
        around(c).when().get("/facilities").then().body("items.id", contains(in));
    }

    @Test
    void levelOfCare_repeated_matchesAnyOfThem() {
        double[] c = oceanCentre();
        String detox = create(facility("Detox site", destination(c[0], c[1], 0, 1), List.of(program("DETOX"))));
        String iop = create(facility("IOP site", destination(c[0], c[1], 0, 2), List.of(program("IOP"), program("OP"))));
        create(facility("Residential site", destination(c[0], c[1], 0, 3), List.of(program("RESIDENTIAL"))));

        around(c).queryParam("levelOfCare", "DETOX").queryParam("levelOfCare", "IOP").when().get("/facilities")
                .then().body("items.id", contains(detox, iop));
        around(c).queryParam("levelOfCare", "OP").when().get("/facilities").then().body("items.id", contains(iop));
    }

    @Test
    void facilityFilters_state_city_paymentType_language_q() {
        double[] c = oceanCentre();
        String toledo = create(facility("Harbor Light Recovery", destination(c[0], c[1], 0, 1), List.of(program("OP")),
                "address", Map.of("city", "Toledo", "state", "OH"), "paymentTypes", List.of("MEDICAID", "SELF_PAY"),
                "languages", List.of("en", "es")));
        String detroit = create(facility("Lakeside Recovery", destination(c[0], c[1], 0, 2), List.of(program("OP")),
                "address", Map.of("city", "Detroit", "state", "MI"), "paymentTypes", List.of("PRIVATE_INSURANCE"),
                "languages", List.of("en")));

        around(c).queryParam("state", "MI").when().get("/facilities").then().body("items.id", contains(detroit));
        around(c).queryParam("city", "toledo").when().get("/facilities").then().body("items.id", contains(toledo));
        around(c).queryParam("paymentType", "MEDICAID").when().get("/facilities").then().body("items.id", contains(toledo));
        around(c).queryParam("paymentType", "MEDICAID").queryParam("paymentType", "PRIVATE_INSURANCE")
                .when().get("/facilities").then().body("items.id", contains(toledo, detroit));
        around(c).queryParam("language", "es").when().get("/facilities").then().body("items.id", contains(toledo));
        around(c).queryParam("q", "lakeside RECOVERY").when().get("/facilities").then().body("items.id", contains(detroit));
        around(c).queryParam("q", "recovery").when().get("/facilities").then().body("items.id", contains(toledo, detroit));
        around(c).queryParam("q", "100%").when().get("/facilities").then().body("total", equalTo(0));
    }

    @Test
    void levelSearch_followsProgramChanges() {
        double[] c = oceanCentre();
        Map<String, Object> body = facility("Changing", destination(c[0], c[1], 0, 1), List.of(program("IOP")));
        String id = create(body);
        around(c).queryParam("levelOfCare", "IOP").when().get("/facilities").then().body("items.id", contains(id));
        body.put("version", 0);
        body.put("programs", List.of(program("PHP"), program("OP")));
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(body)
                .when().put("/facilities/" + id).then().statusCode(200);
        around(c).queryParam("levelOfCare", "IOP").when().get("/facilities").then().body("total", equalTo(0));
        around(c).queryParam("levelOfCare", "OP").when().get("/facilities").then().body("items.id", contains(id));
        body.put("version", 1);
        body.put("programs", List.of());
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON).body(body)
                .when().put("/facilities/" + id).then().statusCode(200);
        around(c).queryParam("levelOfCare", "OP").when().get("/facilities").then().body("total", equalTo(0));
        around(c).when().get("/facilities").then().body("items.id", contains(id));
    }

    @Test
    void idFilter_limitsTheSearchToThoseSites() {
        double[] c = oceanCentre();
        String a = create(facility("Listed A", destination(c[0], c[1], 0, 1), List.of(program("IOP"))));
        create(facility("Unlisted", destination(c[0], c[1], 0, 2), List.of(program("IOP"))));
        String b = create(facility("Listed B", destination(c[0], c[1], 0, 3), List.of(program("IOP"))));
        around(c).queryParam("id", a).queryParam("id", b).queryParam("levelOfCare", "IOP").when().get("/facilities")
                .then().body("items.id", contains(a, b)).body("total", equalTo(2));
        around(c).queryParam("id", "not-an-id").when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void programFilters_mustHoldForTheSameProgram() {
        double[] c = oceanCentre();
        // IOP in the day only, and OP in the evening: not an evening IOP.
        String split = create(facility("Split", destination(c[0], c[1], 0, 1), List.of(
                program("IOP", "schedules", List.of("DAY"), "populations", List.of("WOMEN")),
                program("OP", "schedules", List.of("EVENING"), "populations", List.of("VETERANS"), "conditions", List.of("PTSD")))));
        String evening = create(facility("Evening IOP", destination(c[0], c[1], 0, 2), List.of(
                program("IOP", "schedules", List.of("EVENING"), "populations", List.of("VETERANS"),
                        "conditions", List.of("DEPRESSION", "SUBSTANCE_USE")))));

        around(c).queryParam("levelOfCare", "IOP").queryParam("schedule", "EVENING").when().get("/facilities")
                .then().body("items.id", contains(evening));
        around(c).queryParam("schedule", "EVENING").when().get("/facilities").then().body("items.id", contains(split, evening));
        around(c).queryParam("levelOfCare", "IOP").queryParam("population", "VETERANS").when().get("/facilities")
                .then().body("items.id", contains(evening));
        around(c).queryParam("population", "WOMEN").when().get("/facilities").then().body("items.id", contains(split));
        around(c).queryParam("condition", "PTSD").when().get("/facilities").then().body("items.id", contains(split));
        around(c).queryParam("levelOfCare", "IOP").queryParam("condition", "PTSD").when().get("/facilities")
                .then().body("total", equalTo(0));
    }

    @Test
    void acceptingNow_onlyProgramsWithOpeningsThatTakeNewPatients() {
        double[] c = oceanCentre();
        String open = create(facility("Open", destination(c[0], c[1], 0, 1), List.of(program("IOP"))));
        String full = create(facility("Full", destination(c[0], c[1], 0, 2), List.of(program("IOP"))));
        String closed = create(facility("Not taking", destination(c[0], c[1], 0, 3), List.of(program("IOP"))));
        create(facility("Unknown", destination(c[0], c[1], 0, 4), List.of(program("IOP"))));
        availability(open, 2, true);
        availability(full, 0, true);
        availability(closed, 5, false);

        around(c).queryParam("levelOfCare", "IOP").queryParam("acceptingNow", true).when().get("/facilities")
                .then().body("items.id", contains(open));
        around(c).queryParam("levelOfCare", "IOP").when().get("/facilities").then().body("total", equalTo(4));
    }

    private static void availability(String id, int openings, boolean accepting) {
        given().header("Authorization", Fixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("openings", openings, "acceptingNewPatients", accepting))
                .when().put("/facilities/" + id + "/programs/IOP/availability").then().statusCode(200);
    }

    @Test
    void paging_givesTotals_andStableOrder_acrossPages() {
        double[] c = oceanCentre();
        String[] ids = new String[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = create(facility("Paged " + i, destination(c[0], c[1], 90, i + 1), List.of(program("OP"))));
        }
        around(c).queryParam("size", 2).queryParam("page", 0).when().get("/facilities")
                .then().body("items.id", contains(ids[0], ids[1])).body("total", equalTo(5))
                .body("page", equalTo(0)).body("size", equalTo(2));
        around(c).queryParam("size", 2).queryParam("page", 2).when().get("/facilities")
                .then().body("items.id", contains(ids[4])).body("total", equalTo(5));
        around(c).queryParam("size", 2).queryParam("page", 7).when().get("/facilities")
                .then().body("items.size()", equalTo(0)).body("total", equalTo(5));
    }

    @Test
    void zipSearch_centresOnTheZipCentroid() {
        // 43604 is downtown Toledo; 41.6558, -83.5368 per the centroid table.
        String q = "zip" + UUID.randomUUID().toString().substring(0, 8);
        String near = create(facility("Toledo " + q, new double[] {41.6528, -83.5379}, List.of(program("IOP"))));
        String far = create(facility("Youngstown " + q, new double[] {41.0998, -80.6495}, List.of(program("IOP"))));
        given().config(DOUBLES).queryParam("zip", "43604").queryParam("radiusMiles", 25).queryParam("q", q)
                .when().get("/facilities")
                .then().statusCode(200).body("items.id", contains(near))
                .body("items[0].distanceMiles", closeTo(0.21, 0.05));
        given().queryParam("zip", "43604").queryParam("radiusMiles", 200).queryParam("q", q).when().get("/facilities")
                .then().body("items.id", contains(near, far));
        given().queryParam("zip", "00000").when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("zip"));
    }

    @Test
    void withoutCentre_sortedByName_withoutDistance() {
        String q = "nm" + UUID.randomUUID().toString().substring(0, 8);
        String b = create(facility("Beta " + q, oceanCentre(), List.of(program("OP"))));
        String a = create(facility("Alpha " + q, oceanCentre(), List.of(program("OP"))));
        given().queryParam("q", q).when().get("/facilities")
                .then().body("items.id", contains(a, b)).body("items[0].distanceMiles", equalTo(null));
    }

    @Test
    void searchItems_lookLikeTheFacility() {
        double[] c = oceanCentre();
        String id = create(facility("Same shape", destination(c[0], c[1], 0, 1),
                List.of(program("PHP", "hoursPerWeek", 25, "asamLevel", "2.5", "therapies", List.of("CBT")))));
        Map<String, Object> one = given().config(DOUBLES).when().get("/facilities/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> found = around(c).when().get("/facilities").then().extract().jsonPath().getMap("items[0]");
        assertTrue(found.get("distanceMiles") instanceof Number, "a distance search says how far: " + found);
        assertTrue(one.containsKey("distanceMiles") && one.get("distanceMiles") == null, "one read says no distance: " + one);
        found.put("distanceMiles", null);
        assertTrue(one.equals(found), () -> "search item " + found + " differs from " + one);
    }

    @Test
    void badParameters_are400NamingTheParameter() {
        given().queryParam("levelOfCare", "SPA").when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("levelOfCare"));
        given().queryParam("lat", 41).when().get("/facilities").then().statusCode(400).body("errors[0].field", equalTo("lon"));
        given().queryParam("lat", 91).queryParam("lon", 0).when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("lat"));
        given().queryParam("lat", 41).queryParam("lon", -83).queryParam("radiusMiles", 501).when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("radiusMiles"));
        given().queryParam("lat", "north").queryParam("lon", -83).when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("lat"));
        given().queryParam("schedule", "NIGHT").when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("schedule"));
        given().queryParam("paymentType", "CASH").when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("paymentType"));
        given().queryParam("acceptingNow", "maybe").when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("acceptingNow"));
    }

    @Test
    void aRepeatableFilter_takesAtMost20Values_repeatedOrCommaSeparated() {
        given().queryParam("levelOfCare", Collections.nCopies(21, "IOP")).when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("levelOfCare"))
                .body("errors[0].message", equalTo("at most 20 values"));
        given().queryParam("language", String.join(",", Collections.nCopies(21, "es"))).when().get("/facilities")
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
        given().queryParam("population", Collections.nCopies(20, "ADULTS")).when().get("/facilities")
                .then().statusCode(200);
    }

    @Test
    void radiusAndLevelSearch_usesTheDistanceIndex_notAScan() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // Enough rows that a sequential scan would be the planner's choice if the index did not serve.
            s.execute("INSERT INTO facility (id, name, city, state, source, lat, lon) SELECT gen_random_uuid(), "
                    + "'plan filler ' || g, 'Nowhere', 'NV', 'DIRECTORY', 30 + random() * 15, -120 + random() * 40 "
                    + "FROM generate_series(1, 5000) g");
            s.execute("INSERT INTO program (id, facility_id, level_of_care) SELECT gen_random_uuid(), id, "
                    + "(ARRAY['IOP','OP','DETOX','RESIDENTIAL'])[1 + (random() * 3)::int] FROM facility WHERE name LIKE 'plan filler %'");
            // As autovacuum leaves a table: the visibility map set, so the point index answers alone.
            s.execute("VACUUM ANALYZE facility");
            s.execute("ANALYZE program");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM facility")) {
                rs.next();
                assertTrue(rs.getLong(1) >= 5000);
            }
        }
        SearchQuery q = new SearchQuery(Set.of(), Set.of(), new SearchQuery.Center(41.6558, -83.5368, 25), null, null,
                Set.of(LevelOfCare.IOP), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false, List.of(), 0, 20);
        String plan = String.join("\n", store.explain(q, false));
        // The nearest-first scan of the point index (KNN), and no scan of the table.
        assertTrue(plan.contains("facility_earth_knn_idx"), plan);
        assertTrue(plan.matches("(?s).*Order By: \\(([a-z_0-9]+\\.)?earth <-> .*"), plan);
        assertTrue(!plan.contains("Seq Scan on facility"), plan);
    }

    /**
     * Sites at one and the same point are equally far: ordered by id, on every page, so paging
     * across the tie neither repeats nor drops one (the KNN scan alone orders ties arbitrarily).
     */
    @Test
    void equallyFarSites_areOrderedById_acrossPages() {
        double[] c = oceanCentre();
        double[] spot = destination(c[0], c[1], 45, 4);
        String nearer = create(facility("Tie nearer", destination(c[0], c[1], 200, 2), List.of(program("IOP"))));
        List<String> tied = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            tied.add(create(facility("Tie " + i, spot, List.of(program("IOP")))));
        }
        String farther = create(facility("Tie farther", destination(c[0], c[1], 300, 9), List.of(program("IOP"))));
        Collections.sort(tied);
        List<String> expected = new java.util.ArrayList<>();
        expected.add(nearer);
        expected.addAll(tied);
        expected.add(farther);
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            paged.addAll(around(c).queryParam("size", 3).queryParam("page", page).queryParam("levelOfCare", "IOP")
                    .when().get("/facilities").then().statusCode(200).body("total", equalTo(9))
                    .body("totalIsEstimate", equalTo(false)).extract().jsonPath().getList("items.id", String.class));
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, paged);
    }

    /**
     * The radius is exact and the order nearest first, with the KNN scan: 80 sites at random
     * distances up to 50 miles (none within 0.1 mile of the edge); every page of a 25-mile search
     * together is exactly the sites within 25 miles, by distance, none outside and none missed.
     */
    @Test
    void radiusSearch_pagesAreExactlyTheSitesWithin_nearestFirst() {
        double[] c = oceanCentre();
        java.util.Random random = new java.util.Random(25);
        Map<String, Double> miles = new java.util.HashMap<>();
        for (int i = 0; i < 80; i++) {
            double d;
            do {
                d = random.nextDouble() * 50;
            } while (Math.abs(d - 25) < 0.1);
            String level = i % 3 == 0 ? "OP" : "IOP";
            miles.put(create(facility("Knn " + i, destination(c[0], c[1], random.nextDouble() * 360, d),
                    List.of(program(level)))), i % 3 == 0 ? -d : d);
        }
        List<String> expected = miles.entrySet().stream().filter(e -> e.getValue() > 0 && e.getValue() <= 25)
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        assertTrue(expected.size() > 14, "enough IOP sites inside for three pages: " + expected.size());
        List<String> paged = new java.util.ArrayList<>();
        List<Double> distances = new java.util.ArrayList<>();
        for (int page = 0; page * 7 <= expected.size(); page++) {
            var body = around(c).queryParam("size", 7).queryParam("page", page).queryParam("levelOfCare", "IOP")
                    .when().get("/facilities").then().statusCode(200).body("total", equalTo(expected.size()))
                    .extract().jsonPath();
            paged.addAll(body.getList("items.id", String.class));
            distances.addAll(body.getList("items.distanceMiles", Double.class));
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, paged);
        for (int i = 0; i < distances.size(); i++) {
            assertTrue(distances.get(i) <= 25, "inside the radius: " + distances.get(i));
            assertTrue(i == 0 || distances.get(i - 1) <= distances.get(i), "nearest first: " + distances);
        }
    }
}
