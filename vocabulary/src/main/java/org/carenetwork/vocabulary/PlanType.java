package org.carenetwork.vocabulary;

/** The plan products a payer sells and a network contract is made for. */
public enum PlanType {
    PPO, HMO, EPO, POS, MEDICAID, MEDICARE_ADVANTAGE, TRICARE
}
