package org.carenetwork.gateway.carematch;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.carenetwork.vocabulary.AgeGroup;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.PlanType;
import org.carenetwork.vocabulary.Population;
import org.carenetwork.vocabulary.Schedule;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "Where can this person go": a level (or the assessment that gives one), who the person is, a
 * place, a payer, and the search's own filters. A field this schema does not have is a 400 naming
 * it (StrictJson), never dropped.
 */
@Schema(name = "CareMatchInput", description = "Give `assessmentId` or `levelOfCare`; and `lat` with `lon`, or `zip`. "
        + "With both `assessmentId` and `levelOfCare`, the level given wins (a clinician's override) and the answer says so "
        + "(`levelOfCareFrom: REQUEST`); crisis and detox-first still come from the assessment. The filters "
        + "(`population`, `paymentType`, `condition`, `medication`, `language`, `schedule`, `acceptingNow`) are the facility "
        + "search's, with its meaning: a site matches when one of its programs at the level has any of the values.")
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
        @Schema(description = "Instead of `lat` and `lon`: a US ZIP code (5 digits or ZIP+4; the first five are used), "
                + "searched around its centroid.", example = "43604", maxLength = 10, pattern = "^[0-9]{5}(-[0-9]{4})?$")
        @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?", message = "must be a US ZIP code: 5 digits, or ZIP+4 (43604-1234)") String zip,
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
        Boolean acceptingNow,
        @Schema(description = "Whose care it is, when no assessment is named (with one, the assessment's age group is "
                + "used, and a different one here is a 400). `ADOLESCENT`: only programs for adolescents; `ADULT` "
                + "(the default): no program for adolescents only.")
        AgeGroup ageGroup,
        @Schema(description = "Groups a program is designed for; any of them (as the search's `population`).", maxItems = 16)
        @Size(max = 16) List<@NotNull Population> population,
        @Schema(description = "What the site accepts at all (as the search's `paymentType`).", maxItems = 16)
        @Size(max = 16) List<@NotNull PaymentType> paymentType,
        @Schema(description = "Conditions a program treats; any of them (as the search's `condition`).", maxItems = 16)
        @Size(max = 16) List<@NotNull Condition> condition,
        @Schema(description = "Medications for addiction treatment the site offers; any of them (as the search's "
                + "`medication`).", maxItems = 8)
        @Size(max = 8) List<@NotNull Medication> medication,
        @Schema(description = "Languages spoken, as ISO 639 codes; any of them (as the search's `language`).", maxItems = 10,
                type = SchemaType.ARRAY, implementation = LanguageCode.class)
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Za-z]{2,3}", message = "must be an ISO 639 code such as es")
                String> language) {

    /** The schema of one language code (as the facility search's). */
    @Schema(name = "CareMatchLanguage", type = SchemaType.STRING, maxLength = 3, pattern = "^[A-Za-z]{2,3}$",
            example = "es", description = "An ISO 639 language code.")
    static final class LanguageCode {
        private LanguageCode() {
        }
    }

    /** The five-digit ZIP code the catalog places; null without one. */
    public String zip5() {
        return zip == null ? null : zip.substring(0, 5);
    }

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
