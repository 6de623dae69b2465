package org.carenetwork.vocabulary;

/** Whether a facility's level of care is in network for a payer and plan type on a date. */
public enum NetworkStatus {
    /** A contract for this payer, plan type, facility and level covers the date. */
    IN_NETWORK,
    /** The payer is known, but no contract covers the date. */
    OUT_OF_NETWORK,
    /**
     * Nothing can be said: the payer or plan type is not recognised, the network has no contract data
     * for the facility (no payer's contract on file, as for an imported directory listing), or the
     * answer could not be had.
     */
    UNKNOWN
}
