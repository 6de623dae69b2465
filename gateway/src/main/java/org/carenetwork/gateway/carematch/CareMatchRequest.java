package org.carenetwork.gateway.carematch;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.carenetwork.vocabulary.Schedule;

/** "Where can this person go": a level (or the assessment that gives one), a place, and a payer. */
public record CareMatchRequest(
        @Size(max = 64) String assessmentId,
        LevelOfCare levelOfCare,
        @DecimalMin("-90") @DecimalMax("90") Double lat,
        @DecimalMin("-180") @DecimalMax("180") Double lon,
        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit US ZIP code") String zip,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("500") Double radiusMiles,
        @Size(max = 64) String payer,
        PlanType planType,
        @Size(max = 3) List<@NotNull Schedule> schedule,
        Boolean acceptingNow) {

    @AssertTrue(message = "give assessmentId or levelOfCare")
    public boolean isLevelOfCareOrAssessmentId() {
        return assessmentId != null || levelOfCare != null;
    }

    @AssertTrue(message = "give lat and lon together, or zip")
    public boolean isLocation() {
        boolean point = lat != null && lon != null;
        boolean half = (lat == null) != (lon == null);
        return !half && (point || zip != null);
    }
}
