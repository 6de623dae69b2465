package org.carenetwork.insurance.eligibility;

/** The eligibility port over X12: builds the 270, hands it to the transport, reads the 271. */
public class X12EligibilityPort implements EligibilityPort {

    private final ClearinghouseTransport transport;
    private final X12Eligibility.Envelope envelope;

    public X12EligibilityPort(ClearinghouseTransport transport, X12Eligibility.Envelope envelope) {
        this.transport = transport;
        this.envelope = envelope;
    }

    @Override
    public EligibilityResult check(EligibilityInquiry inquiry) {
        String request = X12Eligibility.write270(inquiry, envelope);
        String response;
        try {
            response = transport.exchange(request);
        } catch (RuntimeException e) {
            throw new EligibilityUnavailableException("the clearinghouse did not answer", e);
        }
        return X12Eligibility.read271(response);
    }
}
