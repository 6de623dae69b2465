package org.carenetwork.insurance.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.carenetwork.common.crypto.FieldCipher;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Idempotency;
import org.carenetwork.insurance.api.CoverageRequestForm;
import org.carenetwork.insurance.api.CoverageRequestViews.Detail;
import org.carenetwork.insurance.api.CoverageRequestViews.Receipt;
import org.carenetwork.insurance.domain.CoverageRequest;
import org.carenetwork.insurance.domain.CoverageStatus;
import org.carenetwork.insurance.domain.NetworkResult;
import org.carenetwork.insurance.domain.Payer;
import org.carenetwork.insurance.domain.Phi;
import org.carenetwork.insurance.domain.PhiAccess;
import org.jboss.logging.Logger;

/** The coverage-request queue: intake from the form, the staff's reads (each audited) and the workflow. */
@ApplicationScoped
public class CoverageRequests {

    private static final Logger LOG = Logger.getLogger(CoverageRequests.class);

    @Inject
    Validator validator;

    @Inject
    Payers payers;

    @Inject
    NetworkChecks networkChecks;

    @Inject
    Phi phi;

    @Inject
    ObjectMapper json;

    @Inject
    FieldCipher cipher;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public record Submitted(Receipt receipt, boolean replayed) {
    }

    /**
     * Validates the whole form (every problem at once), then records it. With an Idempotency-Key,
     * the same key and body give back the first request instead of a second one, even when both
     * arrive at the same moment.
     */
    @Transactional
    public Submitted submit(CoverageRequestForm form, String idempotencyKey) {
        if (form == null) {
            throw ProblemException.badField("body", "is required: the coverage request form as JSON");
        }
        Idempotency.key(idempotencyKey);
        Payer payer = form.payer() == null ? null : payers.resolve(form.payer()).orElse(null);
        validate(form, payer);
        String hash = Idempotency.fingerprint(json, cipher, form, "coverage_request");
        if (idempotencyKey != null) {
            // Same-key submissions queue here; the second one then finds the first one's row.
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 1))")
                    .setParameter("key", idempotencyKey).getSingleResult();
            CoverageRequest first = CoverageRequest.find("idempotencyKey", idempotencyKey).firstResult();
            if (first != null) {
                if (!first.requestHash.equals(hash)) {
                    throw Idempotency.reusedForAnotherRequest();
                }
                return new Submitted(Receipt.of(first), true);
            }
        }
        String payerName = payer != null ? payer.id : form.payer().trim();
        NetworkResult network = form.facilityId() != null && form.levelOfCare() != null
                ? networkChecks.checkOne(payerName, form.planType(), form.facilityId(), form.levelOfCare())
                : null;
        CoverageRequest request = receive(form, payerName, FormRules.normalizeMemberId(form.memberId()),
                network, idempotencyKey, hash, clock.instant(), phi);
        request.persist();
        // Ids, codes and statuses only: nothing that identifies the person goes to the log.
        LOG.infof("coverage request %s received (payer %s, network %s)", request.id, payer != null ? payer.id : "unlisted",
                network == null ? "not asked" : network.status());
        return new Submitted(Receipt.of(request), false);
    }

    @Transactional
    public Detail read(UUID id, String who, String requestId) {
        CoverageRequest r = find(id, LockModeType.NONE);
        Detail detail = Detail.of(r, phi, true);
        PhiAccess.of(r.id, who, PhiAccess.Action.READ, clock.instant(), requestId).persist();
        return detail;
    }

    /** The queue, oldest first; every request on the page gets its own audit row. */
    @Transactional
    public org.carenetwork.common.web.Page<Detail> list(CoverageStatus status, int page, int size, String who, String requestId) {
        var query = status == null
                ? CoverageRequest.<CoverageRequest>findAll(Sort.by("receivedAt").and("id"))
                : CoverageRequest.<CoverageRequest>find("status", Sort.by("receivedAt").and("id"), status);
        List<CoverageRequest> rows = query.page(Page.of(page, size)).list();
        Instant now = clock.instant();
        List<Detail> items = new ArrayList<>();
        for (CoverageRequest r : rows) {
            items.add(Detail.of(r, phi, false));
            PhiAccess.of(r.id, who, PhiAccess.Action.LIST, now, requestId).persist();
        }
        return new org.carenetwork.common.web.Page<>(items, page, size, query.count());
    }

    @Transactional
    public Detail changeStatus(UUID id, CoverageStatus target, String note, String who, String requestId) {
        // Locked, so two staff moving the same request at once are applied one after the other.
        CoverageRequest r = find(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        CoverageStatus from = r.status;
        r.moveTo(target, who, note, now, phi);
        LOG.infof("coverage request %s moved from %s to %s by %s", r.id, from, target, who);
        em.flush();
        PhiAccess.of(r.id, who, PhiAccess.Action.UPDATE, now, requestId).persist();
        return Detail.of(r, phi, true);
    }

    private CoverageRequest find(UUID id, LockModeType lock) {
        CoverageRequest r = em.find(CoverageRequest.class, id, lock);
        if (r == null) {
            throw ProblemException.notFound("Coverage request", id);
        }
        return r;
    }

    private void validate(CoverageRequestForm form, Payer payer) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CoverageRequestForm> v : validator.validate(form)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        LocalDate today = LocalDate.now(clock);
        for (FieldError e : FormRules.check(form, payer == null ? null : payer.id, today, clock.instant())) {
            if (errors.stream().noneMatch(known -> known.field().equals(e.field()))) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw ProblemException.badFields(errors);
        }
    }

    /** A new request as the form sent it: PHI sealed, consent recorded, status RECEIVED. */
    private static CoverageRequest receive(CoverageRequestForm form, String payer, String memberId, NetworkResult network,
                                   String idempotencyKey, String requestHash, Instant now, Phi phi) {
        CoverageRequest r = new CoverageRequest();
        r.id = UUID.randomUUID();
        r.status = CoverageStatus.RECEIVED;
        r.seekingCareFor = form.seekingCareFor();
        r.firstName = phi.seal(CoverageRequest.FIRST_NAME, form.firstName().trim());
        r.lastName = phi.seal(CoverageRequest.LAST_NAME, form.lastName().trim());
        r.dateOfBirth = phi.seal(CoverageRequest.DATE_OF_BIRTH, form.dateOfBirth().toString());
        r.phone = phi.seal(CoverageRequest.PHONE, CoverageRequests.blankToNull(form.phone()));
        r.email = phi.seal(CoverageRequest.EMAIL, CoverageRequests.blankToNull(form.email()));
        r.preferredContact = form.preferredContact();
        r.payer = payer;
        r.planType = form.planType();
        r.memberId = phi.seal(CoverageRequest.MEMBER_ID, memberId);
        r.groupNumber = phi.seal(CoverageRequest.GROUP_NUMBER, CoverageRequests.blankToNull(form.groupNumber()));
        r.subscriberRelationship = form.subscriberRelationship();
        r.facilityId = form.facilityId();
        r.levelOfCare = form.levelOfCare();
        if (network != null) {
            r.networkStatus = network.status();
            r.networkReason = network.reason();
            r.networkEffectiveFrom = network.effectiveFrom();
            r.networkEffectiveTo = network.effectiveTo();
        }
        r.consentText = form.consent().text();
        r.consentAgreedAt = form.consent().agreedAt();
        r.consentRecordedAt = now;
        r.idempotencyKey = idempotencyKey;
        r.requestHash = requestHash;
        r.receivedAt = now;
        r.updatedAt = now;
        r.recordReceived(now);
        return r;
    }


    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
