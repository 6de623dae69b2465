package org.carenetwork.insurance.eligibility;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a 271 said. {@code active} is true when an EB01 "1" (active coverage) came back and no
 * "6" (inactive); {@code rejections} carries AAA reasons (say 72, invalid member id) when the
 * payer could not answer. Network status here is the payer's EB12 claim only; the network's
 * contracts remain the source of truth for "in network" (domain.md).
 */
public record EligibilityResult(boolean active, String traceNumber, List<Benefit> benefits, List<Rejection> rejections) {

    public List<Benefit> of(Benefit.Kind kind) {
        return benefits.stream().filter(b -> b.kind() == kind).toList();
    }

    /** One EB segment. */
    public record Benefit(Kind kind, String coverageLevel, List<String> serviceTypes, String insuranceType,
                          String planDescription, String timePeriod, BigDecimal amount, BigDecimal percent,
                          NetworkIndicator network) {

        /** EB01 codes the suite reads; the rest are kept as OTHER with their code in {@code rawCode}. */
        public enum Kind {
            ACTIVE_COVERAGE("1"), INACTIVE("6"), CO_INSURANCE("A"), CO_PAYMENT("B"), DEDUCTIBLE("C"),
            OUT_OF_POCKET("G"), OTHER("");

            public final String code;

            Kind(String code) {
                this.code = code;
            }

            static Kind of(String code) {
                for (Kind k : values()) {
                    if (k.code.equals(code)) {
                        return k;
                    }
                }
                return OTHER;
            }
        }
    }

    /** EB12, the payer's in-plan-network indicator: Y, N, U (unknown), W (not applicable), or absent. */
    public enum NetworkIndicator {
        IN_NETWORK, OUT_OF_NETWORK, UNKNOWN, NOT_APPLICABLE, NOT_GIVEN;

        static NetworkIndicator of(String code) {
            if (code == null || code.isEmpty()) {
                return NOT_GIVEN;
            }
            return switch (code) {
                case "Y" -> IN_NETWORK;
                case "N" -> OUT_OF_NETWORK;
                case "W" -> NOT_APPLICABLE;
                default -> UNKNOWN;
            };
        }
    }

    /** An AAA segment: the payer could not process the request (AAA03 reason, AAA04 follow-up). */
    public record Rejection(String reasonCode, String followUp) {
    }
}
