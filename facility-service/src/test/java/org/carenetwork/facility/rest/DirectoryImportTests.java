package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.carenetwork.facility.Fixtures;
import org.carenetwork.facility.api.ImportResult;
import org.carenetwork.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** POST /facilities/import: the N-SSATS CSV and FindTreatment JSON, mapped, idempotent, never failed by one row. */
@QuarkusTest
class DirectoryImportTests {

    private static final String CSV_HEADER = "Name1,Name2,Name3,Address1,Address2,Address3,City,State,ZIP_Code,Contact,Note,"
            + "Keys,loc_ID,Longitude,Latitude,Match Score\n";

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse post(String contentType, byte[] body) {
        return given().header("Authorization", Fixtures.admin()).contentType(contentType).body(body)
                .when().post("/facilities/import").then();
    }

    /** The national directory sites of the files (not the tests' own "Test ..." listings). */
    private static final String NATIONAL = "source = 'DIRECTORY' AND natural_key IS NOT NULL AND natural_key NOT LIKE 'test %'";

    /**
     * The national files in one sequence (they name the same sites, so their order matters): the
     * later layout (no coordinates) alone, then the 2015 file over it, the 2015 file again, and
     * the later file again over the 2015 one. One site is one facility throughout.
     */
    @Test
    void nationalFiles_laterLayoutPlacedByZip_then2015MergesInto_andReimportsChangeNothing() throws Exception {
        byte[] later = resource("/nssats-later/facilities-later-derived.csv");
        byte[] file2015 = resource("/nssats-2015/facilities-2015.csv");

        // 1. The later layout on its own: every row taken (placed at its ZIP's centroid) or rejected with its reason.
        var first = post("text/csv", later).statusCode(200)
                .body("format", equalTo("NSSATS_CSV")).body("layout", equalTo("NSSATS_LATER"))
                .body("rows", equalTo(11928)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("skipped", equalTo(0))
                // 91 ZIP codes the centroid table lacks, and the 2015 file's five sites listed twice.
                .body("imported", equalTo(11832)).body("rejected", equalTo(96))
                .body("rejections.line", hasItems(2724, 3557, 8016, 8018, 8179))
                .body("rejections.reason", everyItem(matchesPattern(
                        "the same site \\(name and address\\) as line \\d+|ZIP code \\d{5} is not in the ZIP centroid table, "
                                + "and the row has no coordinates: the site cannot be placed")))
                .extract().jsonPath();
        int takenLater = first.getInt("imported");
        int rejectedLater = first.getInt("rejected");
        assertEquals(11928, takenLater + rejectedLater, "every row taken or rejected");
        assertEquals(rejectedLater, first.getList("rejections").size(), "every rejection listed with its line");
        assertEquals(takenLater, count("SELECT count(*) FROM facility WHERE " + NATIONAL
                + " AND location_precision = 'ZIP_CENTROID'"));
        // Each at the centroid of its own ZIP code (leading zeros restored).
        assertEquals(0, count("SELECT count(*) FROM facility f WHERE " + NATIONAL + " AND NOT EXISTS (SELECT 1 FROM "
                + "zip_centroid z WHERE z.zip = left(f.postal_code, 5) AND z.lat = f.lat AND z.lon = f.lon)"));
        // Found by a search around their ZIP code: a sample of every 500th site, over HTTP.
        List<String[]> sample = rows("SELECT id::text, left(postal_code, 5) FROM facility WHERE " + NATIONAL
                + " ORDER BY natural_key");
        for (int i = 0; i < sample.size(); i += 500) {
            given().queryParam("zip", sample.get(i)[1]).queryParam("radiusMiles", 1).queryParam("id", sample.get(i)[0])
                    .when().get("/facilities").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].distanceMiles", equalTo(0.0f))
                    .body("items[0].location.precision", equalTo("ZIP_CENTROID"));
        }
        // The file's first row, upper-cased in the derivation; a 2015 ZIP that had lost its zero (6401 = 06401).
        given().queryParam("zip", "36310").queryParam("radiusMiles", 5).queryParam("q", "spectracare henry")
                .when().get("/facilities").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("SPECTRACARE - HENRY COUNTY - IOP"))
                .body("items[0].location.precision", equalTo("ZIP_CENTROID"))
                .body("items[0].programs[0].populations", containsInAnyOrder("YOUNG_ADULTS", "ADULTS", "WOMEN", "MEN"))
                .body("items[0].directoryCodes", hasItems("MHF", "OP", "FEM", "MALE"));
        given().queryParam("zip", "06401").queryParam("radiusMiles", 1).queryParam("q", "bhcare birmingham")
                .when().get("/facilities").then().statusCode(200)
                .body("items.address.postalCode", everyItem(equalTo("06401")))
                .body("items.location.precision", everyItem(equalTo("ZIP_CENTROID")))
                .body("items.size()", not(equalTo(0)));

