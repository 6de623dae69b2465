package org.carenetwork.referral.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.carenetwork.common.crypto.FieldCipher;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Idempotency;
import org.carenetwork.referral.api.ReferralForm;
import org.carenetwork.referral.client.Facilities;
import org.carenetwork.referral.client.Network;

/**
 * Sending a referral: consent, then every other problem at once, then the replay of an earlier
 * send with the same key; then the facility (required: 422 or 503) and the network (optional:
 * UNKNOWN and degraded when insurance-service cannot say), both over HTTP and outside any
 * transaction; then one transaction stores it with its outbox event.
 */
@ApplicationScoped
public class Referrals {

    @Inject
    Validator validator;

    @Inject
    Facilities facilities;

    @Inject
    Network network;

    @Inject
    ReferralStore store;

    @Inject
    ObjectMapper json;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    public ReferralStore.Created create(ReferralForm form, String idempotencyKey, String sender, String requestId) {
        if (form == null) {
            throw ProblemException.badField("body", "is required: the referral as JSON");
        }
        Idempotency.key(idempotencyKey);
        ReferralRules.requireConsent(form);
        validate(form);
        String hash = Idempotency.fingerprint(json, cipher, form, "referral");
        if (idempotencyKey != null) {
            Optional<ReferralStore.Created> replay = store.replay(sender, idempotencyKey, hash, requestId);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Facilities.FacilityRef facility = facilities.requireLevel(form.facilityId(), form.levelOfCare());
        Network.Answer answer = form.insurance() == null ? null
                : network.check(form.insurance().payer().trim(), form.insurance().planType(), form.facilityId(),
                form.levelOfCare());
        return store.create(form, facility, answer, sender, idempotencyKey, hash, requestId);
    }

    private void validate(ReferralForm form) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ReferralForm> v : validator.validate(form)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        for (FieldError e : ReferralRules.check(form, LocalDate.now(clock), clock.instant())) {
            if (errors.stream().noneMatch(known -> known.field().equals(e.field()))) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            throw ProblemException.badFields(errors);
        }
    }
}
