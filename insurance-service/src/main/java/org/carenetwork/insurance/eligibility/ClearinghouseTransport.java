package org.carenetwork.insurance.eligibility;

/**
 * Moves one X12 document to a clearinghouse and back (HTTP, CAQH CORE SOAP or MIME, AS2: the
 * clearinghouse decides). CAQH CORE expects a real-time answer within 20 seconds.
 */
@FunctionalInterface
public interface ClearinghouseTransport {

    /** Sends a 270 interchange and returns the 271 interchange that answers it. */
    String exchange(String x12Request);
}
