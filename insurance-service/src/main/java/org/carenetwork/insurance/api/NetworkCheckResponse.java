package org.carenetwork.insurance.api;

import java.time.LocalDate;
import java.util.List;
import org.carenetwork.insurance.domain.NetworkResult;
import org.carenetwork.vocabulary.PlanType;

/** The envelope of {@code POST /network-checks}: the question as understood, and one result per facility and level. */
public record NetworkCheckResponse(String payer, PlanType planType, LocalDate asOf, List<NetworkResult> results) {
}
