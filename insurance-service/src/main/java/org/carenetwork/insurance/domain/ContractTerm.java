package org.carenetwork.insurance.domain;

import java.time.LocalDate;
import org.carenetwork.vocabulary.PlanType;

/** The part of a contract a network answer needs: for whom, and between which dates (both inclusive; {@code to} null = open-ended). */
public record ContractTerm(PlanType planType, LocalDate from, LocalDate to) {

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
