package org.carenetwork.referral.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.ProblemException;

/**
 * The referral's state machine, as FHIR R4 Task does it (the SDOH Clinical Care referral Task):
 *
 * <pre>
 * REQUESTED   → ACCEPTED | REJECTED (reason code) | CANCELLED (sender, reason code)
 * ACCEPTED    → IN_PROGRESS | ON_HOLD | FAILED (reason code) | CANCELLED (sender, reason code)
 * IN_PROGRESS → COMPLETED | ON_HOLD | FAILED (reason code)
 * ON_HOLD     → back: ACCEPTED (only when held from ACCEPTED) or IN_PROGRESS | FAILED (reason code)
 *               | CANCELLED (sender, reason code; only when held from ACCEPTED: before the work began)
 * REJECTED, COMPLETED, FAILED, CANCELLED: closed
 * </pre>
 *
 * The receiver (admissions) makes every step but cancelling; the sender may only cancel.
 * {@code businessStatus} ({@code CONTACTED → INTAKE_SCHEDULED → ADMITTED}, never back) changes only
 * while the referral is ACCEPTED, IN_PROGRESS or ON_HOLD; INTAKE_SCHEDULED needs the intake time
 * and may be given again to move it, ADMITTED needs IN_PROGRESS. Plain logic, no I/O: a refusal is
 * a {@link ProblemException} (403 the wrong party, 409 a step not allowed, 422 a missing reason or time).
 */
public final class ReferralWorkflow {

    /** Who asks for the change. */
    public enum Party {
        /** Admissions at the receiving network. */
        RECEIVER,
        /** The partner (or call-center agent) that sent the referral. */
        SENDER
    }

    /** Where a referral is now. {@code heldFrom}: the status it was put on hold from (ON_HOLD only). */
    public record State(ReferralStatus status, ReferralStatus heldFrom, BusinessStatus businessStatus, Instant intakeAt) {
    }

    /** What a caller asks for; any part may be absent (null). */
    public record Change(ReferralStatus status, BusinessStatus businessStatus, Instant intakeAt, ReasonCode reasonCode) {
    }

    /** The state after an accepted change, and whether the status itself moved. */
    public record Outcome(State state, boolean statusChanged) {
    }

    /** Statuses in which the admissions steps may change. */
    static final Set<ReferralStatus> WORKING = EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS,
            ReferralStatus.ON_HOLD);

    /** Steps that need a reason code. */
    static final Set<ReferralStatus> NEEDS_REASON = EnumSet.of(ReferralStatus.REJECTED, ReferralStatus.FAILED,
            ReferralStatus.CANCELLED);

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = Map.of(
            ReferralStatus.REQUESTED, EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.REJECTED, ReferralStatus.CANCELLED),
            ReferralStatus.ACCEPTED, EnumSet.of(ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD, ReferralStatus.FAILED,
                    ReferralStatus.CANCELLED),
            ReferralStatus.IN_PROGRESS, EnumSet.of(ReferralStatus.COMPLETED, ReferralStatus.ON_HOLD, ReferralStatus.FAILED));

    private ReferralWorkflow() {
    }

    /** The statuses that may follow {@code status} ({@code heldFrom} matters for ON_HOLD only). */
    public static Set<ReferralStatus> next(ReferralStatus status, ReferralStatus heldFrom) {
        if (status == ReferralStatus.ON_HOLD) {
            return heldFrom == ReferralStatus.ACCEPTED
                    ? EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.FAILED,
                    ReferralStatus.CANCELLED)
                    : EnumSet.of(ReferralStatus.IN_PROGRESS, ReferralStatus.FAILED);
        }
        return NEXT.getOrDefault(status, EnumSet.noneOf(ReferralStatus.class));
    }

    /** The party that may make the step to {@code target}: the sender cancels, the receiver does the rest. */
    public static Party partyFor(ReferralStatus target) {
        return target == ReferralStatus.CANCELLED ? Party.SENDER : Party.RECEIVER;
    }

    /**
     * Applies {@code change} asked by {@code party} to {@code current}.
     *
     * @throws ProblemException 400 nothing asked; 403 a step the party may not make; 409 a step or
     *                          business status the workflow does not allow, naming both; 422 a
     *                          missing reason code or intake time
     */
    public static Outcome apply(State current, Change change, Party party) {
        if (change.status() == null && change.businessStatus() == null) {
            throw ProblemException.badField("status", "give a status or a businessStatus to change");
        }
        if (party == Party.SENDER && (change.status() != ReferralStatus.CANCELLED || change.businessStatus() != null
                || change.intakeAt() != null)) {
            throw forbidden("The sender of a referral may only cancel it (status CANCELLED with a reasonCode)");
        }
        if (party == Party.RECEIVER && change.status() == ReferralStatus.CANCELLED) {
            throw forbidden("Only the sender cancels a referral; admissions rejects it (REJECTED) or ends it (FAILED)");
        }
        ReferralStatus status = current.status();
        ReferralStatus heldFrom = current.heldFrom();
        boolean statusChanged = false;
        if (change.status() != null && (change.status() != status || change.businessStatus() == null)) {
            ReferralStatus target = change.status();
            Set<ReferralStatus> allowed = next(status, heldFrom);
            if (!allowed.contains(target)) {
                throw ProblemException.conflict(status + " → " + target + " is not allowed"
                        + (status.closed() ? ": the referral is closed" : "; allowed next: " + List.copyOf(allowed)));
            }
            if (NEEDS_REASON.contains(target) && change.reasonCode() == null) {
                throw ProblemException.unprocessable("reasonCode", "is required to move a referral to " + target);
            }
            heldFrom = target == ReferralStatus.ON_HOLD ? status : null;
            status = target;
            statusChanged = true;
        } else if (change.reasonCode() != null) {
            throw ProblemException.unprocessable("reasonCode", "goes with a change of status only");
        }
        BusinessStatus business = current.businessStatus();
        Instant intakeAt = current.intakeAt();
        if (change.businessStatus() != null) {
            BusinessStatus wanted = change.businessStatus();
            if (!WORKING.contains(status)) {
                throw ProblemException.conflict("businessStatus " + wanted + " is not allowed while the referral is "
                        + status + "; it changes while ACCEPTED, IN_PROGRESS or ON_HOLD");
            }
            if (business != null && (wanted.ordinal() < business.ordinal()
                    || wanted == business && wanted != BusinessStatus.INTAKE_SCHEDULED)) {
                throw ProblemException.conflict("businessStatus " + business + " → " + wanted + " is not allowed"
                        + "; the steps go CONTACTED → INTAKE_SCHEDULED → ADMITTED");
            }
            if (wanted == BusinessStatus.ADMITTED && status != ReferralStatus.IN_PROGRESS) {
                throw ProblemException.conflict("businessStatus ADMITTED is not allowed while the referral is " + status
                        + "; send status IN_PROGRESS with it");
            }
            if (wanted == BusinessStatus.INTAKE_SCHEDULED && change.intakeAt() == null) {
                throw ProblemException.unprocessable("intakeAt", "is required with businessStatus INTAKE_SCHEDULED");
            }
            business = wanted;
        }
        if (change.intakeAt() != null) {
            if (change.businessStatus() != BusinessStatus.INTAKE_SCHEDULED) {
                throw ProblemException.unprocessable("intakeAt", "goes with businessStatus INTAKE_SCHEDULED only");
            }
            intakeAt = change.intakeAt();
        }
        return new Outcome(new State(status, heldFrom, business, intakeAt), statusChanged);
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.<Problem.FieldError>of(), Map.of());
    }
}
