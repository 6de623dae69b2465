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
    static final String REFERRAL_ID_EXAMPLE = "9c4e2a10-5b6d-4e7f-8a9b-000000000201";
    static final String SUBSCRIPTION_ID = "The subscription's id.";
    static final String SUBSCRIPTION_ID_EXAMPLE = "3b8f6a2e-1c4d-4f7a-9e5b-8d2c0a6f4e19";

    private OperationText() {
    }
}
