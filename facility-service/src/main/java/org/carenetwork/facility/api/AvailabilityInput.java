package org.carenetwork.facility.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code PUT /facilities/{id}/programs/{levelOfCare}/availability}: today's openings, confirmed now.
 * {@code version} (optional) is the facility's version the caller read: when given, the write is
 * refused with 409 if someone changed the facility since, instead of overwriting what they wrote.
 */
public record AvailabilityInput(@NotNull @Min(0) @Max(10000) Integer openings, @NotNull Boolean acceptingNewPatients,
                                @Min(0) Long version) {
}
