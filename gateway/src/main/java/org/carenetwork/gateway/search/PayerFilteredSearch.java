package org.carenetwork.gateway.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.gateway.client.FacilityBackend;
import org.carenetwork.gateway.client.InsuranceBackend;
import org.carenetwork.gateway.client.Passthrough;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@code GET /facilities?payer=...}: insurance-service names the facilities in network for the
 * payer (and plan type and level, when given), then facility-service searches among them, so
 * paging and totals stay right. Without insurance-service the filter cannot be honoured: 503.
 */
@ApplicationScoped
public class PayerFilteredSearch {

    /** An id no facility has: the search among no facilities. */
    static final String NO_FACILITY = "00000000-0000-0000-0000-000000000000";

    @RestClient
    FacilityBackend facilities;

    @RestClient
    InsuranceBackend insurance;

    @Inject
    ObjectMapper json;

    public Uni<Response> search(MultivaluedMap<String, String> original) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>(original);
        String payer = query.getFirst("payer");
        String planType = query.getFirst("planType");
        query.remove("payer");
        query.remove("planType");
        if (payer == null || payer.isBlank()) {
            throw ProblemException.badField("payer", "must name a payer id from /payers");
        }
        ObjectNode check = json.createObjectNode().put("payer", payer).put("asOf", LocalDate.now().toString());
        if (planType != null) {
            check.put("planType", planType);
        }
        List<String> levels = query.get("levelOfCare");
        if (levels != null && levels.size() == 1) {
            check.put("levelOfCare", levels.get(0));
        }
        return insurance.networkChecks(bytes(check))
                .onFailure(Passthrough::isUnavailability).transform(e -> Passthrough.unavailable("insurance service"))
                .chain(response -> {
                    Set<String> inNetwork = inNetworkIds(response);
                    if (inNetwork.isEmpty()) {
                        // Still asked, so the other filters are checked (a bad one is a 400 whatever the payer)
                        // and the empty page carries the caller's paging.
                        inNetwork = Set.of(NO_FACILITY);
                    }
                    inNetwork.forEach(id -> query.add("id", id));
                    return Passthrough.relay("facility service", () -> facilities.search(query));
                });
    }

    private Set<String> inNetworkIds(Response response) {
        try (response) {
            byte[] body = response.readEntity(byte[].class);
            if (response.getStatus() >= 500) {
                throw Passthrough.unavailable("insurance service");
            }
            JsonNode root = json.readTree(body);
            if (response.getStatus() >= 400) {
                throw new ProblemException(response.getStatus(), root.path("title").asText("Invalid request"),
                        root.path("detail").asText("The payer filter was refused"));
            }
            JsonNode results = root.isArray() ? root : root.path("results");
            Set<String> ids = new LinkedHashSet<>();
            for (JsonNode r : results) {
                if ("IN_NETWORK".equals(r.path("status").asText())) {
                    ids.add(r.path("facilityId").asText());
                }
            }
            return ids;
        } catch (IOException e) {
            throw Passthrough.unavailable("insurance service");
        }
    }

    private byte[] bytes(JsonNode node) {
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
