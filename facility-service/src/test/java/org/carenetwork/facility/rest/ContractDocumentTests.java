package org.carenetwork.facility.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.carenetwork.common.web.Page;
import org.carenetwork.facility.api.FacilityPage;
import org.carenetwork.facility.api.FacilityView;
import org.carenetwork.facility.api.ListingReportPage;
import org.carenetwork.facility.api.ReportView;
import org.carenetwork.testing.ContractDocument;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's OpenAPI document, as it serves it, is its complete part of the one contract: every
 * operation named, tagged, answered with a schema and bounded (test-support's checker), its roles
 * those its resource method declares, and exactly the operations api-v1.md lists for the catalog.
 */
@QuarkusTest
class ContractDocumentTests {

    static final Set<String> OPERATION_IDS = Set.of("searchFacilities", "createFacility", "getFacility",
            "replaceFacility", "deleteFacility", "updateAvailability", "importFacilities", "reportListing",
            "listListingReports", "getListingReport", "resolveListingReport", "listListingReportQueue",
            "listOrganizations", "listLevelsOfCare", "listHsdsServices", "getHsdsService", "listHsdsOrganizations",
            "listHsdsLocations", "searchFhirHealthcareServices", "getFhirHealthcareService",
            "searchFhirLocations", "getFhirLocation", "searchFhirOrganizations", "getFhirOrganization");

    static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(GET.class, "get", POST.class, "post",
            PUT.class, "put", DELETE.class, "delete", PATCH.class, "patch");

    JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        String served = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        document = new ObjectMapper().readTree(served);
    }

    @Test
    void document_isComplete_andBounded() {
        List<String> problems = ContractDocument.problems(document);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void operationIds_areExactlyTheCatalogsOperations() {
        Set<String> documented = new TreeSet<>();
        operations().values().forEach(operation -> documented.add(operation.path("operationId").asText()));
        assertEquals(new TreeSet<>(OPERATION_IDS), documented);
    }

    @Test
    void everyOperation_saysWhoMayCallIt_asItsResourceMethodDoes() throws Exception {
        Map<String, JsonNode> operations = operations();
        Map<String, List<String>> declared = declaredRoles();
        assertEquals(operations.keySet(), declared.keySet(), "the document's operations and the resource methods");
        declared.forEach((operation, roles) -> {
            JsonNode documented = operations.get(operation);
            List<String> xRoles = new ArrayList<>();
            documented.path("x-roles").forEach(role -> xRoles.add(role.asText()));
            assertEquals(roles, xRoles.stream().sorted().toList(), operation + ": x-roles");
            String description = documented.path("description").asText();
            List<String> named = roles.isEmpty() ? List.of("ANONYMOUS", "CALL_CENTER", "ADMISSIONS", "PARTNER", "ADMIN") : roles;
            assertTrue(description.startsWith("Roles: "), operation + ": the description starts with its roles");
            String sentence = description.substring(0, description.indexOf('.'));
            assertEquals(new TreeSet<>(named), new TreeSet<>(Arrays.asList(sentence.substring(7).split(", "))),
                    operation + ": " + sentence);
        });
    }

    @Test
    void thePageSchemas_repeatCommonWebsPage() {
        for (Class<?> named : List.of(FacilityPage.class, ListingReportPage.class)) {
            RecordComponent[] page = Page.class.getRecordComponents();
            RecordComponent[] copy = named.getRecordComponents();
            // FacilityPage adds one field after Page's: whether the total is an estimate.
            int added = named == FacilityPage.class ? 1 : 0;
            assertEquals(page.length + added, copy.length, named.getSimpleName());
            for (int i = 0; i < page.length; i++) {
                assertEquals(page[i].getName(), copy[i].getName(), named.getSimpleName());
                assertEquals(page[i].getType(), copy[i].getType(), named.getSimpleName() + "." + copy[i].getName());
                assertEquals(page[i].getAnnotation(Schema.class), copy[i].getAnnotation(Schema.class),
                        named.getSimpleName() + "." + copy[i].getName());
            }
        }
        RecordComponent estimate = FacilityPage.class.getRecordComponents()[Page.class.getRecordComponents().length];
        assertEquals("totalIsEstimate", estimate.getName());
        assertEquals(boolean.class, estimate.getType());
        JsonNode required = document.path("components").path("schemas").path("FacilityPage").path("required");
        assertTrue(required.toString().contains("\"totalIsEstimate\""), "totalIsEstimate is always sent: " + required);
        Class<?> items = (Class<?>) ((ParameterizedType) FacilityPage.class.getRecordComponents()[0].getGenericType())
                .getActualTypeArguments()[0];
        assertEquals(FacilityView.class, items);
        items = (Class<?>) ((ParameterizedType) ListingReportPage.class.getRecordComponents()[0].getGenericType())
                .getActualTypeArguments()[0];
        assertEquals(ReportView.class, items);
    }

    /** "METHOD /path" → the document's operation. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (HTTP_METHODS.containsValue(op.getKey())) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        assertFalse(operations.isEmpty(), "the document has no operations");
        return operations;
    }

    /** "METHOD /path" → the roles its resource method allows, sorted (none: @PermitAll), over every resource class. */
    private static Map<String, List<String>> declaredRoles() throws Exception {
        Map<String, List<String>> declared = new TreeMap<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String http = HTTP_METHODS.entrySet().stream().filter(e -> method.isAnnotationPresent(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = sub == null ? base : base.replaceAll("/$", "") + "/" + sub.value().replaceAll("^/", "");
                RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
                assertTrue(roles != null || method.isAnnotationPresent(PermitAll.class),
                        method + " says nothing of who may call it");
                declared.put(http.toUpperCase() + " " + path,
                        roles == null ? List.of() : Arrays.stream(roles.value()).sorted().toList());
            }
        }
        return declared;
    }

    /** The JAX-RS resources of the rest package, found on disk so that a new one cannot be left out. */
    private static List<Class<?>> resourceClasses() throws ClassNotFoundException {
        String pkg = ContractDocumentTests.class.getPackageName();
        URL main = FacilityResource.class.getResource(FacilityResource.class.getSimpleName() + ".class");
        assertNotNull(main);
        File[] files = new File(main.getPath()).getParentFile().listFiles((dir, name) -> name.endsWith(".class"));
        assertNotNull(files);
        List<Class<?>> resources = new ArrayList<>();
        for (File file : files) {
            Class<?> type = Class.forName(pkg + "." + file.getName().replace(".class", ""));
            if (type.isAnnotationPresent(Path.class)) {
                resources.add(type);
            }
        }
        assertFalse(resources.isEmpty(), "no resource class found");
        return resources;
    }
}