        // 2. The 2015 file over it: the sites the later file placed are updated (now with the 2015 coordinates), not doubled.
        var second = post("text/csv; charset=ISO-8859-1", file2015).statusCode(200)
                .body("format", equalTo("NSSATS_CSV")).body("layout", equalTo("NSSATS_2015"))
                .body("rows", equalTo(11928)).body("updated", equalTo(takenLater)).body("unchanged", equalTo(0))
                .body("rejected", equalTo(5))
                .body("rejections.line", contains(2724, 3557, 8016, 8018, 8179))
                .body("rejections.reason", contains("the same site (name and address) as line 2723",
                        "the same site (name and address) as line 3556", "the same site (name and address) as line 8015", "the same site (name and address) as line 8015",
                        "the same site (name and address) as line 8178"))
                .extract().jsonPath();
        assertEquals(11923, second.getInt("imported") + second.getInt("updated"));
        assertEquals(11923, count("SELECT count(*) FROM facility WHERE " + NATIONAL));
        assertEquals(11923, count("SELECT count(*) FROM facility WHERE " + NATIONAL + " AND location_precision = 'DIRECTORY'"));
        // The key the import computes is the database's site_key (V6 recomputed older listings' keys with it).
        assertEquals(0, count("SELECT count(*) FROM facility WHERE " + NATIONAL
                + " AND natural_key <> site_key(name, line1, line2, city, state, postal_code)"));

        // 3. The 2015 file again: nothing changes.
        post("text/csv", file2015).statusCode(200)
                .body("imported", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(11923))
                .body("rejected", equalTo(5));
        assertEquals(11923, count("SELECT count(*) FROM facility WHERE " + NATIONAL));

