package org.carenetwork.insurance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.carenetwork.vocabulary.PlanType;

/** A payer the network knows (reference data from the migrations; read-only here). */
@Entity
@Table(name = "payer")
public class Payer extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    public String[] aliases;

    @Column(name = "edi_payer_ids")
    public String[] ediPayerIds;

    @Column(name = "plan_types")
    public String[] planTypes;

    @Column(name = "sort_order")
    public int sortOrder;

    public List<PlanType> planTypeList() {
        return Arrays.stream(planTypes).map(PlanType::valueOf).toList();
    }

    public boolean offers(PlanType planType) {
        return planTypeList().contains(planType);
    }

    /** Everything a person might type for this payer: its id, name and aliases. */
    public List<String> names() {
        return Stream.concat(Stream.of(id, name), Arrays.stream(aliases)).toList();
    }
}
