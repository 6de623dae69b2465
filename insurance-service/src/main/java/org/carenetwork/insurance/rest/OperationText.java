package org.carenetwork.insurance.rest;

/** What the operations of the service's OpenAPI document say alike. */
final class OperationText {

    static final String TAG = "Insurance";
    static final String TAG_DESCRIPTION = "Payers, network contracts, network checks and coverage (verification-of-"
            + "benefits) requests.";

    /** The "Roles:" sentence of an operation that anyone may call (the gateway's tests read it). */
    static final String ANYONE = "Roles: ANONYMOUS, CALL_CENTER, ADMISSIONS, PARTNER, ADMIN.\n";

    static final String PAGE = "The page, from 0.";
    static final String SIZE = "Items per page, 1 to 100.";
    /** As far as a page number goes (common-web's Page says so of the answer). */
    static final int MAX_PAGE = 100_000;

    private OperationText() {
    }
}
