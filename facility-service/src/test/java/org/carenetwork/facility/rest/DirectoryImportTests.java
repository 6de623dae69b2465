package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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

    @Test
    void national2015File_imports11924Sites_rejectsTheFourListedTwice_andReimportChangesNothing() throws Exception {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/nssats-2015/facilities-2015.csv")) {
            file = in.readAllBytes();
        }
        post("text/csv; charset=ISO-8859-1", file).statusCode(200)
                .body("format", equalTo("NSSATS_CSV"))
                .body("rows", equalTo(11928))
                .body("imported", equalTo(11924))
                .body("updated", equalTo(0))
                .body("rejected", equalTo(4))
                .body("rejections.line", contains(2724, 8016, 8018, 8179))
                .body("rejections.reason", contains("the same site (name and address) as line 2723",
                        "the same site (name and address) as line 8015", "the same site (name and address) as line 8015",
                        "the same site (name and address) as line 8178"));
        assertEquals(11924, count("SELECT count(*) FROM facility WHERE source = 'DIRECTORY' AND natural_key IS NOT NULL "
                + "AND natural_key NOT LIKE 'test %'"));

        post("text/csv", file).statusCode(200)
                .body("imported", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(11924))
                .body("rejected", equalTo(4));
        assertEquals(11924, count("SELECT count(*) FROM facility WHERE source = 'DIRECTORY' AND natural_key IS NOT NULL "
                + "AND natural_key NOT LIKE 'test %'"));

        // The first row of the file: SpectraCare's Henry County IOP in Abbeville, AL (36310).
        given().queryParam("zip", "36310").queryParam("radiusMiles", 5).queryParam("q", "spectracare henry")
                .when().get("/facilities")
                .then().statusCode(200)
                .body("items[0].name", equalTo("SpectraCare - Henry County/IOP"))
                .body("items[0].source", equalTo("DIRECTORY"))
                .body("items[0].phone", equalTo("+1-334-673-2143"))
                .body("items[0].address.postalCode", equalTo("36310"))
                .body("items[0].programs.levelOfCare", contains("OP"))
                .body("items[0].paymentTypes", containsInAnyOrder("SELF_PAY", "MEDICAID", "STATE_FINANCED",
                        "PRIVATE_INSURANCE", "MILITARY", "SLIDING_FEE"))
                .body("items[0].languages", contains("ase"))
                .body("items[0].programs[0].populations", containsInAnyOrder("YOUNG_ADULTS", "ADULTS"))
                .body("items[0].directoryCodes", hasItems("MHF", "SA", "OP", "ORT", "PA", "FEM", "MALE"));
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
                .body("errors[0].field", equalTo("body"));
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
