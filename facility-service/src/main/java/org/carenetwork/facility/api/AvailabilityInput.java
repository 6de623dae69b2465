package org.carenetwork.facility.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PUT /facilities/{id}/programs/{levelOfCare}/availability}: today's openings, confirmed now.
 * {@code version} (optional) is the facility's version the caller read: when given, the write is
 * refused with 409 if someone changed the facility since, instead of overwriting what they wrote.
 */
@Schema(name = "AvailabilityInput", description = "Today's openings of one program, confirmed now.")
public record AvailabilityInput(
        @NotNull @Min(0) @Max(10000) @Schema(example = "3") Integer openings,
        @NotNull @Schema(description = "False while the program takes no new patients, whatever its openings.")
        Boolean acceptingNewPatients,
        @Min(0) @Schema(maximum = ApiBounds.MAX_LONG, description = "The facility's `version` read: when given, a stale one "
                + "is a 409 instead of overwriting what someone else confirmed. Without it (and without `If-Match`), the "
                + "latest confirmation wins.")
        Long version) {
}
