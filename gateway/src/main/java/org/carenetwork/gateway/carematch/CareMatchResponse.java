package org.carenetwork.gateway.carematch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.carenetwork.gateway.client.facility.model.Facility;
import org.carenetwork.vocabulary.AgeGroup;
import org.carenetwork.vocabulary.CrisisResource;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The care match. A crisis answer leads with the crisis message and resources and lists no
 * facility, so no level of care can be read as enough for someone at imminent risk.
 */
@JsonPropertyOrder({"crisis", "crisisMessage", "crisisResources", "levelOfCare", "levelOfCareFrom", "ageGroup",
        "withdrawalManagement", "matches", "degraded"})
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CareMatch", description = "Where this person can go, best first; or, in a crisis, where to call now.")
public record CareMatchResponse(
        @Schema(required = true, description = "True when the assessment signals imminent risk: then the message and the "
                + "crisis lines come first and there are no matches.") boolean crisis,
        @Schema(maxLength = 300, description = "Only in a crisis answer, to be shown first.") String crisisMessage,
        @Schema(maxItems = 10, description = "Only in a crisis answer: 988 and 911 first.") List<CrisisResource> crisisResources,
        @Schema(description = "The level looked for (from the assessment, or as given); absent in a crisis answer.")
        LevelOfCare levelOfCare,
        @Schema(name = "levelOfCareFrom", description = "Where `levelOfCare` came from: the assessment's recommendation, or "
                + "the request's `levelOfCare` (which wins when both are given); absent with no level or in a crisis answer.")
        LevelFrom levelOfCareFrom,
        @Schema(description = "The age group matched for (the assessment's, or as given; ADULT by default); absent in a "
                + "crisis answer.")
        AgeGroup ageGroup,
        @Schema(description = "Whether detox comes first (from the assessment); absent in a crisis answer.")
        Boolean withdrawalManagement,
        @Schema(required = true, maxItems = 100, description = "Ranked: sites running detox first when detox comes first, "
                + "then in network, unknown, out of network; then more openings (unknown openings after known ones, full sites "
                + "last); then nearer. Only sites with a program at the level for this person's age group (and populations "
                + "asked for).") List<Match> matches,
        @Schema(required = true, maxItems = 2, description = "Services that could not answer; what they would have "
                + "added is missing or UNKNOWN.")
        List<Degraded> degraded) {

    /** Where the level looked for came from. */
    @Schema(name = "LevelOfCareFrom")
    public enum LevelFrom {
        ASSESSMENT, REQUEST
    }

    /** A service whose part of the answer is missing: named as its key (the one the gateway's settings use). */
    @Schema(name = "DegradedService", enumeration = {"assessment-service", "insurance-service"})
    public enum Degraded {
        ASSESSMENT("assessment-service"), INSURANCE("insurance-service");

        private final String key;

        Degraded(String key) {
            this.key = key;
        }

        @JsonValue
        public String key() {
            return key;
        }
    }

    /** One facility: the catalog's own record, distance, network status for the person's plan, openings. */
    @Schema(name = "CareMatchItem")
    public record Match(
            @Schema(required = true, ref = "Facility", description = "The catalog's record of the site, as `GET "
                    + "/facilities/{id}` gives it.") Facility facility,
            @Schema(required = true, nullable = true, minimum = "0", maximum = "500", description = "Miles from the person.")
            Double distanceMiles,
            @Schema(required = true) Network network,
            @Schema(required = true, nullable = true, minimum = "0", maximum = "100000", description = "Openings across "
                    + "the matching programs whose openings are known; null when none of them says (a directory listing). "
                    + "Ranked: openings first, then unknown, then full.") Integer openings) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "MatchNetwork", description = "The site's network status for the person's payer and plan type.")
    public record Network(
            @Schema(required = true) NetworkStatus status,
            @Schema(maxLength = 500, description = "Why, in words a caller can read aloud.") String reason,
            @Schema(description = "The level of care the status is for.") LevelOfCare levelOfCare,
            @Schema(description = "When the contract that decides it starts.") LocalDate effectiveFrom,
            @Schema(description = "When that contract ends; absent: open-ended.") LocalDate effectiveTo) {
    }
}
