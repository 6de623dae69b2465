package org.carenetwork.insurance;

/** The plan products a contract is made for. */
public enum PlanType {
    PPO, HMO, EPO, POS, MEDICAID, MEDICARE_ADVANTAGE, TRICARE
}
