package org.carenetwork.referral.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;
import org.carenetwork.vocabulary.LevelOfCare;

/** The part of facility-service's {@code Facility} a referral needs: its name and the levels its programs run. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FacilityAnswer(UUID id, String name, List<Program> programs) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Program(LevelOfCare levelOfCare) {
    }

    public List<LevelOfCare> levels() {
        return programs == null ? List.of() : programs.stream().map(Program::levelOfCare).toList();
    }
}
