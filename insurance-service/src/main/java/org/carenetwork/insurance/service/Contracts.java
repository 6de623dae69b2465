package org.carenetwork.insurance.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.insurance.api.ContractRequest;
import org.carenetwork.insurance.api.ContractView;
import org.carenetwork.insurance.domain.NetworkContract;
import org.carenetwork.insurance.domain.Payer;
import org.carenetwork.vocabulary.LevelOfCare;

/** Writes and lists network contracts. Facility existence is checked by the caller, outside the transaction. */
@ApplicationScoped
public class Contracts {

    @Inject
    Payers payers;

    @Inject
    EntityManager em;

    public record Saved(ContractView contract, boolean created) {
    }

    /** Creates or replaces contract {@code id}; refuses dates out of order and an overlap with another contract for the same key. */
    @Transactional
    public Saved put(UUID id, ContractRequest r, String who) {
        Payer payer = payers.resolve(r.payer())
                .orElseThrow(() -> ProblemException.unprocessable("payer", "is not a known payer; see /payers"));
        if (!payer.offers(r.planType())) {
            throw ProblemException.unprocessable("planType", payer.name + " has no " + r.planType() + " plans; it offers "
                    + payer.planTypeList());
        }
        if (r.effectiveTo() != null && r.effectiveTo().isBefore(r.effectiveFrom())) {
            throw ProblemException.unprocessable("effectiveTo", "must not be before effectiveFrom (" + r.effectiveFrom() + ")");
        }
        // Writers of the same key queue here, so the overlap check below cannot race another writer.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", payer.id + "|" + r.planType() + "|" + r.facilityId() + "|" + r.levelOfCare())
                .getSingleResult();
        List<NetworkContract> sameKey = NetworkContract.list(
                "payerId = :payer and planType = :plan and facilityId = :facility and levelOfCare = :level and id <> :id",
                Parameters.with("payer", payer.id).and("plan", r.planType()).and("facility", r.facilityId())
                        .and("level", r.levelOfCare()).and("id", id));
        for (NetworkContract other : sameKey) {
            if (other.overlaps(r.effectiveFrom(), r.effectiveTo())) {
                throw ProblemException.conflict("The dates overlap contract " + other.id + " (" + other.effectiveFrom + " to "
                        + (other.effectiveTo == null ? "open-ended" : other.effectiveTo) + ") for the same payer, plan type, "
                        + "facility and level of care");
            }
        }
        NetworkContract c = NetworkContract.findById(id);
        boolean created = c == null;
        if (created) {
            c = new NetworkContract();
            c.id = id;
        }
        c.payerId = payer.id;
        c.planType = r.planType();
        c.facilityId = r.facilityId();
        c.levelOfCare = r.levelOfCare();
        c.effectiveFrom = r.effectiveFrom();
        c.effectiveTo = r.effectiveTo();
        c.updatedAt = Instant.now();
        c.updatedBy = who;
        if (created) {
            c.persist();
        }
        em.flush();
        return new Saved(ContractView.of(c), created);
    }

    public ContractView get(UUID id) {
        return NetworkContract.<NetworkContract>findByIdOptional(id).map(ContractView::of)
                .orElseThrow(() -> ProblemException.notFound("Network contract", id));
    }

    public org.carenetwork.common.web.Page<ContractView> list(String payer, UUID facilityId, LevelOfCare level, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (payer != null && !payer.isBlank()) {
            where.add("payerId = :payer");
            params.and("payer", payers.resolve(payer).map(p -> p.id).orElse(payer));
        }
        if (facilityId != null) {
            where.add("facilityId = :facility");
            params.and("facility", facilityId);
        }
        if (level != null) {
            where.add("levelOfCare = :level");
            params.and("level", level);
        }
        var query = NetworkContract.<NetworkContract>find(String.join(" and ", where.isEmpty() ? List.of("1 = 1") : where),
                Sort.by("payerId").and("facilityId").and("levelOfCare").and("planType").and("effectiveFrom"), params);
        List<ContractView> items = query.page(Page.of(page, size)).list().stream().map(ContractView::of).toList();
        return new org.carenetwork.common.web.Page<>(items, page, size, query.count());
    }
}
