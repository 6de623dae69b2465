package org.carenetwork.referral.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Idempotency;
import org.carenetwork.referral.api.ReferralForm;
import org.carenetwork.referral.api.ReferralPatch;
import org.carenetwork.referral.api.ReferralView;
import org.carenetwork.referral.client.Facilities.FacilityRef;
import org.carenetwork.referral.client.Network;
import org.carenetwork.referral.domain.EventType;
import org.carenetwork.referral.domain.Phi;
import org.carenetwork.referral.domain.PhiAccess;
import org.carenetwork.referral.domain.Referral;
import org.carenetwork.referral.domain.ReferralChange;
import org.carenetwork.referral.domain.ReferralStatus;
import org.carenetwork.referral.domain.ReferralWorkflow;
import org.jboss.logging.Logger;

/**
 * The referrals' storage and workflow, each call one transaction: a change, its history entry, its
 * outbox event and deliveries commit together. Every answer that carries a person's record writes
 * its audit row (the disclosure log of 42 CFR Part 2).
 */
@ApplicationScoped
public class ReferralStore {

    private static final Logger LOG = Logger.getLogger(ReferralStore.class);

    @Inject
    Phi phi;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Now, to the microsecond PostgreSQL keeps: an answer says the same times a later read of the row does. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A referral as answered to a create: the first one, or a replay of it. */
    public record Created(ReferralView referral, boolean replayed) {
    }

    /** The referral an earlier request with this key made, if any; the same key with another body is a 422. */
    @Transactional
    public Optional<Created> replay(String sender, String key, String hash, String requestId) {
        return Referral.<Referral>find("sender = ?1 and idempotencyKey = ?2", sender, key).firstResultOptional()
                .map(first -> replayOf(first, hash, requestId));
    }

