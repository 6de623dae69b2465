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
        return form(payer, memberId, phone, email, contact, dob, SubscriberRelationship.SELF, null);
    }

    static CoverageRequestForm form(String payer, String memberId, String phone, String email, PreferredContact contact,
                                    LocalDate dob, SubscriberRelationship relationship,
                                    CoverageRequestForm.PolicyHolder holder) {
        return new CoverageRequestForm(SeekingCareFor.SELF, "A", "B", dob, phone, email, contact, payer, null, memberId,
                null, relationship, null, null,
                new CoverageRequestForm.Consent(true, "I agree", NOW.minusSeconds(5)), holder, null);
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
            "(419) 155-0100    |                   | PHONE | phone",
            "(419) 055-0100    |                   | PHONE | phone",
            "(911) 555-0100    |                   | PHONE | phone",
            "(411) 555-0100    |                   | PHONE | phone",
            "(410) 555-0100    |                   | PHONE | ",
            "1-419-555-0100    |                   | PHONE | ",
            "4195550100        |                   | PHONE | ",
            "+44 20 7946 0958  |                   | PHONE | phone",
            "+4195550100       |                   | PHONE | phone",
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

    @ParameterizedTest(name = "{0} with a policy holder: {1} → {2}")
    @CsvSource({
            "SELF,   false, ",
            "SELF,   true,  policyHolder",
            "SPOUSE, false, policyHolder",
            "CHILD,  false, policyHolder",
            "OTHER,  false, policyHolder",
            "SPOUSE, true,  ",
            "CHILD,  true,  ",
            "OTHER,  true,  ",
    })
    void thePolicyHolder_isGivenExactlyWhenThePatientIsNotTheSubscriber(SubscriberRelationship relationship,
                                                                        boolean given, String field) {
        CoverageRequestForm.PolicyHolder holder = given
                ? new CoverageRequestForm.PolicyHolder("Alex", "Example", LocalDate.parse("1970-05-05")) : null;
        assertFields(field, FormRules.check(form("aetna", "W1234", "4195550100", null, PreferredContact.PHONE,
                LocalDate.parse("2010-01-01"), relationship, holder), "aetna", TODAY, NOW));
    }

    @ParameterizedTest(name = "policy holder born {0} → {1}")
    @CsvSource({
            "1960-01-01, ",
            "1906-11-21, policyHolder.dateOfBirth",
    })
    void thePolicyHoldersDateOfBirth_mustBePlausible(LocalDate dob, String field) {
        assertFields(field, FormRules.check(form("aetna", "W1234", "4195550100", null, PreferredContact.PHONE,
                LocalDate.parse("2010-01-01"), SubscriberRelationship.CHILD,
                new CoverageRequestForm.PolicyHolder("Alex", "Example", dob)), "aetna", TODAY, NOW));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "(419) 555-0100   | +14195550100",
            "419.555.0100     | +14195550100",
            "+1 419 555 0100  | +14195550100",
            "1-419-555-0100   | +14195550100",
            "4195550100       | +14195550100",
    })
    void phoneNumbers_areStoredInE164(String written, String e164) {
        assertEquals(e164, org.carenetwork.insurance.domain.Phones.e164(written));
    }

    private static void assertFields(String field, List<FieldError> errors) {
        assertEquals(field == null ? List.of() : List.of(field), errors.stream().map(FieldError::field).toList(),
                () -> errors.toString());
    }
}
