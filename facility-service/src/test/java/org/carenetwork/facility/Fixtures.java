package org.carenetwork.facility;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.carenetwork.testing.TestTokens;

/**
 * Test data built through the API. Every test searches around its own random centre in the
 * South Pacific, where no real listing (nor another test's) lies, so tests do not see each other.
 */
public final class Fixtures {

    public static final double MEAN_EARTH_RADIUS_MILES = 6371008.8 / 1609.344;

    private Fixtures() {
    }

    public static String admin() {
        return TestTokens.bearer("ADMIN");
    }

    private static final AtomicInteger CENTRES = new AtomicInteger();

    /**
     * A point of the open South Pacific no other call has answered in this test JVM: the centres of a
     * 15 × 20 grid 2° apart (at least 97 miles), so sites placed within 26 miles of one centre are
     * never within 26 miles of another's (random points collided now and then and made a search
     * test flaky).
     */
    public static double[] oceanCentre() {
        int cell = CENTRES.getAndIncrement();
        if (cell >= 15 * 20) {
            throw new IllegalStateException("more than 300 ocean centres asked for: widen the grid");
        }
        return new double[] {-44 + 2.0 * (cell / 20), -139 + 2.0 * (cell % 20)};
    }

    /** The point {@code miles} away from (lat, lon) on the great circle leaving at {@code bearing} degrees. */
    public static double[] destination(double lat, double lon, double bearing, double miles) {
        double d = miles / MEAN_EARTH_RADIUS_MILES;
        double phi1 = Math.toRadians(lat);
        double lambda1 = Math.toRadians(lon);
        double theta = Math.toRadians(bearing);
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(d) + Math.cos(phi1) * Math.sin(d) * Math.cos(theta));
        double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(d) * Math.cos(phi1), Math.cos(d) - Math.sin(phi1) * Math.sin(phi2));
        return new double[] {Math.toDegrees(phi2), Math.toDegrees(lambda2)};
    }

    public static Map<String, Object> program(String level, Object... more) {
        Map<String, Object> p = new HashMap<>();
        p.put("levelOfCare", level);
        for (int i = 0; i < more.length; i += 2) {
            p.put((String) more[i], more[i + 1]);
        }
        return p;
    }

    /** A valid facility body at (lat, lon); {@code overrides} replace top-level fields. */
    public static Map<String, Object> facility(String name, double[] at, List<Map<String, Object>> programs, Object... overrides) {
        Map<String, Object> f = new HashMap<>();
        f.put("name", name);
        f.put("address", new HashMap<>(Map.of("line1", "1 Test Way", "city", "Testville", "state", "OH", "postalCode", "43604")));
        f.put("location", Map.of("lat", at[0], "lon", at[1]));
        f.put("phone", "+1-555-010-0000");
        f.put("timezone", "America/New_York");
        f.put("paymentTypes", List.of("SELF_PAY"));
        f.put("languages", List.of("en"));
        f.put("programs", new ArrayList<>(programs));
        for (int i = 0; i < overrides.length; i += 2) {
            f.put((String) overrides[i], overrides[i + 1]);
        }
        return f;
    }

    /** Creates the facility and answers its id. */
    public static String create(Map<String, Object> body) {
        return given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().post("/facilities")
                .then().statusCode(201).extract().path("id");
    }
}
