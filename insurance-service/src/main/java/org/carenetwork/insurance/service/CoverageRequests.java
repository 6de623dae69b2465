package org.carenetwork.insurance.service;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.carenetwork.common.crypto.FieldCipher;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Idempotency;
import org.carenetwork.insurance.api.CoverageRequestForm;
import org.carenetwork.insurance.api.CoverageRequestViews.Detail;
import org.carenetwork.insurance.api.CoverageRequestViews.Benefits;
import org.carenetwork.insurance.api.CoverageRequestViews.Receipt;
import org.carenetwork.insurance.api.CoverageRequestViews.StatusUpdate;
import org.carenetwork.insurance.domain.ApiText;
import org.carenetwork.insurance.domain.CoverageRequest;
import org.carenetwork.insurance.domain.CoverageStatus;
import org.carenetwork.insurance.domain.NetworkResult;
import org.carenetwork.insurance.domain.Payer;
import org.carenetwork.insurance.domain.Phi;
import org.carenetwork.insurance.domain.PhiAccess;
import org.carenetwork.insurance.domain.Phones;
import org.carenetwork.vocabulary.IntakeChannel;
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

    /** The queue's {@code assignee} filter for requests nobody works. */
    public static final String NONE = "none";

    private static final Pattern SUBJECT = Pattern.compile(ApiText.SUBJECT_PATTERN);

    /**
     * Who sends a form, from their credentials: the JWT subject and roles (an API key's are those
     * of the internal token the gateway exchanges it for); {@link #ANONYMOUS} for the website form.
     */
    public record Sender(String subject, Set<String> roles) {

        public static final Sender ANONYMOUS = new Sender(null, Set.of());

        /** The role that decides the channel, the call center's first; null for none of ours. */
        String role() {
            for (String role : List.of("CALL_CENTER", "ADMISSIONS", "PARTNER", "ADMIN")) {
                if (roles.contains(role)) {
                    return role;
                }
            }
            return null;
        }

        IntakeChannel channel() {
            String role = role();
            if (role == null) {
                return IntakeChannel.WEB;
            }
            return switch (role) {
                case "CALL_CENTER", "ADMISSIONS" -> IntakeChannel.CALL_CENTER;
                case "PARTNER" -> IntakeChannel.PARTNER;
                default -> IntakeChannel.STAFF;
            };
        }
    }

    /** Every instant the answers show is to the millisecond, so it is stored so: what a receipt says, a read says again. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Validates the whole form (every problem at once), then records it. With an Idempotency-Key,
     * the same key and body give back the first request instead of a second one, even when both
     * arrive at the same moment.
     */
    @Transactional
    public Submitted submit(JsonNode body, String idempotencyKey, Sender sender) {
        Idempotency.key(idempotencyKey);
        FormBodies.Read<CoverageRequestForm> read = FormBodies.read(json, body, CoverageRequestForm.class,
                "the coverage request form");
        CoverageRequestForm form = read.value();
        Payer payer = form.payer() == null || form.payer().isBlank() ? null : payers.resolve(form.payer()).orElse(null);
        validate(form, payer, read.errors());
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
                network, idempotencyKey, hash, now(), phi, sender);
        request.persist();
        // Ids, codes and statuses only: nothing that identifies the person goes to the log.
        LOG.infof("coverage request %s received via %s (payer %s, network %s)", request.id, request.channel,
                payer != null ? payer.id : "unlisted", network == null ? "not asked" : network.status());
        return new Submitted(Receipt.of(request), false);
    }

    @Transactional
    public Detail read(UUID id, String who, String requestId) {
        CoverageRequest r = find(id, LockModeType.NONE);
        Detail detail = Detail.of(r, phi, true);
        PhiAccess.of(r.id, who, PhiAccess.Action.READ, clock.instant(), requestId).persist();
        return detail;
    }

    /**
     * The queue, oldest first, by status and assignee ({@code me}: the caller; {@code none}: nobody);
     * every request on the page gets its own audit row.
     */
    @Transactional
    public org.carenetwork.common.web.Page<Detail> list(CoverageStatus status, String assignee, int page, int size,
                                                        String who, String requestId) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.add("status = :status");
            parameters.put("status", status);
        }
        // As sent, not trimmed: the document's pattern is what a caller can check before sending
        // (an empty value is absent, as for the other parameters).
        String filter = assignee == null || assignee.isEmpty() ? null : assignee;
        if (filter != null) {
            if (!SUBJECT.matcher(filter).matches()) {
                throw ProblemException.badField("assignee", "must be me, none or a user's subject (printable characters, "
                        + "no spaces, at most " + ApiText.SUBJECT_MAX + ")");
            }
            if (filter.equals(NONE)) {
                where.add("assignee is null");
            } else {
                where.add("assignee = :assignee");
                parameters.put("assignee", filter.equals(StatusUpdate.ME) ? who : filter);
            }
        }
        Sort order = Sort.by("receivedAt").and("id");
        var query = where.isEmpty() ? CoverageRequest.<CoverageRequest>findAll(order)
                : CoverageRequest.<CoverageRequest>find(String.join(" and ", where), order, parameters);
        List<CoverageRequest> rows = query.page(Page.of(page, size)).list();
        Instant now = now();
        List<Detail> items = new ArrayList<>();
        for (CoverageRequest r : rows) {
            items.add(Detail.of(r, phi, false));
            PhiAccess.of(r.id, who, PhiAccess.Action.LIST, now, requestId).persist();
        }
        return new org.carenetwork.common.web.Page<>(items, page, size, query.count());
    }

    /**
     * A workflow step (with its note and, for a verdict, the verified benefits), an assignment,
     * or both, in one transaction: a refused step leaves the assignment unchanged too.
     */
    @Transactional
    public Detail change(UUID id, JsonNode body, String who, String requestId) {
        FormBodies.Read<StatusUpdate> read = FormBodies.read(json, body, StatusUpdate.class,
                "the change: status and note, assignee, benefits");
        StatusUpdate update = read.value();
        boolean assigning = read.present().contains("assignee");
        List<FieldError> errors = new ArrayList<>(read.errors());
        for (ConstraintViolation<StatusUpdate> v : validator.validate(update)) {
            add(errors, new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        if (update.status() == null && !assigning) {
            add(errors, new FieldError("status", "is required unless assignee is given: the status to move to"));
        }
        if (update.status() == null && update.note() != null && !update.note().isBlank()) {
            add(errors, new FieldError("note", "is kept with a status change: give the status too"));
        }
        Benefits benefits = update.benefits();
        if (benefits != null) {
            if (update.status() != CoverageStatus.VERIFIED && update.status() != CoverageStatus.NOT_COVERED) {
                add(errors, new FieldError("benefits", "are recorded with the verdict: send them with status VERIFIED or "
                        + "NOT_COVERED"));
            } else if (benefits.isEmpty()) {
                add(errors, new FieldError("benefits", "must name at least one benefit the payer confirmed"));
            }
            if (benefits.deductible() != null && benefits.deductibleRemaining() != null
                    && benefits.deductibleRemaining().compareTo(benefits.deductible()) > 0) {
                add(errors, new FieldError("benefits.deductibleRemaining", "must not be more than benefits.deductible"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw invalid(errors);
        }
        // Locked, so two staff changing the same request at once are applied one after the other.
        CoverageRequest r = find(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = now();
        if (assigning) {
            String assignee = StatusUpdate.ME.equals(update.assignee()) ? who : update.assignee();
            r.assign(assignee, now);
            LOG.infof("coverage request %s assigned to %s by %s", r.id, assignee == null ? "nobody" : assignee, who);
        }
        if (update.status() != null) {
            CoverageStatus from = r.status;
            r.moveTo(update.status(), who, update.note(), now, phi);
            LOG.infof("coverage request %s moved from %s to %s by %s", r.id, from, update.status(), who);
        }
        if (benefits != null) {
            r.benefitsRecordedAt = now;
            r.benefitsInNetwork = benefits.inNetwork();
            r.benefitsDeductible = cents(benefits.deductible());
            r.benefitsDeductibleRemaining = cents(benefits.deductibleRemaining());
            r.benefitsCopay = cents(benefits.copay());
            r.benefitsCoinsurancePercent = benefits.coinsurancePercent();
            r.benefitsOutOfPocketMax = cents(benefits.outOfPocketMax());
            r.benefitsAuthorizationRequired = benefits.authorizationRequired();
            r.benefitsLevelOfCare = benefits.levelOfCare();
        }
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

    /**
     * Every problem at once: the fields that could not be read first, then Bean Validation's, then
     * the form rules'; one per field (a date that could not be read is not "required" as well).
     */
    private void validate(CoverageRequestForm form, Payer payer, List<FieldError> unreadable) {
        List<FieldError> errors = new ArrayList<>(unreadable);
        for (ConstraintViolation<CoverageRequestForm> v : validator.validate(form)) {
            add(errors, new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        LocalDate today = LocalDate.now(clock);
        for (FieldError e : FormRules.check(form, payer == null ? null : payer.id, today, clock.instant())) {
            add(errors, e);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw invalid(errors);
        }
    }

    /** An amount with its cents, as the column keeps it: the answer to the PATCH and later reads agree. */
    private static java.math.BigDecimal cents(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** 400 with every problem counted in the detail and the first ones listed (a body may name many unknown fields). */
    private static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "Invalid request", org.carenetwork.common.problem.Problem.detailOf(errors),
                org.carenetwork.common.problem.Problem.listed(errors), Map.of());
    }

    /** A field's first problem only: one unreadable or missing value is one error, not two. */
    private static void add(List<FieldError> errors, FieldError e) {
        if (errors.stream().noneMatch(known -> known.field().equals(e.field()))) {
            errors.add(e);
        }
    }

    /** A new request as the form sent it: PHI sealed, phone in E.164, consent recorded, status RECEIVED. */
    private static CoverageRequest receive(CoverageRequestForm form, String payer, String memberId, NetworkResult network,
                                   String idempotencyKey, String requestHash, Instant now, Phi phi, Sender sender) {
        CoverageRequest r = new CoverageRequest();
        r.id = UUID.randomUUID();
        r.status = CoverageStatus.RECEIVED;
        r.channel = sender.channel();
        r.submittedBy = sender.subject();
        r.submittedRole = sender.subject() == null ? null : sender.role();
        r.seekingCareFor = form.seekingCareFor();
        r.firstName = phi.seal(CoverageRequest.FIRST_NAME, form.firstName().trim());
        r.lastName = phi.seal(CoverageRequest.LAST_NAME, form.lastName().trim());
        r.dateOfBirth = phi.seal(CoverageRequest.DATE_OF_BIRTH, form.dateOfBirth().toString());
        r.phone = phi.seal(CoverageRequest.PHONE, Phones.e164(CoverageRequests.blankToNull(form.phone())));
        r.email = phi.seal(CoverageRequest.EMAIL, CoverageRequests.blankToNull(form.email()));
        r.preferredContact = form.preferredContact();
        r.payer = payer;
        r.planType = form.planType();
        r.memberId = phi.seal(CoverageRequest.MEMBER_ID, memberId);
        r.groupNumber = phi.seal(CoverageRequest.GROUP_NUMBER, CoverageRequests.blankToNull(form.groupNumber()));
        r.subscriberRelationship = form.subscriberRelationship();
        r.facilityId = form.facilityId();
        r.levelOfCare = form.levelOfCare();
        r.assessmentId = form.assessmentId();
        if (form.policyHolder() != null) {
            r.policyHolderFirstName = phi.seal(CoverageRequest.POLICY_HOLDER_FIRST_NAME, form.policyHolder().firstName().trim());
            r.policyHolderLastName = phi.seal(CoverageRequest.POLICY_HOLDER_LAST_NAME, form.policyHolder().lastName().trim());
            r.policyHolderDateOfBirth = phi.seal(CoverageRequest.POLICY_HOLDER_DATE_OF_BIRTH,
                    form.policyHolder().dateOfBirth().toString());
        }
        if (network != null) {
            r.networkStatus = network.status();
            r.networkReason = network.reason();
            r.networkEffectiveFrom = network.effectiveFrom();
            r.networkEffectiveTo = network.effectiveTo();
        }
        r.consentText = form.consent().text();
        r.consentAgreedAt = form.consent().agreedAt().truncatedTo(ChronoUnit.MILLIS);
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
