package org.carenetwork.insurance.eligibility;

import java.time.LocalDate;
import java.util.List;
import org.carenetwork.insurance.coverage.CoverageRequestViews;

/**
 * One real-time eligibility question: who is asking (the provider), of which payer, about which
 * member, for which services, on which date. Holds PHI: never log it.
 *
 * @param payerEdiId  the payer's electronic id as the clearinghouse knows it
 * @param traceNumber the caller's reference, echoed back in the 271's TRN
 */
public record EligibilityInquiry(String payerName, String payerEdiId, String providerName, String providerNpi,
                                 String memberId, String firstName, String lastName, LocalDate dateOfBirth,
                                 LocalDate serviceDate, List<ServiceType> serviceTypes, String traceNumber) {

    /**
     * The inquiry for a coverage request as the admissions team has it (decrypted, from
     * {@code GET /coverage-requests/{id}}), asking about its level of care, or the plan in general.
     */
    public static EligibilityInquiry forRequest(CoverageRequestViews.Detail request, String payerName, String payerEdiId,
                                                String providerName, String providerNpi, LocalDate serviceDate) {
        return new EligibilityInquiry(payerName, payerEdiId, providerName, providerNpi, request.memberId(),
                request.firstName(), request.lastName(), request.dateOfBirth(), serviceDate,
                ServiceType.forLevel(request.levelOfCare()),
                request.id().toString().replace("-", ""));
    }
}
