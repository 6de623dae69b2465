package org.carenetwork.gateway.carematch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.carenetwork.vocabulary.LevelOfCare;

/**
 * The care match. A crisis answer leads with the crisis resources and lists no facility, so no
 * level of care can be read as enough for someone at imminent risk.
 */
@JsonPropertyOrder({"crisis", "crisisResources", "message", "levelOfCare", "withdrawalManagement", "matches", "degraded"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CareMatchResponse(boolean crisis, JsonNode crisisResources, String message,
                                LevelOfCare levelOfCare, Boolean withdrawalManagement,
                                List<Match> matches, List<String> degraded) {

    /** One facility: the catalog's own record, distance, network status for the person's plan, openings. */
    public record Match(JsonNode facility, Double distanceMiles, Network network, int openings) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Network(String status, String reason, String levelOfCare, String effectiveFrom, String effectiveTo) {
    }
}
