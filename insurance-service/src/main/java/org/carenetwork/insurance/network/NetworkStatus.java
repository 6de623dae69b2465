package org.carenetwork.insurance.network;

public enum NetworkStatus {
    /** A contract for this payer, plan type, facility and level covers the date. */
    IN_NETWORK,
    /** The payer is known, but no contract covers the date. */
    OUT_OF_NETWORK,
    /** The payer, or the plan type for that payer, is not recognised: nothing can be said. */
    UNKNOWN
}
