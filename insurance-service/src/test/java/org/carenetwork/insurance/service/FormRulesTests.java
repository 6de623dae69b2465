package org.carenetwork.insurance.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.insurance.api.CoverageRequestForm;
import org.carenetwork.insurance.domain.SubscriberRelationship;
import org.carenetwork.vocabulary.PreferredContact;
import org.carenetwork.vocabulary.SeekingCareFor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormRulesTests {

    static final LocalDate TODAY = LocalDate.parse("2026-11-22");
    static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");

    static CoverageRequestForm form(String payer, String memberId, String phone, String email, PreferredContact contact,
                                    LocalDate dob) {
        return new CoverageRequestForm(SeekingCareFor.SELF, "A", "B", dob, phone, email, contact, payer, null, memberId,
                null, SubscriberRelationship.SELF, null, null,
                new CoverageRequestForm.Consent(true, "I agree", NOW.minusSeconds(5)));
    }

    @ParameterizedTest(name = "{0} member id \"{1}\" → {2}")
    @CsvSource(delimiter = '|', value = {
            "aetna         | W123456789           | ",
            "aetna         | w12 345-6789         | ",
            "aetna         | AB                   | memberId",
            "aetna         | ABCDEFGHIJ1234567890 | ",
            "aetna         | ABCDEFGHIJ12345678901| memberId",
            "aetna         | W12345$789           | memberId",
            "aetna         | - -- ---             | memberId",
            "aetna         | ıabcd                | memberId",
            "cigna         | 12                   | memberId",
            "bcbs          | XYZ123456789         | ",
            "bcbs          | XYZ12345678901234    | ",
            "bcbs          | XYZ123456789012345   | memberId",
            "anthem        | XYZ                  | memberId",
            "anthem        | ABC W12345678        | ",
            "ohio-medicaid | 123456789012         | ",
            "ohio-medicaid | 1234 5678 9012       | ",
            "ohio-medicaid | 12345678901          | memberId",
            "ohio-medicaid | 12345678901A         | memberId",
            "caresource    | 123456789012345      | ",
            "              | ABC123               | ",
    })
    void memberIds_areCheckedByThePayersPublicRuleOnly(String payer, String memberId, String field) {
        assertFields(field, FormRules.check(form(payer, memberId, "4195550100", null, PreferredContact.PHONE,
                LocalDate.parse("1990-01-01")), payer, TODAY, NOW));
    }

    @ParameterizedTest(name = "phone \"{0}\", email \"{1}\", prefers {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "(419) 555-0100    |                   | PHONE | ",
            "419.555.0100      |                   | TEXT  | ",
            "+1 419 555 0100   |                   | PHONE | ",
            "555-0100          |                   | PHONE | phone",
            "(119) 555-0100    |                   | PHONE | phone",
            "419555010         |                   | PHONE | phone",
            "                  | a@example.org     | EMAIL | ",
            "                  | a@example         | EMAIL | email",
            "                  | not an email      | EMAIL | email",
            "                  | a@example.org     | PHONE | phone",
            "(419) 555-0100    |                   | EMAIL | email",
            "                  |                   | PHONE | phone",
    })
    void contactDetails_mustBeUsable_andMatchThePreference(String phone, String email, PreferredContact contact, String field) {
        assertFields(field, FormRules.check(form("aetna", "W1234", phone, email, contact, LocalDate.parse("1990-01-01")),
                "aetna", TODAY, NOW));
    }

    @ParameterizedTest(name = "born {0} → {1}")
    @CsvSource({
            "1990-01-01, ",
            "1906-11-22, ",
            "1906-11-21, dateOfBirth",
            "1800-01-01, dateOfBirth",
    })
    void dateOfBirth_mustBePlausible(LocalDate dob, String field) {
        assertFields(field, FormRules.check(form("aetna", "W1234", "4195550100", null, PreferredContact.PHONE, dob),
                "aetna", TODAY, NOW));
    }

    private static void assertFields(String field, List<FieldError> errors) {
        assertEquals(field == null ? List.of() : List.of(field), errors.stream().map(FieldError::field).toList(),
                () -> errors.toString());
    }
}
