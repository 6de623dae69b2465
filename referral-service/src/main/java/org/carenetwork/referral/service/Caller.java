package org.carenetwork.referral.service;

/**
 * Who is calling, as the token says: the subject (a partner's client name, a staff member's user
 * name) and whether the roles make them staff who see every referral.
 *
 * @param admissions ADMISSIONS: works the queue, moves referrals
 * @param staff      ADMISSIONS or CALL_CENTER: sees every referral
 */
public record Caller(String subject, boolean admissions, boolean staff) {

    /** Whether this caller may see a referral sent by {@code sender}. */
    boolean sees(String sender) {
        return staff || subject.equals(sender);
    }
}
