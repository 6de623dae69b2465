package org.carenetwork.insurance.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;

/** The answer for one facility and level: the status, a reason a person can read, and the contract's dates when one is relevant. */
public record NetworkResult(UUID facilityId, LevelOfCare levelOfCare, NetworkStatus status, String reason,
                            LocalDate effectiveFrom, LocalDate effectiveTo) {
}
