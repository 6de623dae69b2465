package org.carenetwork.vocabulary;

/** What a site accepts at all, as the national directories record it (not a network contract). */
public enum PaymentType {
    MEDICAID, MEDICARE, PRIVATE_INSURANCE, SELF_PAY, MILITARY, STATE_FINANCED, SLIDING_FEE, FREE
}
