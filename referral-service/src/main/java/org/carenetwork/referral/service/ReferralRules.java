package org.carenetwork.referral.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.referral.api.ReferralForm;
import org.carenetwork.vocabulary.PreferredContact;

/**
 * The referral's rules beyond single-field constraints, each failure naming its field with a
 * message that tells the sender how to fix it. Consent comes first and is a 422 of its own: a
 * referral to substance-use treatment is a 42 CFR Part 2 disclosure, which needs the person's
 * written consent.
 */
public final class ReferralRules {

    /** Nobody living was born more than this long ago. */
    static final int OLDEST_AGE_YEARS = 120;
    /** A sender's clock a little ahead of ours is normal. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    /** How far from now an intake time may be. */
    static final Duration INTAKE_RANGE = Duration.ofDays(366);

    private static final Pattern CARD_SEPARATORS = Pattern.compile("[\\s-]");

    private ReferralRules() {
    }

    /** @throws ProblemException 422 naming {@code consent} when it is missing or not given */
    public static void requireConsent(ReferralForm form) {
        if (form.consent() == null) {
            throw ProblemException.unprocessable("consent", "is required: a referral discloses a record protected by "
                    + "42 CFR Part 2, which needs the person's written consent (given: true, the text, when)");
        }
        if (!Boolean.TRUE.equals(form.consent().given())) {
            throw ProblemException.unprocessable("consent", "must be given (given: true): without the person's "
                    + "consent a referral cannot be sent");
        }
    }

    /** What the annotations cannot say: the checks between fields and against today. */
    public static List<FieldError> check(ReferralForm f, LocalDate today, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        ReferralForm.Person p = f.person();
        if (p != null) {
            if (p.dateOfBirth() != null && p.dateOfBirth().isBefore(today.minusYears(OLDEST_AGE_YEARS))) {
                errors.add(new FieldError("person.dateOfBirth", "must be a real date of birth: more than "
                        + OLDEST_AGE_YEARS + " years ago is not plausible (use YYYY-MM-DD)"));
            }
            boolean hasPhone = p.phone() != null;
            boolean hasEmail = p.email() != null;
            if (!hasPhone && !hasEmail) {
                errors.add(new FieldError("person.phone", "give a phone number or an email address so the site can "
                        + "reach the person"));
            } else if (p.preferredContact() == PreferredContact.EMAIL && !hasEmail) {
                errors.add(new FieldError("person.email", "is needed to email the person as they prefer"));
            } else if (p.preferredContact() != null && p.preferredContact() != PreferredContact.EMAIL && !hasPhone) {
                errors.add(new FieldError("person.phone", "is needed to " + (p.preferredContact() == PreferredContact.TEXT
                        ? "text" : "call") + " the person as they prefer"));
            }
        }
        if (f.consent() != null && f.consent().at() != null) {
            if (f.consent().at().isAfter(now.plus(CLOCK_SKEW))) {
                errors.add(new FieldError("consent.at", "must not be in the future"));
            } else if (f.consent().at().isBefore(Instant.EPOCH)) {
                errors.add(new FieldError("consent.at", "must be a real time, after 1970 (ISO-8601, like 2026-11-22T14:03:00Z)"));
            }
        }
        return errors;
    }

    /** Spaces and dashes people copy from a card are not part of the id. */
    public static String normalizeMemberId(String raw) {
        return CARD_SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** @throws ProblemException 400 naming {@code intakeAt} when it is further than a year from now */
    public static void intakeWithinAYear(Instant intakeAt, Instant now) {
        if (intakeAt != null && (intakeAt.isBefore(now.minus(INTAKE_RANGE)) || intakeAt.isAfter(now.plus(INTAKE_RANGE)))) {
            throw ProblemException.badField("intakeAt", "must be within a year of now");
        }
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
