package org.carenetwork.facility.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /facilities/{id}/programs/{levelOfCare}/availability}: today's openings, confirmed now. */
public record AvailabilityInput(@NotNull @Min(0) @Max(10000) Integer openings, @NotNull Boolean acceptingNewPatients) {
}
