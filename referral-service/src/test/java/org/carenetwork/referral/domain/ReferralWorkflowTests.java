package org.carenetwork.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.referral.domain.ReferralWorkflow.Change;
import org.carenetwork.referral.domain.ReferralWorkflow.Outcome;
import org.carenetwork.referral.domain.ReferralWorkflow.Party;
import org.carenetwork.referral.domain.ReferralWorkflow.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The referral's state machine, every pair of states, as the FHIR Task table in the README says. */
class ReferralWorkflowTests {

    static final Instant INTAKE = Instant.parse("2026-11-24T14:00:00Z");

    /** from (held from, for ON_HOLD), to: whether the step is allowed. Every other pair is not. */
    static final List<String> LEGAL = List.of(
            "REQUESTED ACCEPTED", "REQUESTED REJECTED", "REQUESTED CANCELLED",
            "ACCEPTED IN_PROGRESS", "ACCEPTED ON_HOLD", "ACCEPTED FAILED", "ACCEPTED CANCELLED",
            "IN_PROGRESS COMPLETED", "IN_PROGRESS ON_HOLD", "IN_PROGRESS FAILED",
            "ON_HOLD/ACCEPTED ACCEPTED", "ON_HOLD/ACCEPTED IN_PROGRESS", "ON_HOLD/ACCEPTED FAILED",
            "ON_HOLD/ACCEPTED CANCELLED",
            "ON_HOLD/IN_PROGRESS IN_PROGRESS", "ON_HOLD/IN_PROGRESS FAILED");

    static Stream<Arguments> everyPair() {
        List<String> froms = new ArrayList<>();
        for (ReferralStatus s : ReferralStatus.values()) {
            if (s == ReferralStatus.ON_HOLD) {
                froms.add("ON_HOLD/ACCEPTED");
                froms.add("ON_HOLD/IN_PROGRESS");
            } else {
                froms.add(s.name());
            }
        }
        return froms.stream().flatMap(from -> Stream.of(ReferralStatus.values())
                .map(to -> Arguments.of(from, to, LEGAL.contains(from + " " + to.name()))));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    void eachPairOfStates_isAllowedOnlyAsTheTableSays(String from, ReferralStatus to, boolean legal) {
        State state = state(from);
        Party party = ReferralWorkflow.partyFor(to);
        Change change = new Change(to, null, null, ReasonCode.OTHER);
        if (legal) {
            Outcome outcome = ReferralWorkflow.apply(state, change, party);
            assertEquals(to, outcome.state().status());
            assertTrue(outcome.statusChanged());
            assertEquals(to == ReferralStatus.ON_HOLD ? state.status() : null, outcome.state().heldFrom());
        } else {
            ProblemException e = assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(state, change, party));
            assertEquals(409, e.status());
            assertTrue(e.getMessage().startsWith(state.status() + " → " + to + " is not allowed"), e.getMessage());
        }
    }

    @Test
    void theTable_matchesNext() {
        for (String pair : LEGAL) {
            String[] parts = pair.split(" ");
            State s = state(parts[0]);
            assertTrue(ReferralWorkflow.next(s.status(), s.heldFrom()).contains(ReferralStatus.valueOf(parts[1])), pair);
        }
        assertEquals(LEGAL.size(), Stream.of("REQUESTED", "ACCEPTED", "IN_PROGRESS", "ON_HOLD/ACCEPTED",
                "ON_HOLD/IN_PROGRESS", "REJECTED", "COMPLETED", "FAILED", "CANCELLED")
                .mapToInt(f -> ReferralWorkflow.next(state(f).status(), state(f).heldFrom()).size()).sum());
    }

    @Test
    void closedStates_allowNothing_andSaySo() {
        for (ReferralStatus closed : EnumSet.of(ReferralStatus.REJECTED, ReferralStatus.COMPLETED, ReferralStatus.FAILED,
                ReferralStatus.CANCELLED)) {
            assertTrue(closed.closed());
            assertEquals(Set.of(), ReferralWorkflow.next(closed, null));
            ProblemException e = assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(
                    new State(closed, null, null, null), new Change(ReferralStatus.ACCEPTED, null, null, null), Party.RECEIVER));
            assertEquals(closed + " → ACCEPTED is not allowed: the referral is closed", e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0} → {1} without a reason code: 422")
    @CsvSource({"REQUESTED, REJECTED", "ACCEPTED, FAILED", "IN_PROGRESS, FAILED", "REQUESTED, CANCELLED",
            "ACCEPTED, CANCELLED"})
    void rejectFailAndCancel_needAReasonCode(ReferralStatus from, ReferralStatus to) {
        ProblemException e = assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(
                new State(from, null, null, null), new Change(to, null, null, null), ReferralWorkflow.partyFor(to)));
        assertEquals(422, e.status());
        assertEquals("reasonCode", e.errors().get(0).field());
    }

