package org.carenetwork.referral.rest;

/** What the operations of the service's OpenAPI document say alike. */
final class OperationText {

    static final String TAG = "Referrals";
    static final String TAG_DESCRIPTION = "Partner referrals of a person to a site with consent (42 CFR Part 2), tracked "
            + "as a FHIR Task: status, business status and history.";
    static final String WEBHOOK_TAG = "Webhooks";
    static final String WEBHOOK_TAG_DESCRIPTION = "Signed, at-least-once notifications to a partner of each change of "
            + "the referrals it sent.";

    static final String PAGE = "The page, from 0.";
    static final String SIZE = "Items per page, 1 to 100.";
    /** As far as a page number goes (common-web's Page says so of the answer). */
    static final int MAX_PAGE = 100_000;

    static final String REFERRAL_ID = "The referral's id.";
    static final String REFERRAL_ID_EXAMPLE = "7d1e5c2a-9b3f-4e8d-a6c1-2f4b8e0d9a13";
    static final String SUBSCRIPTION_ID = "The subscription's id.";
    static final String SUBSCRIPTION_ID_EXAMPLE = "3b8f6a2e-1c4d-4f7a-9e5b-8d2c0a6f4e19";

    private OperationText() {
    }
}
