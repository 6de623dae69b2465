package org.carenetwork.insurance.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.insurance.api.CoverageRequestForm;
import org.carenetwork.insurance.domain.Phones;
import org.carenetwork.insurance.domain.SubscriberRelationship;
import org.carenetwork.vocabulary.PreferredContact;

/**
 * The form's rules beyond single-field constraints, each failure naming its field with a message
 * that tells a person how to fix it. Member-id formats are checked only where the format is public
 * (domain.md): BCBS and Anthem ids carry a 3-character prefix and are 17 characters at most; Ohio
 * Medicaid ids are 12 digits. Every other payer gets the general 3–20 letters and digits, so no
 * card is rejected on a guessed format.
 */
public final class FormRules {

    /** Nobody living was born more than this long ago. */
    static final int OLDEST_AGE_YEARS = 120;
    /** A device clock a little ahead of ours is normal. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private static final Pattern CARD_SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9]{3,20}");
    private static final Pattern BLUE_MEMBER_ID = Pattern.compile("[A-Za-z0-9]{3}[A-Za-z0-9]{1,14}");
    private static final Pattern OHIO_MEDICAID_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private FormRules() {
    }

    /** Spaces and dashes people copy from a card are not part of the id. */
    public static String normalizeMemberId(String raw) {
        return raw == null ? null : CARD_SEPARATORS.matcher(raw).replaceAll("").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * @param payerId the resolved payer id, or null when the payer is not one we know
     */
    public static List<FieldError> check(CoverageRequestForm f, String payerId, LocalDate today, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (f.dateOfBirth() != null && f.dateOfBirth().isBefore(today.minusYears(OLDEST_AGE_YEARS))) {
            errors.add(new FieldError("dateOfBirth", "must be a real date of birth: more than " + OLDEST_AGE_YEARS
                    + " years ago is not plausible (use YYYY-MM-DD)"));
        }
        boolean hasPhone = f.phone() != null && !f.phone().isBlank();
        boolean hasEmail = f.email() != null && !f.email().isBlank();
        if (hasPhone && !Phones.valid(f.phone().trim())) {
            errors.add(new FieldError("phone", "must be a 10-digit US phone number, like (419) 555-0123 (area code and "
                    + "exchange starting 2-9)"));
        }
        if (hasEmail && !EMAIL.matcher(f.email().trim()).matches()) {
            errors.add(new FieldError("email", "must be an email address, like name@example.com"));
        }
        if (!hasPhone && !hasEmail) {
            errors.add(new FieldError("phone", "give a phone number or an email address so admissions can reach you"));
        } else if (f.preferredContact() != null) {
            switch (f.preferredContact()) {
                case PHONE, TEXT -> {
                    if (!hasPhone) {
                        errors.add(new FieldError("phone", "is needed to " + (f.preferredContact() == PreferredContact.TEXT
                                ? "text you" : "call you") + " as you prefer"));
                    }
                }
                case EMAIL -> {
                    if (!hasEmail) {
                        errors.add(new FieldError("email", "is needed to email you as you prefer"));
                    }
                }
            }
        }
        if (f.memberId() != null) {
            // Checked before upper-casing, which turns some letters into ASCII ones ("ı" into "I"); and an id
            // of only spaces and dashes is no id.
            String memberId = CARD_SEPARATORS.matcher(f.memberId()).replaceAll("");
            if (!MEMBER_ID.matcher(memberId).matches()) {
                errors.add(new FieldError("memberId", "must be 3 to 20 letters and digits, as printed on the insurance card"));
            } else if (("bcbs".equals(payerId) || "anthem".equals(payerId)) && !BLUE_MEMBER_ID.matcher(memberId).matches()) {
                errors.add(new FieldError("memberId", "a Blue Cross Blue Shield / Anthem member id is the 3-character prefix "
                        + "on the card followed by the number, 17 characters at most"));
            } else if ("ohio-medicaid".equals(payerId) && !OHIO_MEDICAID_ID.matcher(memberId).matches()) {
                errors.add(new FieldError("memberId", "an Ohio Medicaid member id is 12 digits"));
            }
        }
        if (f.subscriberRelationship() == SubscriberRelationship.SELF && f.policyHolder() != null) {
            errors.add(new FieldError("policyHolder", "must be left out when subscriberRelationship is SELF: the patient "
                    + "is the policy holder"));
        } else if (f.subscriberRelationship() != null && f.subscriberRelationship() != SubscriberRelationship.SELF
                && f.policyHolder() == null) {
            errors.add(new FieldError("policyHolder", "is required when subscriberRelationship is "
                    + f.subscriberRelationship() + ": the policy holder's first and last name and date of birth, as on "
                    + "the insurance card"));
        }
        if (f.policyHolder() != null && f.policyHolder().dateOfBirth() != null
                && f.policyHolder().dateOfBirth().isBefore(today.minusYears(OLDEST_AGE_YEARS))) {
            errors.add(new FieldError("policyHolder.dateOfBirth", "must be a real date of birth: more than "
                    + OLDEST_AGE_YEARS + " years ago is not plausible (use YYYY-MM-DD)"));
        }
        if (f.consent() != null && f.consent().agreedAt() != null && f.consent().agreedAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("consent.agreedAt", "must not be in the future"));
        }
        return errors;
    }
}