    @Test
    void theSender_mayOnlyCancel() {
        State requested = new State(ReferralStatus.REQUESTED, null, null, null);
        for (ReferralStatus to : EnumSet.complementOf(EnumSet.of(ReferralStatus.CANCELLED))) {
            ProblemException e = assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(requested,
                    new Change(to, null, null, ReasonCode.OTHER), Party.SENDER));
            assertEquals(403, e.status(), to.name());
        }
        assertEquals(403, assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(requested,
                new Change(ReferralStatus.CANCELLED, BusinessStatus.CONTACTED, null, ReasonCode.OTHER), Party.SENDER)).status());
        assertEquals(ReferralStatus.CANCELLED, ReferralWorkflow.apply(requested,
                new Change(ReferralStatus.CANCELLED, null, null, ReasonCode.SENT_IN_ERROR), Party.SENDER).state().status());
    }

    @Test
    void admissions_neverCancels() {
        ProblemException e = assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(
                new State(ReferralStatus.REQUESTED, null, null, null),
                new Change(ReferralStatus.CANCELLED, null, null, ReasonCode.OTHER), Party.RECEIVER));
        assertEquals(403, e.status());
    }

    @Test
    void theSameStatusAgain_isA409NamingItTwice() {
        ProblemException e = assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(
                new State(ReferralStatus.ACCEPTED, null, null, null), new Change(ReferralStatus.ACCEPTED, null, null, null),
                Party.RECEIVER));
        assertEquals(409, e.status());
        assertTrue(e.getMessage().startsWith("ACCEPTED → ACCEPTED is not allowed"), e.getMessage());
    }

    @Test
    void nothingAsked_isA400() {
        assertEquals(400, assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(
                new State(ReferralStatus.ACCEPTED, null, null, null), new Change(null, null, null, null),
                Party.RECEIVER)).status());
    }

    @Test
    void businessSteps_goForward_withTheIntakeTime() {
        State accepted = new State(ReferralStatus.ACCEPTED, null, null, null);
        Outcome contacted = ReferralWorkflow.apply(accepted, new Change(null, BusinessStatus.CONTACTED, null, null), Party.RECEIVER);
        assertFalse(contacted.statusChanged());
        assertEquals(BusinessStatus.CONTACTED, contacted.state().businessStatus());
        Outcome scheduled = ReferralWorkflow.apply(contacted.state(),
                new Change(null, BusinessStatus.INTAKE_SCHEDULED, INTAKE, null), Party.RECEIVER);
        assertEquals(INTAKE, scheduled.state().intakeAt());
        Instant later = INTAKE.plusSeconds(86_400);
        Outcome moved = ReferralWorkflow.apply(scheduled.state(),
                new Change(ReferralStatus.ACCEPTED, BusinessStatus.INTAKE_SCHEDULED, later, null), Party.RECEIVER);
        assertFalse(moved.statusChanged(), "the status given again with a business step is no status change");
        assertEquals(later, moved.state().intakeAt(), "an intake may be moved");
        Outcome admitted = ReferralWorkflow.apply(moved.state(),
                new Change(ReferralStatus.IN_PROGRESS, BusinessStatus.ADMITTED, null, null), Party.RECEIVER);
        assertEquals(ReferralStatus.IN_PROGRESS, admitted.state().status());
        assertEquals(BusinessStatus.ADMITTED, admitted.state().businessStatus());
        assertEquals(later, admitted.state().intakeAt(), "the intake time stays");
        ProblemException back = assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(admitted.state(),
                new Change(null, BusinessStatus.CONTACTED, null, null), Party.RECEIVER));
        assertEquals(409, back.status());
        assertTrue(back.getMessage().contains("ADMITTED → CONTACTED is not allowed"), back.getMessage());
    }

    @Test
    void businessSteps_needTheRightStatus_andTime() {
        State requested = new State(ReferralStatus.REQUESTED, null, null, null);
        assertEquals(409, assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(requested,
                new Change(null, BusinessStatus.CONTACTED, null, null), Party.RECEIVER)).status());
        State accepted = new State(ReferralStatus.ACCEPTED, null, null, null);
        ProblemException noTime = assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(accepted,
                new Change(null, BusinessStatus.INTAKE_SCHEDULED, null, null), Party.RECEIVER));
        assertEquals(422, noTime.status());
        assertEquals("intakeAt", noTime.errors().get(0).field());
        ProblemException strayTime = assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(accepted,
                new Change(null, BusinessStatus.CONTACTED, INTAKE, null), Party.RECEIVER));
        assertEquals("intakeAt", strayTime.errors().get(0).field());
        assertEquals(409, assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(accepted,
                new Change(null, BusinessStatus.ADMITTED, null, null), Party.RECEIVER)).status());
        ProblemException strayReason = assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(accepted,
                new Change(null, BusinessStatus.CONTACTED, null, ReasonCode.OTHER), Party.RECEIVER));
        assertEquals("reasonCode", strayReason.errors().get(0).field());
        // Accepting and contacting in one change.
        Outcome both = ReferralWorkflow.apply(requested, new Change(ReferralStatus.ACCEPTED, BusinessStatus.CONTACTED,
                null, null), Party.RECEIVER);
        assertEquals(ReferralStatus.ACCEPTED, both.state().status());
        assertEquals(BusinessStatus.CONTACTED, both.state().businessStatus());
    }

    @Test
    void aHold_remembersWhereItWasHeldFrom_andLeavesIt() {
        Outcome held = ReferralWorkflow.apply(new State(ReferralStatus.IN_PROGRESS, null, BusinessStatus.ADMITTED, INTAKE),
                new Change(ReferralStatus.ON_HOLD, null, null, null), Party.RECEIVER);
        assertEquals(ReferralStatus.IN_PROGRESS, held.state().heldFrom());
        assertEquals(BusinessStatus.ADMITTED, held.state().businessStatus());
        Outcome back = ReferralWorkflow.apply(held.state(), new Change(ReferralStatus.IN_PROGRESS, null, null, null),
                Party.RECEIVER);
        assertNull(back.state().heldFrom());
        assertEquals(409, assertThrows(ProblemException.class, () -> ReferralWorkflow.apply(held.state(),
                new Change(ReferralStatus.CANCELLED, null, null, ReasonCode.OTHER), Party.SENDER)).status(),
                "no cancelling once the work was in progress");
    }

    private static State state(String from) {
        if (from.startsWith("ON_HOLD/")) {
            return new State(ReferralStatus.ON_HOLD, ReferralStatus.valueOf(from.substring(8)), null, null);
        }
        return new State(ReferralStatus.valueOf(from), null, null, null);
    }
}
