package org.carenetwork.insurance.api;

import java.util.List;
import org.carenetwork.insurance.domain.Payer;
import org.carenetwork.vocabulary.PlanType;

/** A payer as the API shows it. */
public record PayerView(String id, String name, List<String> aliases, List<String> ediPayerIds,
                        List<PlanType> planTypes) {

    public static PayerView of(Payer p) {
        return new PayerView(p.id, p.name, List.of(p.aliases), List.of(p.ediPayerIds), p.planTypeList());
    }
}
