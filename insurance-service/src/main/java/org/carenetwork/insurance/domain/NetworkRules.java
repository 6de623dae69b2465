package org.carenetwork.insurance.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.NetworkStatus;
import org.carenetwork.vocabulary.PlanType;

/**
 * Decides the network status of one facility and level from the payer's contracts for it. Plain
 * logic, no I/O: the caller loads every contract of the batch in one query.
 */
public final class NetworkRules {

    private NetworkRules() {
    }

    /**
     * @param payerName the payer's display name, for the reason
     * @param planType  the person's plan type; null means "any plan type of this payer"
     * @param contracts the payer's contracts for this facility and level, any plan type and date
     */
    public static NetworkResult decide(UUID facilityId, LevelOfCare level, String payerName, PlanType planType,
                                       List<ContractTerm> contracts, LocalDate asOf) {
        String plan = planType == null ? payerName : payerName + " " + planType;
        List<ContractTerm> relevant = contracts.stream()
                .filter(c -> planType == null || c.planType() == planType)
                .sorted(Comparator.comparing(ContractTerm::from))
                .toList();
        Optional<ContractTerm> active = relevant.stream().filter(c -> c.covers(asOf)).findFirst();
        if (active.isPresent()) {
            ContractTerm c = active.get();
            String until = c.to() == null ? "with no end date" : "until " + c.to();
            return new NetworkResult(facilityId, level, NetworkStatus.IN_NETWORK,
                    "In network: contracted with " + payerName + " " + c.planType() + " for " + level
                            + " from " + c.from() + " " + until, c.from(), c.to());
        }
        Optional<ContractTerm> next = relevant.stream().filter(c -> c.from().isAfter(asOf)).findFirst();
        if (next.isPresent()) {
            ContractTerm c = next.get();
            return new NetworkResult(facilityId, level, NetworkStatus.OUT_OF_NETWORK,
                    "Not yet in network: the contract with " + payerName + " " + c.planType() + " for " + level
                            + " starts " + c.from(), c.from(), c.to());
        }
        Optional<ContractTerm> ended = relevant.stream().filter(c -> c.to() != null && c.to().isBefore(asOf))
                .max(Comparator.comparing(ContractTerm::to));
        if (ended.isPresent()) {
            ContractTerm c = ended.get();
            return new NetworkResult(facilityId, level, NetworkStatus.OUT_OF_NETWORK,
                    "Out of network: the contract with " + payerName + " " + c.planType() + " for " + level
                            + " ended " + c.to(), c.from(), c.to());
        }
        return new NetworkResult(facilityId, level, NetworkStatus.OUT_OF_NETWORK,
                "Out of network: no contract with " + plan + " for " + level + " at this facility", null, null);
    }

    public static NetworkResult unknownPayer(UUID facilityId, LevelOfCare level, String payer) {
        return new NetworkResult(facilityId, level, NetworkStatus.UNKNOWN,
                "Payer '" + payer + "' is not recognised; see /payers for the payers we know", null, null);
    }

    /**
     * No payer's contract is on file for the facility (an imported directory listing, say): the
     * network cannot tell "not contracted" from "not recorded", so it does not say "out of network".
     */
    public static NetworkResult noContractData(UUID facilityId, LevelOfCare level) {
        return new NetworkResult(facilityId, level, NetworkStatus.UNKNOWN,
                "Unknown: the network has no contract data for this facility (no payer's contract is on file for it, "
                        + "as for a directory listing); ask the facility whether it takes the plan", null, null);
    }

    public static NetworkResult unknownPlan(UUID facilityId, LevelOfCare level, String payerName, PlanType planType) {
        return new NetworkResult(facilityId, level, NetworkStatus.UNKNOWN,
                payerName + " has no " + planType + " plans that we know of", null, null);
    }
}
