package org.carenetwork.vocabulary;

/** How a request reached the network: who typed it in, as the caller's credentials tell. */
public enum IntakeChannel {
    /** A brand website's form, sent without credentials. */
    WEB,
    /** The admissions call center, taking it by phone (a CALL_CENTER or ADMISSIONS caller). */
    CALL_CENTER,
    /** A partner's referral system (a PARTNER caller). */
    PARTNER,
    /** Other network staff (an ADMIN caller). */
    STAFF
}
