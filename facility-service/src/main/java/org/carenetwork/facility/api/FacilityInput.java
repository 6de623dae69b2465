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

/**
 * The body of {@code POST /facilities} and {@code PUT /facilities/{id}}: the whole catalog entry.
 * Openings are not part of it (they change through the availability endpoint), so a client may
 * send back what it read: fields it cannot set are ignored. {@code version} is the optimistic
 * lock of a PUT when no {@code If-Match} is sent.
 */
public record FacilityInput(
        @NotBlank @Size(max = 300) String name,
        UUID organizationId,
        @NotNull @Valid Address address,
        @Valid Location location,
        @Size(max = 60) String phone,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Size(max = 64) String timezone,
        @Size(max = 2000) String note,
        @Size(max = 8) List<@NotNull PaymentType> paymentTypes,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code") String> languages,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> accreditations,
        @Size(max = 7) List<@NotNull @Valid ProgramInput> programs,
        Source source,
        @Min(0) Long version) {

    public record Address(@Size(max = 200) String line1, @Size(max = 200) String line2,
                          @NotBlank @Size(max = 100) String city,
                          @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
                          @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?", message = "must be a US ZIP code") String postalCode) {
    }

    public record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
                           @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {
    }

    public record ProgramInput(
            @NotNull LevelOfCare levelOfCare,
            @Size(max = 10) String asamLevel,
            @Size(max = 3) List<@NotNull Schedule> schedules,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("168") BigDecimal hoursPerWeek,
            @Size(max = 16) List<@NotNull Population> populations,
            @Size(max = 9) List<@NotNull Condition> conditions,
            @Size(max = 10) List<@NotNull Therapy> therapies,
            @Size(max = 3) List<@NotNull Medication> medications) {
    }
}
