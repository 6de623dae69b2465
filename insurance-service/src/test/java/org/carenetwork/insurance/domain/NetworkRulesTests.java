package org.carenetwork.insurance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.carenetwork.vocabulary.PlanType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkRulesTests {

    static final UUID SITE = UUID.randomUUID();

    /** One PPO contract for 2026-01-01..2026-12-31 (both inclusive), asked about on {@code asOf}. */
    @ParameterizedTest(name = "{0} as of {1} → {2}")
    @CsvSource({
            "PPO, 2025-12-31, OUT_OF_NETWORK, starts 2026-01-01",
            "PPO, 2026-01-01, IN_NETWORK,     from 2026-01-01 until 2026-12-31",
            "PPO, 2026-06-15, IN_NETWORK,     from 2026-01-01 until 2026-12-31",
            "PPO, 2026-12-31, IN_NETWORK,     from 2026-01-01 until 2026-12-31",
            "PPO, 2027-01-01, OUT_OF_NETWORK, ended 2026-12-31",
            "HMO, 2026-06-15, OUT_OF_NETWORK, no contract with Aetna HMO",
            ",    2026-06-15, IN_NETWORK,     from 2026-01-01",
    })
    void oneDatedContract_decidesByDateAndPlanType(PlanType plan, LocalDate asOf, NetworkStatus expected, String reason) {
        List<ContractTerm> contracts = List.of(new ContractTerm(PlanType.PPO, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31")));
        NetworkResult r = NetworkRules.decide(SITE, LevelOfCare.IOP, "Aetna", plan, contracts, asOf);
        assertEquals(expected, r.status());
        assertTrue(r.reason().contains(reason), r.reason());
        assertEquals(SITE, r.facilityId());
        assertEquals(LevelOfCare.IOP, r.levelOfCare());
    }

    @ParameterizedTest(name = "as of {0} → {1} ({2}..{3})")
    @CsvSource({
            // an ended contract, then a renewal after a gap, then open-ended
            "2025-03-01, IN_NETWORK,     2025-01-01, 2025-06-30",
            "2025-07-01, OUT_OF_NETWORK, 2025-09-01, ",
            "2025-09-01, IN_NETWORK,     2025-09-01, ",
            "2040-01-01, IN_NETWORK,     2025-09-01, ",
            "2024-12-31, OUT_OF_NETWORK, 2025-01-01, 2025-06-30",
    })
    void successiveContracts_reportTheOneThatMatters(LocalDate asOf, NetworkStatus expected, LocalDate from, LocalDate to) {
        List<ContractTerm> contracts = List.of(
                new ContractTerm(PlanType.PPO, LocalDate.parse("2025-09-01"), null),
                new ContractTerm(PlanType.PPO, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-30")));
        NetworkResult r = NetworkRules.decide(SITE, LevelOfCare.PHP, "Cigna", PlanType.PPO, contracts, asOf);
        assertEquals(expected, r.status());
        assertEquals(from, r.effectiveFrom());
        assertEquals(to, r.effectiveTo());
    }

    @org.junit.jupiter.api.Test
    void noContractAtAll_isOutOfNetwork_withoutDates() {
        NetworkResult r = NetworkRules.decide(SITE, LevelOfCare.DETOX, "Humana", PlanType.HMO, List.of(), LocalDate.parse("2026-01-01"));
        assertEquals(NetworkStatus.OUT_OF_NETWORK, r.status());
        assertEquals(null, r.effectiveFrom());
        assertTrue(r.reason().contains("no contract with Humana HMO for DETOX"), r.reason());
    }

    @org.junit.jupiter.api.Test
    void unknownPayerOrPlan_isUnknown() {
        assertEquals(NetworkStatus.UNKNOWN, NetworkRules.unknownPayer(SITE, LevelOfCare.OP, "acme").status());
        assertEquals(NetworkStatus.UNKNOWN, NetworkRules.unknownPlan(SITE, LevelOfCare.OP, "TRICARE", PlanType.PPO).status());
    }
}