    @Transactional
    public Created create(ReferralForm form, FacilityRef facility, Network.Answer network, String sender, String key,
                          String hash, String requestId) {
        if (key != null) {
            // Same-key sends of one sender queue here; the second one then finds the first one's row.
            em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 2))")
                    .setParameter("key", sender + "|" + key).getSingleResult();
            Optional<Created> replay = replay(sender, key, hash, requestId);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Instant now = now();
        Referral r = receive(form, facility, network, sender, key, hash, now);
        r.persist();
        outbox.record(r, EventType.REFERRAL_CREATED, now);
        PhiAccess.of(r.id, sender, PhiAccess.Action.CREATE, now, requestId).persist();
        // Ids, codes and statuses only: nothing that identifies the person goes to the log.
        LOG.infof("referral %s sent by %s to facility %s for %s (network %s)", r.id, sender, facility.id(),
                r.levelOfCare, r.networkStatus == null ? "not asked" : r.networkStatus);
        return new Created(ReferralView.of(r, phi, true), false);
    }

    @Transactional
    public ReferralView read(UUID id, Caller caller, PhiAccess.Action action, String requestId) {
        Referral r = visible(id, caller, LockModeType.NONE);
        ReferralView view = ReferralView.of(r, phi, true);
        PhiAccess.of(r.id, caller.subject(), action, now(), requestId).persist();
        return view;
    }

    /** Staff: the queue, oldest first; a partner: its own referrals. Every referral on the page gets its own audit row. */
    @Transactional
    public org.carenetwork.common.web.Page<ReferralView> list(Caller caller, ReferralStatus status, UUID facilityId,
                                                              int page, int size, String requestId) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!caller.staff()) {
            where.add("sender = :sender");
            params.and("sender", caller.subject());
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (facilityId != null) {
            where.add("facilityId = :facility");
            params.and("facility", facilityId);
        }
        var query = Referral.<Referral>find(where.isEmpty() ? "1 = 1" : String.join(" and ", where),
                Sort.by("createdAt").and("id"), params);
        List<Referral> rows = query.page(Page.of(page, size)).list();
        Instant now = now();
        List<ReferralView> items = new ArrayList<>();
        for (Referral r : rows) {
            items.add(ReferralView.of(r, phi, false));
            PhiAccess.of(r.id, caller.subject(), PhiAccess.Action.LIST, now, requestId).persist();
        }
        return new org.carenetwork.common.web.Page<>(items, page, size, query.count());
    }

    @Transactional
    public ReferralView change(UUID id, ReferralPatch patch, Caller caller, String requestId) {
        // Locked, so two changes of one referral at once are applied one after the other.
        Referral r = visible(id, caller, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        ReferralRules.intakeWithinAYear(patch.intakeAt(), now);
        ReferralWorkflow.Party party;
        if (caller.admissions()) {
            party = ReferralWorkflow.Party.RECEIVER;
        } else if (caller.subject().equals(r.sender)) {
            party = ReferralWorkflow.Party.SENDER;
        } else {
            throw new ProblemException(403, "Forbidden", "Only admissions moves a referral, and only its sender cancels it");
        }
        ReferralStatus from = r.status;
        ReferralWorkflow.Outcome outcome = ReferralWorkflow.apply(r.state(),
                new ReferralWorkflow.Change(patch.status(), patch.businessStatus(), patch.intakeAt(), patch.reasonCode()),
                party);
        r.apply(outcome, patch.reasonCode(), caller.subject(),
                phi.seal(ReferralChange.NOTE, ReferralRules.trimmed(patch.note())), now);
        em.flush();
        outbox.record(r, EventType.REFERRAL_STATUS_CHANGED, now);
        LOG.infof("referral %s moved from %s to %s (business status %s) by %s", r.id, from, r.status, r.businessStatus,
                caller.subject());
        PhiAccess.of(r.id, caller.subject(), PhiAccess.Action.UPDATE, now, requestId).persist();
        return ReferralView.of(r, phi, true);
    }

    private Created replayOf(Referral first, String hash, String requestId) {
        if (!first.requestHash.equals(hash)) {
            throw Idempotency.reusedForAnotherRequest();
        }
        PhiAccess.of(first.id, first.sender, PhiAccess.Action.CREATE, now(), requestId).persist();
        return new Created(ReferralView.of(first, phi, true), true);
    }

    /** The referral, when this caller may see it; a partner asking for another's gets the 404 of a referral that does not exist. */
    private Referral visible(UUID id, Caller caller, LockModeType lock) {
        Referral r = em.find(Referral.class, id, lock);
        if (r == null || !caller.sees(r.sender)) {
            throw ProblemException.notFound("Referral", id);
        }
        return r;
    }

    /** A new referral as sent: the person's record sealed, consent recorded, status REQUESTED. */
    private Referral receive(ReferralForm form, FacilityRef facility, Network.Answer network, String sender, String key,
                             String hash, Instant now) {
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.status = ReferralStatus.REQUESTED;
        r.facilityId = facility.id();
        r.facilityName = facility.name();
        r.levelOfCare = form.levelOfCare();
        r.assessmentId = form.assessmentId();
        r.reason = phi.seal(Referral.REASON, form.reason().trim());
        if (form.insurance() != null) {
            r.payer = form.insurance().payer().trim();
            r.planType = form.insurance().planType();
            r.memberId = phi.seal(Referral.MEMBER_ID, ReferralRules.normalizeMemberId(form.insurance().memberId()));
        }
        r.degraded = new String[0];
        if (network != null) {
            r.networkStatus = network.status();
            r.networkReason = network.reason();
            r.networkEffectiveFrom = network.effectiveFrom();
            r.networkEffectiveTo = network.effectiveTo();
            if (network.degraded()) {
                r.degraded = new String[] {Network.SERVICE};
            }
        }
        ReferralForm.Person p = form.person();
        r.firstName = phi.seal(Referral.FIRST_NAME, p.firstName().trim());
        r.lastName = phi.seal(Referral.LAST_NAME, p.lastName().trim());
        r.dateOfBirth = phi.seal(Referral.DATE_OF_BIRTH, p.dateOfBirth().toString());
        r.phone = phi.seal(Referral.PHONE, p.phone());
        r.email = phi.seal(Referral.EMAIL, p.email());
        r.preferredContact = p.preferredContact();
        r.preferredLanguage = phi.seal(Referral.PREFERRED_LANGUAGE, p.preferredLanguage());
        r.consentText = phi.seal(Referral.CONSENT_TEXT, form.consent().text());
        r.consentGivenAt = form.consent().at();
        r.consentRecordedAt = now;
        r.sender = sender;
        r.idempotencyKey = key;
        r.requestHash = hash;
        r.createdAt = now;
        r.updatedAt = now;
        r.recordRequested(now);
        return r;
    }
}
