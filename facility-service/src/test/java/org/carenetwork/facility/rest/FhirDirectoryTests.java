package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.carenetwork.facility.Fixtures.create;
import static org.carenetwork.facility.Fixtures.destination;
import static org.carenetwork.facility.Fixtures.facility;
import static org.carenetwork.facility.Fixtures.oceanCentre;
import static org.carenetwork.facility.Fixtures.program;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.carenetwork.facility.api.Fhir;
import org.carenetwork.facility.domain.Language;
import org.carenetwork.facility.domain.LevelOfCareFacts;
import org.carenetwork.facility.service.FhirDirectory;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HealthcareService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The FHIR provider directory answers real searches and reads of the catalog, and every answer is
 * valid FHIR R4 by HAPI FHIR's instance validator (the R4 StructureDefinitions, invariants and the
 * bindings it can check in memory), the Bundle and each of its entries on its own. The Plan-Net IG
 * itself cannot be loaded here (no network but Maven Central), so its shape (profiles, category,
 * extensions, references) is asserted explicitly; the validator's only accepted findings are those
 * {@link #ACCEPTED} lists, none of them an error.
 */
@QuarkusTest
class FhirDirectoryTests {

    static final FhirContext FHIR = FhirContext.forR4();
    static final FhirValidator VALIDATOR = validator();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE = "https://api.carenet.example/api/v1/fhir";

    /**
     * The validator's findings this directory accepts, each at the one severity given (none is an
     * error), and why. Anything else, and any error, fails the test.
     * <ul>
     * <li>INFORMATION "Unknown extension": Plan-Net's {@code newpatients} and {@code delivery-method}
     * (the IG package cannot be loaded here; R4 extensions are open). Their shape is asserted.</li>
     * <li>WARNING "CodeSystem is unknown": Plan-Net's code systems (category, accepting patients,
     * delivery method, organization type), for the same reason. Our own two code systems are given to
     * the validator (built from the vocabulary), so their codes and displays are checked.</li>
     * <li>WARNING dom-6, no narrative: a best-practice recommendation; R4 and Plan-Net do not require
     * {@code text}, and a directory page is leaner without it.</li>
     * <li>INFORMATION, {@code specialty} codings are not from R4's "practice setting" value set (a
     * preferred binding): our specialties are the conditions a program treats, in our code system.</li>
     * <li>WARNING "Profile reference ... has not been checked because it could not be found": the
     * Plan-Net profiles in {@code meta.profile} of a Bundle's entries, which the validator is told are
     * no error when unknown (setErrorForUnknownProfiles(false)): it checks base R4; the Plan-Net shape
     * is asserted by the tests.</li>
     * </ul>
     * For a resource validated on its own, HAPI's wrapper fails on a profile it cannot fetch ("Invalid
     * profile. Failed to retrieve profile", an error whatever the setting), so such a resource is
     * validated with its {@code meta.profile} claim removed, and the claim is asserted instead.
     */
    record Accepted(ResultSeverityEnum severity, Pattern message) {
    }

    static final List<Accepted> ACCEPTED = List.of(
            new Accepted(ResultSeverityEnum.WARNING, Pattern.compile("Profile reference '" + Pattern.quote(Fhir.PLAN_NET)
                    + "/StructureDefinition/plannet-(HealthcareService|Location|Organization)' has not been checked because "
                    + "it could not be found")),
            new Accepted(ResultSeverityEnum.INFORMATION, Pattern.compile("Unknown extension " + Pattern.quote(Fhir.PLAN_NET)
                    + "/StructureDefinition/(newpatients|delivery-method)")),
            new Accepted(ResultSeverityEnum.WARNING, Pattern.compile("CodeSystem is unknown and can't be validated: "
                    + Pattern.quote(Fhir.PLAN_NET) + "/CodeSystem/(HealthcareServiceCategoryCS|AcceptingPatientsCS|"
                    + "DeliveryMethodCS|OrgTypeCS) for '.*'")),
            new Accepted(ResultSeverityEnum.WARNING, Pattern.compile(Pattern.quote("Constraint failed: dom-6: 'A resource "
                    + "should have narrative for robust management' (defined in http://hl7.org/fhir/StructureDefinition/"
                    + "DomainResource) (Best Practice Recommendation)"))),
            new Accepted(ResultSeverityEnum.INFORMATION, Pattern.compile(Pattern.quote("None of the codings provided are in "
                    + "the value set 'Practice Setting Code Value Set' (http://hl7.org/fhir/ValueSet/c80-practice-codes|4.0.1), "
                    + "and a coding is recommended to come from this value set (codes = " + Fhir.CONDITION_SYSTEM + "#")
                    + "[A-Z_]+\\)")));

    @Inject
    AgroalDataSource dataSource;

    String token;
    double[] centre;
    UUID brand;
    String brandName;
    String branded;
    String independent;
    String far;

    @BeforeEach
    void sites() throws Exception {
        token = UUID.randomUUID().toString().substring(0, 8);
        centre = oceanCentre();
        brand = UUID.randomUUID();
        brandName = "Fhirbrand " + token;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO organization (id, name, phone, website) VALUES (?, ?, ?, ?)")) {
            s.setObject(1, brand);
            s.setString(2, brandName);
            s.setString(3, "+1-419-555-0199");
            s.setString(4, "https://brand.example");
            s.executeUpdate();
        }
        branded = create(facility("Fhirsite " + token + " branded", centre, List.of(
                program("IOP", "asamLevel", "2.1", "schedules", List.of("DAY", "EVENING"), "hoursPerWeek", 9,
                        "conditions", List.of("OPIOID_USE", "CO_OCCURRING")),
                program("RESIDENTIAL", "conditions", List.of("ALCOHOL_USE"))),
                "organizationId", brand.toString(), "website", "https://site.example",
                "address", new HashMap<>(Map.of("line1", "1 Test Way", "line2", "Suite 2", "city", "Fhirville",
                        "state", "WY", "postalCode", "82001"))));
        independent = create(facility("Fhirsite " + token + " independent", destination(centre[0], centre[1], 90, 5),
                List.of(program("OP", "schedules", List.of("WEEKEND"))),
                "address", new HashMap<>(Map.of("line1", "2 Test Way", "city", "Fhirville", "state", "WY",
                        "postalCode", "82009"))));
        far = create(facility("Fhirsite " + token + " far", destination(centre[0], centre[1], 0, 40),
                List.of(program("IOP"))));
    }

    private String near(double miles) {
        return centre[0] + "|" + centre[1] + "|" + miles + "|mi";
    }

    // ---------------------------------------------------------------- HealthcareService

    @Test
    void healthcareServices_nearASite_areAValidSearchSet_nearestFirst_shapedAfterPlanNet() throws Exception {
        Response r = given().queryParam("location.near", near(10)).when().get("/fhir/HealthcareService");
        JsonNode bundle = validBundle(r, "HealthcareService");
        assertEquals(3, bundle.path("total").asInt(), bundle.toPrettyString());
        List<String> ids = ids(bundle);
        assertEquals(List.of(branded + "-residential", branded + "-iop", independent + "-op"), ids);

        JsonNode iop = bundle.path("entry").get(1).path("resource");
        assertEquals(BASE + "/HealthcareService/" + branded + "-iop", bundle.path("entry").get(1).path("fullUrl").asText());
        assertEquals(Fhir.PROFILE_HEALTHCARE_SERVICE, iop.path("meta").path("profile").get(0).asText());
        assertFalse(iop.path("meta").path("lastUpdated").asText().isEmpty());
        assertTrue(iop.path("active").asBoolean());
        assertEquals(Fhir.CATEGORY_SYSTEM, iop.path("category").get(0).path("coding").get(0).path("system").asText());
        assertEquals("behav", iop.path("category").get(0).path("coding").get(0).path("code").asText());
        assertEquals(Fhir.LEVEL_OF_CARE_SYSTEM, iop.path("type").get(0).path("coding").get(0).path("system").asText());
        assertEquals("IOP", iop.path("type").get(0).path("coding").get(0).path("code").asText());
        assertEquals(List.of("OPIOID_USE", "CO_OCCURRING"), codes(iop.path("specialty"), Fhir.CONDITION_SYSTEM));
        assertEquals("Location/" + branded, iop.path("location").get(0).path("reference").asText());
        assertEquals("Organization/" + brand, iop.path("providedBy").path("reference").asText());
        assertEquals(brandName, iop.path("providedBy").path("display").asText());
        assertEquals("+1-555-010-0000", telecom(iop, "phone"));
        assertEquals("https://site.example", telecom(iop, "url"));
        assertEquals("[\"mon\",\"tue\",\"wed\",\"thu\",\"fri\"]", iop.path("availableTime").get(0).path("daysOfWeek").toString());
        assertEquals("ASAM 2.1; day, evening sessions; 9 hours a week", iop.path("comment").asText());
        JsonNode newPatients = extension(iop, Fhir.EXT_NEW_PATIENTS);
        assertEquals("acceptingPatients", newPatients.path("extension").get(0).path("url").asText());
        JsonNode accepting = newPatients.path("extension").get(0).path("valueCodeableConcept").path("coding").get(0);
        assertEquals(Fhir.ACCEPTING_SYSTEM, accepting.path("system").asText());
        assertTrue(Set.of("newpt", "nopt").contains(accepting.path("code").asText()), accepting.toString());
        JsonNode delivery = extension(iop, Fhir.EXT_DELIVERY_METHOD).path("extension").get(0);
        assertEquals("type", delivery.path("url").asText());
        assertEquals("physical", delivery.path("valueCodeableConcept").path("coding").get(0).path("code").asText());

        JsonNode residential = bundle.path("entry").get(0).path("resource");
        assertTrue(residential.path("availableTime").get(0).path("allDay").asBoolean(), residential.toString());
        assertEquals(7, residential.path("availableTime").get(0).path("daysOfWeek").size());
        JsonNode op = bundle.path("entry").get(2).path("resource");
        assertEquals("Organization/" + independent, op.path("providedBy").path("reference").asText());
        assertEquals("[\"sat\",\"sun\"]", op.path("availableTime").get(0).path("daysOfWeek").toString());

        // HAPI's own model reads it back as R4 (strict parser: an unknown element fails).
        Bundle parsed = FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(Bundle.class, r.asString());
        HealthcareService hs = (HealthcareService) parsed.getEntry().get(1).getResource();
        assertEquals("IOP", hs.getTypeFirstRep().getCodingFirstRep().getCode());
    }

    @Test
    void healthcareServices_byServiceTypeSpecialtyLocationOrganizationAndName() {
        String around = near(10);
        assertEquals(List.of(branded + "-iop"), ids(validBundle(given().queryParam("location.near", around)
                .queryParam("service-type", "IOP").get("/fhir/HealthcareService"), "HealthcareService")));
        assertEquals(List.of(branded + "-iop", independent + "-op"), ids(validBundle(given()
                .queryParam("location.near", around).queryParam("service-type", Fhir.LEVEL_OF_CARE_SYSTEM + "|IOP,OP")
                .get("/fhir/HealthcareService"), "HealthcareService")));
        assertEquals(List.of(branded + "-iop"), ids(validBundle(given().queryParam("location.near", around)
                .queryParam("specialty", "OPIOID_USE").get("/fhir/HealthcareService"), "HealthcareService")));
        assertEquals(List.of(independent + "-op"), ids(validBundle(given().queryParam("location", "Location/" + independent)
                .get("/fhir/HealthcareService"), "HealthcareService")));
        assertEquals(List.of(branded + "-residential", branded + "-iop"), ids(validBundle(given()
                .queryParam("organization", "Organization/" + brand).get("/fhir/HealthcareService"), "HealthcareService")));
        assertEquals(List.of(independent + "-op"), ids(validBundle(given().queryParam("organization", independent)
                .get("/fhir/HealthcareService"), "HealthcareService")));
        // name: starts with, case-insensitive; sorted by name
        assertEquals(List.of(far + "-iop", branded + "-residential", branded + "-iop", independent + "-op").stream()
                .sorted().toList(), ids(validBundle(given().queryParam("name", "FHIRSITE " + token)
                .get("/fhir/HealthcareService"), "HealthcareService")).stream().sorted().toList());
        assertEquals(0, validBundle(given().queryParam("name", "Fhirsite " + token).queryParam("service-category", "prov")
                .get("/fhir/HealthcareService"), "HealthcareService").path("total").asInt());
        assertEquals(4, validBundle(given().queryParam("name", "Fhirsite " + token).queryParam("service-category", "behav")
                .get("/fhir/HealthcareService"), "HealthcareService").path("total").asInt());
    }

    @Test
    void healthcareServices_pageWithCountAndOffset_byTheirNextLinks_underThePublicPrefix() {
        Set<String> seen = new LinkedHashSet<>();
        String next = null;
        Response r = given().header("X-Forwarded-Prefix", "/api/v1").queryParam("name", "Fhirsite " + token)
                .queryParam("_count", 1).get("/fhir/HealthcareService");
        for (int page = 0; page < 10; page++) {
            JsonNode bundle = validBundle(r, "HealthcareService");
            assertEquals(4, bundle.path("total").asInt());
            assertEquals(1, bundle.path("entry").size());
            seen.addAll(ids(bundle));
            assertThat(link(bundle, "self"), startsWith("/api/v1/fhir/HealthcareService?"));
            assertEquals(page > 0, link(bundle, "previous") != null, bundle.path("link").toString());
            next = link(bundle, "next");
            if (next == null) {
                break;
            }
            assertThat(next, startsWith("/api/v1/fhir/HealthcareService?"));
            assertThat(next, containsString("_offset=" + (page + 1)));
            // As the gateway relays it: the service's path, with the prefix header.
            r = given().header("X-Forwarded-Prefix", "/api/v1").urlEncodingEnabled(false)
                    .get(next.substring("/api/v1".length()));
        }
        assertNull(next);
        assertEquals(Set.of(far + "-iop", branded + "-residential", branded + "-iop", independent + "-op"), seen);
        // Past the end: no entries, the total still counted.
        JsonNode past = validBundle(given().queryParam("name", "Fhirsite " + token).queryParam("_offset", 50)
                .get("/fhir/HealthcareService"), "HealthcareService");
        assertEquals(4, past.path("total").asInt());
        assertTrue(past.path("entry").isMissingNode());
    }

    @Test
    void locationNear_inKilometres_andTheDefaultDistance() {
        // 5 miles = 8.05 km: the independent site is in at 9 km and out at 7 km.
        assertEquals(List.of(branded + "-residential", branded + "-iop", independent + "-op"), ids(validBundle(given()
                .queryParam("location.near", centre[0] + "|" + centre[1] + "|9|km").get("/fhir/HealthcareService"),
                "HealthcareService")));
        assertEquals(List.of(branded + "-residential", branded + "-iop"), ids(validBundle(given()
                .queryParam("location.near", centre[0] + "|" + centre[1] + "|7|km").get("/fhir/HealthcareService"),
                "HealthcareService")));
        // Without a distance: 25 miles (the far site, at 40, is out).
        assertEquals(3, validBundle(given().queryParam("location.near", centre[0] + "|" + centre[1])
                .get("/fhir/HealthcareService"), "HealthcareService").path("total").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "41.6|", "91|0|5|mi", "41|-181|5|mi", "41|-83|0|mi", "41|-83|501|mi", "41|-83|5|parsecs",
            "41|-83|x|mi", "41|-83||km", "1|2|3|mi|4"})
    void aBadLocationNear_isA400_namingIt(String value) {
        given().queryParam("location.near", value).when().get("/fhir/HealthcareService").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("location.near"));
    }

    @Test
    void badTokensAndPaging_are400s_namingTheParameter() {
        Map<String, String> bad = Map.of("service-type", "iop", "specialty", "http://other.example|OPIOID_USE",
                "location", "Location/not-a-uuid", "organization", "Practitioner/" + UUID.randomUUID(),
                "_count", "0", "_offset", "-1", "_lastUpdated", "ge2026-13-01", "name", "x".repeat(101));
        bad.forEach((name, value) -> given().queryParam(name, value).when().get("/fhir/HealthcareService").then()
                .statusCode(400).body("errors.field", hasItem(name)));
        given().queryParam("_count", 101).when().get("/fhir/Location").then().statusCode(400)
                .body("errors.field", hasItem("_count"));
        given().queryParam("_include", "HealthcareService:location").when().get("/fhir/HealthcareService").then()
                .statusCode(400).body("errors.field", hasItem("_include"));
    }

    @Test
    void lastUpdated_keepsWhatChangedInTheRange() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertEquals(4, validBundle(given().queryParam("name", "Fhirsite " + token).queryParam("_lastUpdated", "ge" + yesterday)
                .queryParam("_lastUpdated", "lt" + tomorrow + "T12:00:00Z").get("/fhir/HealthcareService"),
                "HealthcareService").path("total").asInt());
        assertEquals(0, validBundle(given().queryParam("name", "Fhirsite " + token).queryParam("_lastUpdated", "gt" + today)
                .get("/fhir/HealthcareService"), "HealthcareService").path("total").asInt());
        assertEquals(0, validBundle(given().queryParam("name", "Fhirsite " + token).queryParam("_lastUpdated", "lt" + yesterday)
                .get("/fhir/Location"), "Location").path("total").asInt());
        assertEquals(3, validBundle(given().queryParam("name", "Fhirsite " + token).queryParam("_lastUpdated", today)
                .get("/fhir/Location"), "Location").path("total").asInt());
    }

    @Test
    void healthcareServiceRead_isValid_andUnknownIdsAre404Problems() {
        Response r = given().get("/fhir/HealthcareService/" + branded + "-iop");
        r.then().statusCode(200).contentType(Fhir.MEDIA_TYPE);
        assertValidAlone(r.asString());
        assertEquals(branded + "-iop", r.jsonPath().getString("id"));
        // A client that asks for plain JSON gets the same FHIR JSON, typed as FHIR.
        given().accept("application/json").get("/fhir/HealthcareService/" + branded + "-iop").then().statusCode(200)
                .contentType(Fhir.MEDIA_TYPE).body("resourceType", equalTo("HealthcareService"));
        given().get("/fhir/HealthcareService/" + branded + "-detox").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/fhir/HealthcareService/" + branded).then().statusCode(404);
        given().get("/fhir/HealthcareService/" + UUID.randomUUID() + "-iop").then().statusCode(404);
        given().get("/fhir/HealthcareService/a_b").then().statusCode(400).body("errors.field", hasItem("id"));
    }

    @Test
    void aSiteConfirmedClosed_leavesTheSearches_andItsReadsSayInactive() {
        String report = given().contentType("application/json").body(Map.of("reason", "CLOSED", "note", "fhir test"))
                .post("/facilities/" + independent + "/reports").then().statusCode(201).extract().path("id");
        given().header("Authorization", org.carenetwork.facility.Fixtures.admin()).contentType("application/json")
                .body(Map.of("status", "CONFIRMED", "note", "called: closed")).patch("/facilities/" + independent + "/reports/" + report)
                .then().statusCode(200);
        assertEquals(List.of(branded + "-residential", branded + "-iop"), ids(validBundle(given()
                .queryParam("location.near", near(10)).get("/fhir/HealthcareService"), "HealthcareService")));
        assertEquals(List.of(branded), ids(validBundle(given().queryParam("near", near(10)).get("/fhir/Location"), "Location")));
        given().get("/fhir/HealthcareService/" + independent + "-op").then().statusCode(200).body("active", equalTo(false));
        given().get("/fhir/Location/" + independent).then().statusCode(200).body("status", equalTo("inactive"));
        given().get("/fhir/Organization/" + independent).then().statusCode(200).body("active", equalTo(false));
    }

    // ---------------------------------------------------------------- Location

    @Test
    void locations_nearAddressAndOrganization_areValidSearchSets() {
        JsonNode nearby = validBundle(given().queryParam("near", near(10)).get("/fhir/Location"), "Location");
        assertEquals(List.of(branded, independent), ids(nearby));
        JsonNode site = nearby.path("entry").get(0).path("resource");
        assertEquals(BASE + "/Location/" + branded, nearby.path("entry").get(0).path("fullUrl").asText());
        assertEquals(Fhir.PROFILE_LOCATION, site.path("meta").path("profile").get(0).asText());
        assertEquals("active", site.path("status").asText());
        assertEquals("[\"1 Test Way\",\"Suite 2\"]", site.path("address").path("line").toString());
        assertEquals("82001", site.path("address").path("postalCode").asText());
        assertEquals(centre[0], site.path("position").path("latitude").asDouble(), 1e-9);
        assertEquals(centre[1], site.path("position").path("longitude").asDouble(), 1e-9);
        assertEquals("Organization/" + brand, site.path("managingOrganization").path("reference").asText());
        assertEquals("Organization/" + independent,
                nearby.path("entry").get(1).path("resource").path("managingOrganization").path("reference").asText());

        String name = "Fhirsite " + token;
        assertEquals(List.of(branded), ids(validBundle(given().queryParam("name", name).queryParam("address-postalcode", "82001")
                .get("/fhir/Location"), "Location")));
        assertEquals(List.of(branded, independent), ids(validBundle(given().queryParam("name", name)
                .queryParam("address-postalcode", "8200").queryParam("address-state", "wy").queryParam("address-city", "fhirv")
                .get("/fhir/Location"), "Location")));
        assertEquals(List.of(branded), ids(validBundle(given().queryParam("organization", "Organization/" + brand)
                .get("/fhir/Location"), "Location")));
        assertEquals(List.of(far), ids(validBundle(given().queryParam("name", name + " far").get("/fhir/Location"), "Location")));
        given().queryParam("near", "41|-83|5|furlongs").get("/fhir/Location").then().statusCode(400)
                .body("errors.field", hasItem("near"));
        given().queryParam("address-state", "Wyoming").get("/fhir/Location").then().statusCode(400)
                .body("errors.field", hasItem("address-state"));
    }

    @Test
    void locationRead_isValid_andAnUnknownOneIsA404() {
        Response r = given().get("/fhir/Location/" + independent);
        r.then().statusCode(200).contentType(Fhir.MEDIA_TYPE);
        assertValidAlone(r.asString());
        given().get("/fhir/Location/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/fhir/Location/not-ours").then().statusCode(404);
    }

    // ---------------------------------------------------------------- Organization

    @Test
    void organizations_brandsAndSitesWithoutOne_areAValidSearchSet() {
        JsonNode brands = validBundle(given().queryParam("name", brandName.toLowerCase()).get("/fhir/Organization"),
                "Organization");
        assertEquals(List.of(brand.toString()), ids(brands));
        JsonNode org = brands.path("entry").get(0).path("resource");
        assertEquals(BASE + "/Organization/" + brand, brands.path("entry").get(0).path("fullUrl").asText());
        assertEquals(Fhir.PROFILE_ORGANIZATION, org.path("meta").path("profile").get(0).asText());
        assertEquals("prvgrp", org.path("type").get(0).path("coding").get(0).path("code").asText());
        assertEquals(Fhir.ORG_TYPE_SYSTEM, org.path("type").get(0).path("coding").get(0).path("system").asText());
        assertTrue(org.path("active").asBoolean());
        assertEquals("+1-419-555-0199", telecom(org, "phone"));
        assertEquals("https://brand.example", telecom(org, "url"));

        // The sites without a brand, as their own providers; the branded site is not one.
        JsonNode sites = validBundle(given().queryParam("name", "Fhirsite " + token).get("/fhir/Organization"), "Organization");
        assertEquals(List.of(far, independent), ids(sites));
        assertEquals("fac", sites.path("entry").get(0).path("resource").path("type").get(0).path("coding").get(0)
                .path("code").asText());
    }

    @Test
    void organizationReads_brandOrSiteWithoutOne_andABrandedSiteIsA404() {
        for (String id : List.of(brand.toString(), independent)) {
            Response r = given().get("/fhir/Organization/" + id);
            r.then().statusCode(200).contentType(Fhir.MEDIA_TYPE).body("id", equalTo(id));
            assertValidAlone(r.asString());
        }
        given().get("/fhir/Organization/" + branded).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theValidator_doesFindErrors_inABrokenBundle() throws Exception {
        String served = given().queryParam("location.near", near(10)).get("/fhir/HealthcareService").asString();
        com.fasterxml.jackson.databind.node.ObjectNode broken = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(served);
        broken.put("type", "search-set");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("entry").get(0).path("resource")).put("active", "yes");
        assertTrue(findings(broken.toString()).size() >= 2, findings(broken.toString()).toString());
    }

    // ---------------------------------------------------------------- checks

    /** A 200 search-set of {@code type}, valid as a whole and entry by entry, each fullUrl its resource's. */
    private static JsonNode validBundle(Response r, String type) {
        r.then().statusCode(200).contentType(Fhir.MEDIA_TYPE);
        String body = r.asString();
        assertValid(body);
        try {
            JsonNode bundle = JSON.readTree(body);
            assertEquals("Bundle", bundle.path("resourceType").asText());
            assertEquals("searchset", bundle.path("type").asText());
            assertTrue(bundle.path("total").isIntegralNumber(), body);
            assertNotNull(link(bundle, "self"), body);
            for (JsonNode entry : bundle.path("entry")) {
                JsonNode resource = entry.path("resource");
                assertEquals(type, resource.path("resourceType").asText());
                assertEquals(BASE + "/" + type + "/" + resource.path("id").asText(), entry.path("fullUrl").asText());
                assertEquals("match", entry.path("search").path("mode").asText());
                assertValidAlone(resource.toString());
            }
            return bundle;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A resource on its own: valid R4 without its Plan-Net profile claim (see {@link #ACCEPTED}), which is asserted. */
    private static void assertValidAlone(String json) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode resource = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
            String profile = resource.path("meta").path("profile").get(0).asText();
            assertEquals(Fhir.PLAN_NET + "/StructureDefinition/plannet-" + resource.path("resourceType").asText(), profile);
            ((com.fasterxml.jackson.databind.node.ObjectNode) resource.get("meta")).remove("profile");
            assertValid(resource.toString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertValid(String json) {
        List<String> findings = findings(json);
        assertEquals(List.of(), findings, json);
    }

    /** The validator's messages but those {@link #ACCEPTED}. */
    static List<String> findings(String json) {
        List<String> out = new ArrayList<>();
        for (SingleValidationMessage m : VALIDATOR.validateWithResult(json).getMessages()) {
            String text = m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
            if (ACCEPTED.stream().noneMatch(a -> a.severity() == m.getSeverity() && a.message().matcher(m.getMessage()).matches())) {
                out.add(text);
            }
        }
        return out;
    }

    private static List<String> ids(JsonNode bundle) {
        List<String> ids = new ArrayList<>();
        bundle.path("entry").forEach(e -> ids.add(e.path("resource").path("id").asText()));
        return ids;
    }

    private static String link(JsonNode bundle, String relation) {
        for (JsonNode l : bundle.path("link")) {
            if (l.path("relation").asText().equals(relation)) {
                return l.path("url").asText();
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode concepts, String system) {
        List<String> codes = new ArrayList<>();
        concepts.forEach(c -> {
            assertEquals(system, c.path("coding").get(0).path("system").asText());
            codes.add(c.path("coding").get(0).path("code").asText());
        });
        return codes;
    }

    private static String telecom(JsonNode resource, String system) {
        for (JsonNode t : resource.path("telecom")) {
            if (t.path("system").asText().equals(system)) {
                return t.path("value").asText();
            }
        }
        return null;
    }

    private static JsonNode extension(JsonNode resource, String url) {
        for (JsonNode e : resource.path("extension")) {
            if (e.path("url").asText().equals(url)) {
                return e;
            }
        }
        throw new AssertionError("no extension " + url + " in " + resource);
    }

    private static <T> void assertThat(T actual, org.hamcrest.Matcher<? super T> matcher) {
        org.hamcrest.MatcherAssert.assertThat(actual, matcher);
    }

    private static FhirValidator validator() {
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(FHIR);
        ours.addCodeSystem(codeSystem(Fhir.LEVEL_OF_CARE_SYSTEM, "LevelOfCare", Arrays.stream(LevelOfCare.values())
                .map(l -> new String[] {l.name(), LevelOfCareFacts.of(l).in(Language.EN).name()}).toList()));
        ours.addCodeSystem(codeSystem(Fhir.CONDITION_SYSTEM, "Condition", Arrays.stream(Condition.values())
                .map(c -> new String[] {c.name(), FhirDirectory.conditionName(c)}).toList()));
        ValidationSupportChain support = new ValidationSupportChain(ours, new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR));
        FhirInstanceValidator instance = new FhirInstanceValidator(support);
        instance.setErrorForUnknownProfiles(false);
        return FHIR.newValidator().registerValidatorModule(instance);
    }

    /** Our code system as the README publishes it: every constant of the vocabulary, with its display. */
    private static CodeSystem codeSystem(String url, String name, List<String[]> concepts) {
        CodeSystem cs = new CodeSystem().setUrl(url).setName(name).setStatus(Enumerations.PublicationStatus.ACTIVE)
                .setContent(CodeSystem.CodeSystemContentMode.COMPLETE).setCaseSensitive(true);
        concepts.forEach(c -> {
            assertNotNull(c[1], c[0] + " has no display");
            cs.addConcept().setCode(c[0]).setDisplay(c[1]);
        });
        return cs;
    }
}
