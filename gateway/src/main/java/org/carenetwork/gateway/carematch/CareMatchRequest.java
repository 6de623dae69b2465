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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** "Where can this person go": a level (or the assessment that gives one), a place, and a payer. */
@Schema(name = "CareMatchInput", description = "Give `assessmentId` or `levelOfCare`; and `lat` with `lon`, or `zip`.")
public record CareMatchRequest(
        @Schema(description = "An assessment's id (from `POST /assessments`): its recommendation gives the level and "
                + "whether detox comes first. Reading it needs `X-Assessment-Token`, or a CALL_CENTER or ADMISSIONS role.",
                format = "uuid", maxLength = 64)
        @Size(max = 64) String assessmentId,
        @Schema(description = "The level to look for, when there is no assessment (or to override its level).")
        LevelOfCare levelOfCare,
        @Schema(description = "Latitude of the person (with `lon`).", example = "41.65")
        @DecimalMin("-90") @DecimalMax("90") Double lat,
        @Schema(description = "Longitude of the person (with `lat`).", example = "-83.54")
        @DecimalMin("-180") @DecimalMax("180") Double lon,
        @Schema(description = "Instead of `lat` and `lon`: a US ZIP code, searched around its centroid.", example = "43604",
                maxLength = 5)
        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit US ZIP code") String zip,
        @Schema(description = "How far to look, in miles (default 50).", defaultValue = "50")
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("500") Double radiusMiles,
        @Schema(description = "A payer id from `GET /payers`; without it every match's network status is UNKNOWN.",
                example = "aetna", maxLength = 64)
        @Size(max = 64) String payer,
        @Schema(description = "The person's plan type with that payer; absent: any plan of the payer.")
        PlanType planType,
        @Schema(description = "Only programs with sessions at these times.", maxItems = 3)
        @Size(max = 3) List<@NotNull Schedule> schedule,
        @Schema(description = "`true`: only sites with openings now.")
        Boolean acceptingNow) {

    @AssertTrue(message = "give assessmentId or levelOfCare")
    @Schema(hidden = true)
    public boolean isLevelOfCareOrAssessmentId() {
        return assessmentId != null || levelOfCare != null;
    }

    @AssertTrue(message = "give lat and lon together, or zip")
    @Schema(hidden = true)
    public boolean isLocation() {
        boolean point = lat != null && lon != null;
        boolean half = (lat == null) != (lon == null);
        return !half && (point || zip != null);
    }
}
