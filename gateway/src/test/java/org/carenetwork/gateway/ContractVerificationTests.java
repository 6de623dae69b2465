package org.carenetwork.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.carenetwork.gateway.client.AssessmentClient;
import org.carenetwork.gateway.client.Backend;
import org.carenetwork.gateway.client.FacilityClient;
import org.carenetwork.gateway.client.InsuranceClient;
import org.carenetwork.gateway.client.assessment.model.Assessment;
import org.carenetwork.gateway.client.facility.model.Facility;
import org.carenetwork.gateway.client.facility.model.FacilityPage;
import org.carenetwork.gateway.client.insurance.model.NetworkCheckInput;
import org.carenetwork.gateway.client.insurance.model.NetworkCheckResult;
import org.carenetwork.gateway.client.insurance.model.NetworkResult;
import org.carenetwork.gateway.contract.ServiceContracts;
import org.carenetwork.testing.ServiceProcess;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

/**
 * The gateway's expectations of each service, replayed against the real, running service: the
 * calls its own code makes through the typed clients (generated from the contracts it was built
 * with), and what it reads from the answers. A service that changes what the gateway relies on
 * fails here (or, for a renamed field or parameter, fails the gateway's build). And each running
 * service serves the very contract the gateway was built with, so the two cannot have drifted.
 */
@QuarkusTest
class ContractVerificationTests {

    @RestClient
    FacilityClient facilities;

    @RestClient
    AssessmentClient assessments;

    @RestClient
    InsuranceClient insurance;

    @Test
    void everyService_servesTheContractTheGatewayWasBuiltWith() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        for (Backend backend : Backend.values()) {
            String url = ServiceProcess.backend(backend.key()).url() + "/q/openapi?format=json";
            HttpResponse<String> served = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, served.statusCode(), url);
            JsonNode running = json.readTree(served.body());
            JsonNode built = ServiceContracts.read(backend);
            assertEquals(built.path("paths"), running.path("paths"), backend.key() + ": operations");
            assertEquals(built.path("components"), running.path("components"), backend.key() + ": schemas");
        }
    }

    /** The care match's search: sites by level around a point, nearest first, each with its programs and distance. */
    @Test
    void facilityService_searchesAsTheCareMatchAsks() throws Exception {
        UUID site = Catalog.site("Contract Search Site", 46.81, -100.78, "IOP", 3);
        FacilityPage page = facilities.searchFacilities(false, null, null, null, null, null, 46.81, List.of(LevelOfCare.IOP),
                -100.78, null, 0, null, null, null, 5.0, null, 100, null, null, null).toCompletableFuture().get(30, TimeUnit.SECONDS);
        Facility found = page.getItems().stream().filter(f -> site.equals(f.getId())).findFirst().orElseThrow();
        assertNotNull(found.getDistanceMiles(), "a distance search gives each site its distance");
        assertEquals(LevelOfCare.IOP, found.getPrograms().get(0).getLevelOfCare());
        assertEquals(3, found.getPrograms().get(0).getOpenings());
        assertTrue(page.getTotal() >= 1);
    }

    /** The care match's read of an assessment: crisis, the level, detox first, the step-down level, by its token. */
    @Test
    void assessmentService_givesTheRecommendationTheCareMatchReads() throws Exception {
        JsonPath created = CareMatchTests.assess(Map.of(), Map.of("WITHDRAWAL", Map.of("substance", "OPIOIDS",
                "recentUse", "MOST_DAYS", "withdrawal", "UNWELL", "seizureHistory", "NO")));
        Assessment read = assessments.getAssessment(UUID.fromString(created.getString("id")), created.getString("accessToken"))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertFalse(read.getCrisis());
        assertEquals(LevelOfCare.DETOX, read.getRecommendation().getLevelOfCare());
        assertTrue(read.getRecommendation().getWithdrawalManagement());
        assertNotNull(read.getRecommendation().getNextLevelOfCare(), "after detox, a level to step down to");
        assertFalse(read.getCrisisResources().isEmpty(), "the crisis lines come with every assessment");
    }

    /** The care match's and the payer search's network check: one result per facility and level, with a status. */
    @Test
    void insuranceService_checksTheNetworkAsTheGatewayAsks() throws Exception {
        UUID site = Catalog.site("Contract Network Site", 46.9, -100.9, "IOP", 1);
        Catalog.contract("aetna", "PPO", site, "IOP");
        NetworkCheckResult answer = insurance.checkNetwork(new NetworkCheckInput().payer("aetna").facilityIds(List.of(site)))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        NetworkResult iop = answer.getResults().stream()
                .filter(r -> site.equals(r.getFacilityId()) && r.getLevelOfCare() == LevelOfCare.IOP).findFirst().orElseThrow();
        assertEquals(NetworkStatus.IN_NETWORK, iop.getStatus());
        assertNotNull(iop.getReason());

        NetworkCheckResult everyContracted = insurance.checkNetwork(new NetworkCheckInput().payer("aetna").facilityIds(null)
                .levelOfCare(LevelOfCare.IOP)).toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertTrue(everyContracted.getResults().stream().anyMatch(r -> site.equals(r.getFacilityId())
                && r.getStatus() == NetworkStatus.IN_NETWORK), "without facilityIds: every contracted facility");
    }
}
