package org.carenetwork.insurance.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carenetwork.insurance.domain.SubscriberRelationship;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PlanType;
import org.carenetwork.vocabulary.PreferredContact;
import org.carenetwork.vocabulary.SeekingCareFor;

/**
 * The "check your insurance in minutes" form. The annotations catch what is wrong on its own;
 * {@link FormRules} adds the rules that depend on other fields (contact preference, payer-specific
 * member ids) so a person gets every problem at once.
 */
public record CoverageRequestForm(
        @NotNull SeekingCareFor seekingCareFor,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull @Past LocalDate dateOfBirth,
        @Size(max = 40) String phone,
        @Size(max = 254) String email,
        @NotNull PreferredContact preferredContact,
        @NotBlank @Size(max = 100) String payer,
        PlanType planType,
        @NotBlank @Size(max = 40) String memberId,
        @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9 -]*", message = "must be letters, digits, spaces or dashes, as on the card")
        String groupNumber,
        @NotNull SubscriberRelationship subscriberRelationship,
        UUID facilityId,
        LevelOfCare levelOfCare,
        @NotNull @Valid Consent consent) {

    /** What the person agreed to, word for word, and when (their device's clock). */
    public record Consent(@NotNull @AssertTrue(message = "must be true: the request cannot be sent without consent") Boolean agreed,
                          @NotBlank @Size(max = 10000) String text,
                          @NotNull Instant agreedAt) {
    }
}