        // The first row of the file: SpectraCare's Henry County IOP in Abbeville, AL (36310).
        given().queryParam("zip", "36310").queryParam("radiusMiles", 5).queryParam("q", "spectracare henry")
                .when().get("/facilities")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("SpectraCare - Henry County/IOP"))
                .body("items[0].source", equalTo("DIRECTORY"))
                .body("items[0].phone", equalTo("+1-334-673-2143"))
                .body("items[0].address.postalCode", equalTo("36310"))
                .body("items[0].location.lat", equalTo(31.55342455560036f))
                .body("items[0].location.precision", equalTo("DIRECTORY"))
                .body("items[0].programs.levelOfCare", contains("OP"))
                .body("items[0].paymentTypes", containsInAnyOrder("SELF_PAY", "MEDICAID", "STATE_FINANCED",
                        "PRIVATE_INSURANCE", "MILITARY", "SLIDING_FEE"))
                .body("items[0].languages", contains("ase"))
                .body("items[0].programs[0].populations", containsInAnyOrder("YOUNG_ADULTS", "ADULTS", "WOMEN", "MEN"))
                .body("items[0].directoryCodes", hasItems("MHF", "SA", "OP", "ORT", "PA", "FEM", "MALE"));

        // 4. The later file after the 2015 one: merged into the same sites, which keep the coordinates 2015 gave.
        post("text/csv", later).statusCode(200)
                .body("layout", equalTo("NSSATS_LATER"))
                .body("imported", equalTo(0)).body("updated", equalTo(takenLater)).body("rejected", equalTo(rejectedLater));
        assertEquals(11923, count("SELECT count(*) FROM facility WHERE " + NATIONAL));
        assertEquals(0, count("SELECT count(*) FROM facility WHERE " + NATIONAL + " AND location_precision <> 'DIRECTORY'"));
        given().queryParam("zip", "36310").queryParam("radiusMiles", 5).queryParam("q", "spectracare henry")
                .when().get("/facilities").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("SPECTRACARE - HENRY COUNTY - IOP"))
                .body("items[0].location.lat", equalTo(31.55342455560036f))
                .body("items[0].location.precision", equalTo("DIRECTORY"));
        post("text/csv", later).statusCode(200)
                .body("imported", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(takenLater));
    }

    private byte[] resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private List<String[]> rows(String sql) throws Exception {
        List<String[]> out = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return out;
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void csv_mapsCodes_keepsUnmappedOnes_rejectsBadRowsWithLineAndReason() {
        String tag = "Test " + UUID.randomUUID().toString().substring(0, 8);
        String csv = CSV_HEADER
                + "\"" + tag + " Clinic\",\"Methadone, Main\",,1 Main St,,,Toledo,OH,4360,(419)555-0100x12 Intake: (419)555-0101,"
                + "Methadone Clients Only,Methadone/Clients/Only/SAF/SA/MM/BU/OTP/OIT/ODT/DT/MD/SP/F17/PW/CO/,x,-83.54,41.65,100\n"
                + tag + " No Level,,,2 Main St,,,Toledo,OH,43604,,,SAF/SA/MD/,x,-83.54,41.65,100\n"
                + tag + " Bad Place,,,3 Main St,,,Toledo,OH,43604,,,OP/,x,-283.54,41.65,100\n"
                + tag + " No State,,,4 Main St,,,Toledo,,43604,,,OP/,x,-83.54,41.65,100\n"
                + ",,,5 Main St,,,Toledo,OH,43604,,,OP/,x,-83.54,41.65,100\n"
                + tag + " Short Row,,,6 Main St\n";
        post("text/csv", csv.getBytes(StandardCharsets.ISO_8859_1)).statusCode(200)
                .body("rows", equalTo(6)).body("imported", equalTo(1)).body("rejected", equalTo(5))
                .body("rejections.line", contains(3, 4, 5, 6, 7))
                .body("rejections[0].reason", containsString("no service code maps to a level of care"))
                .body("rejections[1].reason", containsString("out of range"))
                .body("rejections[2].reason", containsString("state"))
                .body("rejections[3].reason", containsString("no name"))
                .body("rejections[4].reason", containsString("columns"));
        given().queryParam("q", tag + " clinic").when().get("/facilities")
                .then().body("total", equalTo(1))
                .body("items[0].name", equalTo(tag + " Clinic - Methadone, Main"))
                .body("items[0].address.postalCode", equalTo("04360"))
                .body("items[0].phone", equalTo("+1-419-555-0100 x12"))
                .body("items[0].note", equalTo("Methadone Clients Only"))
                .body("items[0].programs.levelOfCare", contains("DETOX", "PHP", "IOP", "MAT"))
                .body("items[0].programs.find { it.levelOfCare == 'MAT' }.medications", contains("BUPRENORPHINE", "METHADONE"))
                .body("items[0].programs.find { it.levelOfCare == 'IOP' }.medications", equalTo(List.of()))
                .body("items[0].programs.find { it.levelOfCare == 'IOP' }.asamLevel", equalTo("2.1"))
                .body("items[0].programs[0].populations", containsInAnyOrder("PREGNANT_POSTPARTUM", "CO_OCCURRING"))
                .body("items[0].programs[0].conditions", containsInAnyOrder("SUBSTANCE_USE", "CO_OCCURRING"))
                .body("items[0].paymentTypes", contains("MEDICAID"))
                .body("items[0].languages", contains("es"))
                .body("items[0].directoryCodes", hasItem("F17"))
                .body("items[0].directoryCodes", not(hasItem("Methadone")));
    }

    /** The hand-written edge cases of the later layout (nssats-later/README.md), against a 2015 row and a network site. */
    @Test
    void laterLayoutEdgeCases_zipPlacement_padding_zipPlus4_sameSiteSpeltAnotherWay_networkSiteUntouched() throws Exception {
        Map<String, Object> body = Fixtures.facility("Test Edge Lakeside Network Clinic", new double[] {46.59, -112.04},
                List.of(Fixtures.program("IOP")));
        body.put("address", Map.of("line1", "500 Lakeshore Dr", "line2", "Ste 2", "city", "Helena", "state", "MT",
                "postalCode", "59601"));
        String network = Fixtures.create(body);
        given().when().get("/facilities/" + network).then().statusCode(200)
                .body("location.precision", equalTo("ROOFTOP")).body("version", equalTo(0));

        post("text/csv", resource("/nssats-later/edge-cases-2015.csv")).statusCode(200)
                .body("layout", equalTo("NSSATS_2015")).body("imported", equalTo(1));
        String harbor = given().queryParam("q", "test edge harbor").when().get("/facilities").then()
                .body("total", equalTo(1)).body("items[0].location.precision", equalTo("DIRECTORY"))
                .extract().path("items[0].id");

        byte[] edges = resource("/nssats-later/edge-cases-later.csv");
        post("text/csv", edges).statusCode(200)
                .body("layout", equalTo("NSSATS_LATER"))
                .body("rows", equalTo(7)).body("imported", equalTo(2)).body("updated", equalTo(1))
                .body("unchanged", equalTo(0)).body("skipped", equalTo(1)).body("rejected", equalTo(3))
                .body("rejections.line", contains(2, 7, 8))
                .body("rejections[0].reason", equalTo("ZIP code 99998 is not in the ZIP centroid table, and the row has "
                        + "no coordinates: the site cannot be placed"))
                .body("rejections[1].reason", equalTo("no service code maps to a level of care (Keys: SA MHF FEM MALE XYZ)"))
                .body("rejections[2].reason", equalTo("no coordinates and no ZIP code to place the site by"))
                .body("skippedRows.line", contains(6))
                .body("skippedRows[0].facilityId", equalTo(network))
                .body("skippedRows[0].reason", containsString("the network's own site " + network));

        // Padded: 2134 is Allston's 02134, at its centroid.
        given().queryParam("zip", "02134").queryParam("radiusMiles", 1).queryParam("q", "test edge allston")
                .when().get("/facilities").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Test Edge Allston Counseling - Outpatient"))
                .body("items[0].address.postalCode", equalTo("02134"))
                .body("items[0].location.lat", equalTo(42.357169f)).body("items[0].location.lon", equalTo(-71.112646f))
                .body("items[0].location.precision", equalTo("ZIP_CENTROID"))
                .body("items[0].distanceMiles", equalTo(0.0f))
                .body("items[0].programs.levelOfCare", contains("IOP", "OP"))
                .body("items[0].languages", contains("es"));
        // ZIP+4 cut to its ZIP; the newer codes mapped.
        given().queryParam("zip", "59802").queryParam("radiusMiles", 1).queryParam("q", "test edge missoula")
                .when().get("/facilities").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].address.postalCode", equalTo("59802"))
                .body("items[0].location.precision", equalTo("ZIP_CENTROID"))
                .body("items[0].programs.levelOfCare", contains("OP", "MAT"))
                .body("items[0].programs.find { it.levelOfCare == 'MAT' }.medications", contains("BUPRENORPHINE", "METHADONE"))
                .body("items[0].programs[0].populations", containsInAnyOrder("MEN", "WOMEN", "ADULTS"))
                .body("items[0].directoryCodes", contains("SA", "METH", "BU", "OP", "MALE", "FEM", "ADLT"));
        // The 2015 site spelt another way: the same facility, updated, where 2015 placed it.
        given().when().get("/facilities/" + harbor).then().statusCode(200)
                .body("name", equalTo("TEST EDGE HARBOR LIGHT CENTER - RESIDENTIAL"))
                .body("address.line1", equalTo("12 N. Main St., Ste 4"))
                .body("location.lat", equalTo(45.7833f)).body("location.precision", equalTo("DIRECTORY"))
                .body("programs.levelOfCare", contains("DETOX", "RESIDENTIAL", "MAT"))
                .body("version", equalTo(1));
        given().queryParam("q", "test edge harbor").when().get("/facilities").then().body("total", equalTo(1));
        // The network's site: untouched, and no directory copy of it.
        given().when().get("/facilities/" + network).then().statusCode(200)
                .body("source", equalTo("NETWORK")).body("version", equalTo(0))
                .body("programs.levelOfCare", contains("IOP")).body("location.precision", equalTo("ROOFTOP"));
        given().queryParam("q", "test edge lakeside").when().get("/facilities").then().body("total", equalTo(1));

        post("text/csv", edges).statusCode(200)
                .body("imported", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3))
                .body("skipped", equalTo(1)).body("rejected", equalTo(3));
    }

    /** A PUT that sends back the coordinates it read keeps their precision; new coordinates are staff's: ROOFTOP. */
    @Test
    void put_keepsThePrecisionOfUnchangedCoordinates_andNewOnesAreRooftop() throws Exception {
        double[] at = Fixtures.oceanCentre();
        Map<String, Object> body = Fixtures.facility("Test Precision " + UUID.randomUUID(), at, List.of(Fixtures.program("OP")));
        String id = Fixtures.create(body);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE facility SET location_precision = 'ZIP_CENTROID' WHERE id = '" + id + "'");
        }
        body.put("version", 0);
        given().header("Authorization", Fixtures.admin()).contentType("application/json").body(body)
                .when().put("/facilities/" + id).then().statusCode(200);
        given().when().get("/facilities/" + id).then().body("location.precision", equalTo("ZIP_CENTROID"));
        body.put("version", 1);
        body.put("location", Map.of("lat", at[0] + 0.01, "lon", at[1]));
        given().header("Authorization", Fixtures.admin()).contentType("application/json").body(body)
                .when().put("/facilities/" + id).then().statusCode(200);
        given().when().get("/facilities/" + id).then().body("location.precision", equalTo("ROOFTOP"));
        body.put("version", 2);
        body.remove("location");
        given().header("Authorization", Fixtures.admin()).contentType("application/json").body(body)
                .when().put("/facilities/" + id).then().statusCode(200);
        given().when().get("/facilities/" + id).then().body("location", equalTo(null));
    }

    /** Layouts without coordinates in general: the 2015 layout without its coordinate columns, and empty coordinates. */
    @Test
    void rowsWithoutCoordinates_inAnyLayout_arePlacedByZip() {
        String tag = "Test " + UUID.randomUUID().toString().substring(0, 8);
        String noCoordinateColumns = "Name1,Name2,Name3,Address1,Address2,Address3,City,State,ZIP_Code,Contact,Note,Keys\n"
                + tag + " Plain,,,1 Elm St,,,Toledo,OH,43604-0001,,,SA/OP/\n";
        post("text/csv", noCoordinateColumns.getBytes(StandardCharsets.ISO_8859_1)).statusCode(200)
                .body("layout", equalTo("NSSATS_2015")).body("imported", equalTo(1));
        String emptyCoordinates = CSV_HEADER + tag + " Empty,,,2 Elm St,,,Toledo,OH,43604,,,SA/OP/,x,,,\n"
                + tag + " Given,,,3 Elm St,,,Toledo,OH,43604,,,SA/OP/,x,-83.50,41.60,100\n";
        post("text/csv", emptyCoordinates.getBytes(StandardCharsets.ISO_8859_1)).statusCode(200)
                .body("layout", equalTo("NSSATS_2015")).body("imported", equalTo(2));
        given().queryParam("q", tag).when().get("/facilities").then().statusCode(200)
                .body("items.name", contains(tag + " Empty", tag + " Given", tag + " Plain"))
                .body("items.location.precision", contains("ZIP_CENTROID", "DIRECTORY", "ZIP_CENTROID"))
                .body("items[1].location.lat", equalTo(41.60f))
                .body("items[2].address.postalCode", equalTo("43604"));
    }

    @Test
    void csvReimport_updatesChangedListings_inPlace() {
        String tag = "Test " + UUID.randomUUID().toString().substring(0, 8);
        String before = CSV_HEADER + tag + " Site,,,1 Elm St,,,Toledo,OH,43604,(419)555-0100,,SAF/SA/OP/SF/,x,-83.54,41.65,100\n";
        String after = CSV_HEADER + tag + " Site,,,1 Elm St,,,Toledo,OH,43604,(419)555-0199,,SAF/SA/OP/OIT/SF/MD/,x,-83.54,41.65,100\n";
        post("text/csv", before.getBytes(StandardCharsets.ISO_8859_1)).body("imported", equalTo(1));
        String id = given().queryParam("q", tag).when().get("/facilities").then().extract().path("items[0].id");
        post("text/csv", after.getBytes(StandardCharsets.ISO_8859_1))
                .body("imported", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(0));
        given().queryParam("q", tag).when().get("/facilities")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].phone", equalTo("+1-419-555-0199"))
                .body("items[0].version", equalTo(1))
                .body("items[0].programs.levelOfCare", contains("IOP", "OP"))
                .body("items[0].paymentTypes", containsInAnyOrder("SELF_PAY", "MEDICAID"));
    }

    @Test
    void findTreatmentJson_mapsServiceLabels_rejectsBadRows_andReimportIsIdempotent() {
        String tag = "Test " + UUID.randomUUID().toString().substring(0, 8);
        String json = """
                {"page": 1, "totalPages": 1, "rows": [
                  {"name1": "%1$s Harbor", "name2": "Outpatient", "street1": "10 Water St", "street2": "", "city": "Toledo",
                   "state": "OH", "zip": "43604", "phone": "419-555-0110", "intake1": "", "website": "www.harbor.example",
                   "latitude": "41.6540", "longitude": "-83.5400", "miles": 0.2, "type_facility": "SA",
                   "services": [
                     {"f1": "Type of Care", "f2": "TC", "f3": "Substance use treatment; Detoxification"},
                     {"f1": "Service Setting", "f2": "SET", "f3": "Intensive outpatient treatment; Outpatient day treatment or partial hospitalization; Regular outpatient treatment"},
                     {"f1": "Pharmacotherapies", "f2": "PHR", "f3": "Buprenorphine sub-dermal implant; Naltrexone (oral)"},
                     {"f1": "Payment/Insurance/Funding Accepted", "f2": "PAY", "f3": "Medicaid; State-financed health insurance plan other than Medicaid; Cash or self-payment"},
                     {"f1": "Special Programs/Groups Offered", "f2": "SG", "f3": "Veterans; Adolescents; Clients referred from the court/judicial system"},
                     {"f1": "Language Services", "f2": "LANG", "f3": "Spanish"}]},
                  {"name1": "", "street1": "11 Water St", "city": "Toledo", "state": "OH", "zip": "43604",
                   "latitude": "41.65", "longitude": "-83.54", "services": [{"f1": "Service Setting", "f2": "SET", "f3": "Outpatient"}]},
                  {"name1": "%1$s Nowhere", "city": "Toledo", "state": "OH", "zip": "43604", "latitude": "north",
                   "longitude": "-83.54", "services": [{"f1": "Service Setting", "f2": "SET", "f3": "Outpatient"}]},
                  {"name1": "%1$s Counselling only", "city": "Toledo", "state": "OH", "zip": "43604",
                   "services": [{"f1": "Type of Care", "f2": "TC", "f3": "Mental health treatment"}]}
                ]}""".formatted(tag);
        post("application/json", json.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("format", equalTo("FINDTREATMENT_JSON"))
                .body("rows", equalTo(4)).body("imported", equalTo(1)).body("rejected", equalTo(3))
                .body("rejections.line", contains(2, 3, 4))
                .body("rejections[0].reason", containsString("no name"))
                .body("rejections[1].reason", containsString("not a number"))
                .body("rejections[2].reason", containsString("level of care"));
        given().queryParam("q", tag + " harbor").when().get("/facilities")
                .then().body("total", equalTo(1))
                .body("items[0].name", equalTo(tag + " Harbor - Outpatient"))
                .body("items[0].source", equalTo("DIRECTORY"))
                .body("items[0].website", equalTo("http://www.harbor.example"))
                .body("items[0].programs.levelOfCare", contains("DETOX", "PHP", "IOP", "OP", "MAT"))
                .body("items[0].programs.find { it.levelOfCare == 'MAT' }.medications", contains("BUPRENORPHINE", "NALTREXONE"))
                .body("items[0].paymentTypes", containsInAnyOrder("MEDICAID", "STATE_FINANCED", "SELF_PAY"))
                .body("items[0].programs[0].populations", containsInAnyOrder("VETERANS", "ADOLESCENTS"))
                .body("items[0].languages", contains("es"))
                .body("items[0].directoryCodes", hasItem("SG: Clients referred from the court/judicial system"));
        post("application/json", json.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("imported", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(1));
        given().queryParam("q", tag + " harbor").when().get("/facilities").then().body("total", equalTo(1));
    }

    @Test
    void brokenJson_isRefusedWhole_andKeepsNothing() {
        String tag = "Test " + UUID.randomUUID().toString().substring(0, 8);
        String json = "{\"rows\": [{\"name1\": \"" + tag + " Whole\", \"city\": \"Toledo\", \"state\": \"OH\", "
                + "\"latitude\": \"41.65\", \"longitude\": \"-83.54\", "
                + "\"services\": [{\"f2\": \"SET\", \"f3\": \"Outpatient\"}]}, {\"name1\": \"" + tag + " Cut";
        post("application/json", json.getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("is not valid JSON: it breaks off in row 2"));
        given().queryParam("q", tag).when().get("/facilities").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void import_needsAdmin_andAKnownFormat() {
        given().header("Authorization", TestTokens.bearer("ADMISSIONS")).contentType("text/csv").body(CSV_HEADER)
                .when().post("/facilities/import").then().statusCode(403);
        post("application/xml", "<rows/>".getBytes(StandardCharsets.UTF_8)).statusCode(415);
        post("text/csv", "just,some,columns\n1,2,3\n".getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", startsWith("the header matches no known directory layout; expected "))
                .body("errors[0].message", containsString("NSSATS_2015: Name1,Address1,City,State,ZIP_Code,Keys"))
                .body("errors[0].message", containsString("NSSATS_LATER: Center_name,Street_address,City,State,Postal_code,Keys"));
        post("application/json", "[1, 2]".getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("rejected", equalTo(2)).body("rejections.reason", everyItem(equalTo("a row must be an object")));
    }

    @Test
    void rowsOverTheCatalogsLimits_areRejectedWithTheReason_neverStoredCut() {
        String tag = "Test " + UUID.randomUUID().toString().substring(0, 8);
        String codes = IntStream.range(0, 300).mapToObj(i -> "C" + i).collect(Collectors.joining("/")) + "/OP/";
        String csv = CSV_HEADER
                + tag + " Long Street,,," + "9".repeat(201) + " Main St,,,Toledo,OH,43604,,,OP/,x,-83.54,41.65,100\n"
                + tag + " Long Note,,,2 Main St,,,Toledo,OH,43604,,\"" + "n".repeat(2001) + "\",OP/,x,-83.54,41.65,100\n"
                + tag + " Long Codes,,,3 Main St,,,Toledo,OH,43604,,," + codes + ",x,-83.54,41.65,100\n"
                + tag + " Long State,,,4 Main St,,,Toledo," + "X".repeat(5000) + ",43604,,,OP/,x,-83.54,41.65,100\n"
                + tag + " Fine,,,5 Main St,,,Toledo,OH,43604,,,OP/,x,-83.54,41.65,100\n";
        post("text/csv", csv.getBytes(StandardCharsets.ISO_8859_1)).statusCode(200)
                .body("imported", equalTo(1)).body("rejected", equalTo(4))
                .body("rejections.line", contains(2, 3, 4, 5))
                .body("rejections[0].reason", equalTo("street address longer than 200 characters"))
                .body("rejections[1].reason", equalTo("note longer than 2000 characters"))
                .body("rejections[2].reason", equalTo("more than 300 service codes"))
                .body("rejections[3].reason", equalTo("state '" + "X".repeat(40) + "...' is not a two-letter code"));
        String json = "[{\"name1\": \"" + tag + " Long Site\", \"city\": \"Toledo\", \"state\": \"OH\", "
                + "\"website\": \"https://" + "w".repeat(500) + ".example\", "
                + "\"services\": [{\"f2\": \"SET\", \"f3\": \"Outpatient\"}]}]";
        post("application/json", json.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("imported", equalTo(0)).body("rejections[0].reason", equalTo("website longer than 500 characters"));
        given().queryParam("q", tag).when().get("/facilities").then().body("total", equalTo(1));
    }

    @Test
    void aFileOfBadRows_listsTheFirst1000Rejections_andCountsThemAll() {
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < 1500; i++) {
            csv.append(",,,").append(i).append(" Main St,,,Toledo,OH,43604,,,OP/,x,-83.54,41.65,100\n");
        }
        post("text/csv", csv.toString().getBytes(StandardCharsets.ISO_8859_1)).statusCode(200)
                .body("rows", equalTo(1500)).body("rejected", equalTo(1500))
                .body("rejections.size()", equalTo(ImportResult.MAX_REJECTIONS_LISTED))
                .body("rejections[999].line", equalTo(1001));
    }

    /** A listing does not say how many openings a program has: unknown (null) and stale, never 0, everywhere. */
    @Test
    void importedListings_haveUnknownOpenings_inReadsSearchesAndAfterAnotherProgramsAvailability() {
        String tag = "Test " + UUID.randomUUID().toString().substring(0, 8);
        double[] at = Fixtures.oceanCentre();
        String csv = CSV_HEADER + tag + " Openings,,,1 Sea Rd,,,Toledo,OH,43604,(419)555-0100,,SA/OIT/OP/SF/,x,"
                + at[1] + "," + at[0] + ",100\n";
        post("text/csv", csv.getBytes(StandardCharsets.ISO_8859_1)).body("imported", equalTo(1));
        String id = given().queryParam("q", tag).when().get("/facilities").then().statusCode(200)
                .body("items[0].programs.levelOfCare", contains("IOP", "OP"))
                .body("items[0].programs.openings", contains(null, null))
                .body("items[0].programs.openingsUpdatedAt", contains(null, null))
                .body("items[0].programs.openingsStale", contains(true, true))
                .extract().path("items[0].id");
        given().when().get("/facilities/" + id).then().statusCode(200)
                .body("programs.openings", contains(null, null)).body("programs.openingsStale", contains(true, true));
        given().queryParam("lat", at[0]).queryParam("lon", at[1]).queryParam("acceptingNow", "true")
                .when().get("/facilities").then().statusCode(200).body("items.id", not(hasItem(id)));

        given().header("Authorization", Fixtures.admin()).contentType("application/json")
                .body("{\"openings\": 0, \"acceptingNewPatients\": true}")
                .when().put("/facilities/" + id + "/programs/IOP/availability")
                .then().statusCode(200).body("openings", equalTo(0)).body("openingsStale", equalTo(false));
        given().queryParam("lat", at[0]).queryParam("lon", at[1]).when().get("/facilities").then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].programs.openings", contains(0, null))
                .body("items[0].programs.openingsStale", contains(false, true));
        // A re-import of the same listing keeps what admissions confirmed and leaves the rest unknown.
        post("text/csv", csv.replace("SA/OIT/OP/SF/", "SA/OIT/OP/SF/MD/").getBytes(StandardCharsets.ISO_8859_1))
                .body("updated", equalTo(1));
        given().when().get("/facilities/" + id).then().statusCode(200).body("programs.openings", contains(0, null));
    }
}
