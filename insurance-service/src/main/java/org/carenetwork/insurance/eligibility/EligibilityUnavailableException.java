package org.carenetwork.insurance.eligibility;

/** The clearinghouse or payer did not give a usable answer; the inquiry may be retried later. */
public class EligibilityUnavailableException extends RuntimeException {

    public EligibilityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
