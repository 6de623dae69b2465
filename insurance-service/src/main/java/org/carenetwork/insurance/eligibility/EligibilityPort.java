package org.carenetwork.insurance.eligibility;

/**
 * Real-time eligibility (X12 270/271) through a clearinghouse. The coverage form never calls
 * it: the admissions team decides when a request is worth a payer query. No clearinghouse is
 * wired in yet; {@link X12EligibilityPort} is the X12 side, given a {@link ClearinghouseTransport}.
 */
public interface EligibilityPort {

    /**
     * @throws EligibilityUnavailableException when the clearinghouse or payer cannot answer now
     */
    EligibilityResult check(EligibilityInquiry inquiry);
}
