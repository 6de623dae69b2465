package org.carenetwork.facility.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.carenetwork.facility.domain.Source;
import org.carenetwork.vocabulary.Condition;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.Medication;
import org.carenetwork.vocabulary.PaymentType;
import org.carenetwork.vocabulary.Population;
import org.carenetwork.vocabulary.Schedule;
import org.carenetwork.vocabulary.Therapy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /facilities} and {@code PUT /facilities/{id}}: the whole catalog entry.
 * Openings are not part of it (they change through the availability endpoint), so a client may
 * send back what it read: fields it cannot set are ignored. {@code version} is the optimistic
 * lock of a PUT when no {@code If-Match} is sent. Patterns are anchored so the document states
 * exactly what {@code matches()} checks.
 */
@Schema(name = "FacilityInput", description = "The whole catalog entry of a site. Fields a client cannot set (openings, "
        + "timestamps, `id`) are ignored, so a client may send back what it read.")
public record FacilityInput(
        @NotBlank @Size(max = 300) @Schema(example = "Midwest Recovery Center") String name,
        @Schema(description = "An organization from `GET /organizations`; one that does not exist is a 422.")
        UUID organizationId,
        @NotNull @Valid Address address,
        @Valid @Schema(description = "Without it, the site never matches a distance search.") Location location,
        @Size(max = 60) @Schema(example = "+1-833-657-0858") String phone,
        @Size(max = 500) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL")
        @Schema(example = "https://www.midwestrecoverycenter.example")
        String website,
        @Size(max = 64) @Schema(description = "The site's IANA time zone.", example = "America/New_York") String timezone,
        @Size(max = 2000) String note,
        @Size(max = 8) List<@NotNull PaymentType> paymentTypes,
        @Size(max = 20)
        @Schema(description = "Languages spoken, as lower-case ISO 639 codes (`es`; `ase` for American Sign Language).")
        List<@NotNull @Size(max = 3) @Pattern(regexp = "^[a-z]{2,3}$", message = "must be an ISO 639 language code")
                String> languages,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> accreditations,
        @Size(max = 7) @Schema(description = "The site's programs, one per level of care (a level listed twice is a 422). "
                + "On a replace, programs not listed are removed; the openings of those that stay are kept.")
        List<@NotNull @Valid ProgramInput> programs,
        @Schema(description = "`NETWORK` when absent on a create; kept as it was when absent on a replace.") Source source,
        @Min(0) @Schema(maximum = ApiBounds.MAX_LONG, description = "The `version` read: on a replace without `If-Match` "
                + "it is required, and a stale one is a 409. Ignored on a create.")
        Long version) {

    @Schema(name = "FacilityAddressInput", description = "The site's postal address.")
    public record Address(@Size(max = 200) @Schema(example = "1000 Example Ave") String line1,
                          @Size(max = 200) @Schema(description = "Suite, building or floor.") String line2,
                          @NotBlank @Size(max = 100) @Schema(example = "Toledo") String city,
                          @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be a two-letter state code")
                          @Schema(maxLength = 2, description = "Two-letter state code, upper case.", example = "OH")
                          String state,
                          @Pattern(regexp = "^[0-9]{5}(-[0-9]{4})?$",
                                  message = "must be a US ZIP code: 5 digits, or ZIP+4 (43604-1234)")
                          @Schema(maxLength = 10, description = "5 digits, or ZIP+4 (`43604-1234`), kept as given.",
                                  example = "43604")
                          String postalCode) {
    }

    @Schema(name = "FacilityLocationInput", description = "Where the site is, in WGS 84 degrees.")
    public record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "41.6528") Double lat,
                           @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "-83.5379") Double lon) {
    }

    @Schema(name = "ProgramInput", description = "One level of care the site runs. Its openings are not part of it: they "
            + "change through `PUT /facilities/{id}/programs/{levelOfCare}/availability`.")
    public record ProgramInput(
            @NotNull LevelOfCare levelOfCare,
            @Size(max = 10)
            @Schema(enumeration = {"1", "2.1", "2.5", "3.1", "3.3", "3.5", "3.7", "4", "1-WM", "2-WM", "3.2-WM", "3.7-WM",
                    "4-WM", "OTP"}, description = "The ASAM level; one that does not belong to the level of care is a 422 "
                    + "(DETOX: the `-WM` levels; INPATIENT: 4; RESIDENTIAL: 3.1 to 3.7; PHP: 2.5; IOP: 2.1; OP: 1 or OTP).",
                    example = "2.1")
            String asamLevel,
            @Size(max = 3) List<@NotNull Schedule> schedules,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("168")
            @Schema(description = "Hours of treatment a week, stored to 0.1: a PHP program runs at least 20, an IOP program "
                    + "fewer (else a 422).", example = "9")
            BigDecimal hoursPerWeek,
            @Size(max = 16) List<@NotNull Population> populations,
            @Size(max = 9) List<@NotNull Condition> conditions,
            @Size(max = 10) List<@NotNull Therapy> therapies,
            @Size(max = 3) List<@NotNull Medication> medications) {
    }
}
