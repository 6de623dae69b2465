package org.carenetwork.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carenetwork.assessment.api.AnswerShapes;
import org.carenetwork.assessment.api.AssessmentRequest;
import org.carenetwork.assessment.api.AssessmentView;
import org.carenetwork.assessment.domain.Dimension;
import org.carenetwork.assessment.domain.Evaluation;
import org.carenetwork.assessment.domain.InstrumentCatalog;
import org.carenetwork.assessment.domain.InstrumentDefinition;
import org.carenetwork.assessment.domain.LevelOfCareRules;
import org.carenetwork.assessment.domain.Questionnaire;
import org.carenetwork.assessment.domain.Questionnaire.DimensionQuestions;
import org.carenetwork.assessment.domain.Questionnaire.Option;
import org.carenetwork.assessment.domain.Questionnaire.Question;
import org.carenetwork.assessment.domain.ScoreResult;
import org.carenetwork.assessment.domain.Scorer;
import org.carenetwork.common.crypto.FieldCipher;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Idempotency;
import org.carenetwork.vocabulary.Crisis;

/**
 * Creates and reads assessments: scores the screeners, applies the level-of-care rules, and keeps
 * the answers and the result encrypted at rest, readable with the access token or by staff.
 */
@ApplicationScoped
public class AssessmentService {

    static final String ANSWERS_AAD = "assessment.answers:";
    static final String RESULT_AAD = "assessment.result:";
    static final String FINGERPRINT_PURPOSE = "assessment.request";
    public static final String TOKEN_HEADER = "X-Assessment-Token";

    @Inject
    InstrumentCatalog catalog;

    @Inject
    Clock clock;

    @Inject
    Questionnaire questions;

    @Inject
    AssessmentStore store;

    @Inject
    FieldCipher cipher;

    @Inject
    ObjectMapper json;

    /** The answer, and whether it is new (201) or the replay of an earlier request with the same key (200). */
    public record Created(AssessmentView view, boolean created) {
    }

    /**
     * Who reads: whether the caller holds a staff role (CALL_CENTER, ADMISSIONS), the name of the
     * referral partner it is (null when it has no PARTNER role), and whether it is authenticated.
     */
    public record Reader(boolean staff, String partner, boolean authenticated) {
    }

    /** @param createdByPartner the partner's name when a PARTNER takes the assessment, else null */
    public Created create(AssessmentRequest request, String idempotencyKey, String createdByPartner) {
        if (idempotencyKey != null) {
            Optional<AssessmentStore.Row> earlier = store.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), request);
            }
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String fingerprint = Idempotency.fingerprint(json, cipher, request, FINGERPRINT_PURPOSE);
        AssessmentView view = evaluate(id, now, request);
        String token = AccessTokens.mint();
        boolean inserted = store.insert(id, now, idempotencyKey, fingerprint, AccessTokens.hash(token),
                cipher.encrypt(write(request), ANSWERS_AAD + id), cipher.encrypt(write(view), RESULT_AAD + id), createdByPartner);
        if (!inserted) {
            // A concurrent request with the same key won the race: answer as its replay.
            return replay(store.findByIdempotencyKey(idempotencyKey).orElseThrow(), request);
        }
        return new Created(view.withAccessToken(token), true);
    }

    /**
     * Who may read (README "Who reads an assessment"): the holder of the token given at creation,
     * always; CALL_CENTER and ADMISSIONS only when the respondent consented to sharing; a PARTNER
     * only an assessment it took itself, with consent. An anonymous caller without a token is not
     * authenticated (401); a role that can read no assessment without a token is refused before
     * any lookup (403, which says nothing about this id); anyone else who may not read this one
     * gets the 404 of an unknown id, so a refusal never tells that the assessment exists. A value
     * that is not a token's format at all is a 400, for staff too, as the contract's format says.
     */
    public AssessmentView read(UUID id, Reader reader, String token) {
        // Only a token this service could have issued is looked at; anything else is the caller's mistake.
        if (token != null && !token.matches(AssessmentView.TOKEN_PATTERN)) {
            throw ProblemException.badField(TOKEN_HEADER, "is not an access token: send the " + AssessmentView.TOKEN_LENGTH
                    + " characters of `accessToken` from the creation answer");
        }
        boolean mayReadWithConsent = reader.staff() || reader.partner() != null;
        if (token == null && !mayReadWithConsent) {
            if (!reader.authenticated()) {
                throw new ProblemException(401, "Unauthorized", READ_NEEDS, List.of(), Map.of("WWW-Authenticate", "Bearer"));
            }
            throw new ProblemException(403, "Forbidden", READ_NEEDS);
        }
        AssessmentStore.Row row = store.find(id).orElseThrow(() -> ProblemException.notFound("Assessment", id));
        AssessmentView view = read(row.result(), RESULT_AAD + row.id(), AssessmentView.class);
        if (AccessTokens.matches(token, row.accessTokenHash())) {
            return view;
        }
        boolean shared = view.consentToShare()
                && (reader.staff() || reader.partner() != null && reader.partner().equals(row.createdByPartner()));
        if (!shared) {
            // The same answer as an unknown id: whoever may not read it does not learn that it exists.
            throw ProblemException.notFound("Assessment", id);
        }
        return view;
    }

    static final String READ_NEEDS = "Reading an assessment needs its access token (X-Assessment-Token), or, when the "
            + "respondent consented to sharing, a CALL_CENTER or ADMISSIONS role (or the PARTNER that took it)";

    private Created replay(AssessmentStore.Row earlier, AssessmentRequest request) {
        String fingerprint = Idempotency.fingerprint(json, cipher, request, FINGERPRINT_PURPOSE);
        String first = earlier.requestFingerprint() != null ? earlier.requestFingerprint()
                : Idempotency.fingerprint(json, cipher,
                        read(earlier.answers(), ANSWERS_AAD + earlier.id(), AssessmentRequest.class), FINGERPRINT_PURPOSE);
        if (!first.equals(fingerprint)) {
            throw Idempotency.reusedForAnotherRequest();
        }
        // Only the token's hash is kept, so the replay cannot repeat the first token: it gets a new
        // one, which replaces the first (whoever retried lost the first answer, or holds both).
        String token = AccessTokens.mint();
        store.replaceAccessTokenHash(earlier.id(), AccessTokens.hash(token));
        AssessmentView view = read(earlier.result(), RESULT_AAD + earlier.id(), AssessmentView.class);
        return new Created(view.withAccessToken(token), false);
    }

    /**
     * Checks every answer, then scores and applies the rules. Invalid answers are a 400 naming each
     * one, except when the usable answers already show imminent risk: then the crisis answer is
     * given anyway, listing what could not be used, because a malformed field must never hide a
     * "yes" to intent.
     */
    AssessmentView evaluate(UUID id, Instant createdAt, AssessmentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<ScoreResult> scores = new ArrayList<>();
        Map<String, List<Integer>> instruments = request.instruments() == null ? Map.of() : request.instruments();
        if (instruments.size() > AnswerShapes.MAX_INSTRUMENTS) {
            errors.add(new FieldError("instruments", "has " + instruments.size() + " instruments; at most "
                    + AnswerShapes.MAX_INSTRUMENTS + ", each given once"));
        }
        Set<String> given = new HashSet<>();
        instruments.forEach((code, answers) -> {
            // A field error names the key; a key that is no code at all is named by its field, shortened.
            if (!code.matches(AnswerShapes.INSTRUMENT_CODE_PATTERN)) {
                errors.add(new FieldError("instruments", "'" + Enums.shown(code) + "' is not an instrument code ("
                        + knownCodes() + ")"));
                return;
            }
            String field = "instruments." + code;
            Optional<InstrumentDefinition> instrument = catalog.find(code);
            if (instrument.isEmpty()) {
                errors.add(new FieldError(field, "is not a known instrument (" + knownCodes() + ")"));
                return;
            }
            // Codes are case-insensitive: "PHQ-9" and "phq-9" would otherwise be scored twice.
            if (!given.add(instrument.get().code())) {
                errors.add(new FieldError(field, "gives " + instrument.get().code() + " a second time; give each "
                        + "instrument once"));
                return;
            }
            List<FieldError> problems = Scorer.check(instrument.get(), answers, field);
            if (problems.isEmpty()) {
                scores.add(Scorer.score(instrument.get(), answers, field));
            } else {
                errors.addAll(problems);
                Scorer.scoreUsableAnswers(instrument.get(), answers).ifPresent(scores::add);
            }
        });
        // Without `dimensions` the assessment is screeners only: scored, crisis decided, no level of care.
        boolean screenersOnly = request.dimensions() == null && !instruments.isEmpty();
        Map<Dimension, List<Option>> answers = screenersOnly ? Map.of() : dimensionAnswers(request.dimensions(), errors);
        Evaluation evaluation = LevelOfCareRules.evaluate(request.ageGroup(), answers, scores);
        if (!errors.isEmpty() && !evaluation.crisis()) {
            throw ProblemException.badFields(errors);
        }
        return new AssessmentView(evaluation.crisis(), evaluation.crisis() ? Crisis.MESSAGE : null,
                Crisis.RESOURCES, id, null, createdAt, request.respondent(), request.ageGroup(), List.copyOf(scores),
                screenersOnly ? null : evaluation.recommendation(), request.consentToShare(),
                errors.isEmpty() ? null : List.copyOf(Problem.listed(errors)));
    }

    private String knownCodes() {
        return "known: " + catalog.all().stream().map(InstrumentDefinition::code).collect(Collectors.joining(", "));
    }

    /** The chosen option of every level-of-care question; problems go to {@code errors}. */
    private Map<Dimension, List<Option>> dimensionAnswers(Map<Dimension, Map<String, String>> given,
                                                          List<FieldError> errors) {
        Map<Dimension, List<Option>> chosen = new EnumMap<>(Dimension.class);
        if (given == null) {
            errors.add(new FieldError("dimensions", "is required when no instrument is given: the level-of-care "
                    + "questions by dimension, or at least one screener in `instruments`"));
            return chosen;
        }
        for (DimensionQuestions group : questions.dimensions()) {
            String base = "dimensions." + group.dimension();
            Map<String, String> answered = given.get(group.dimension());
            if (answered == null) {
                errors.add(new FieldError(base, "is required"));
                continue;
            }
            answered.keySet().stream().filter(id -> group.question(id).isEmpty()).forEach(id -> errors.add(
                    id.matches(Questionnaire.ID_PATTERN)
                            ? new FieldError(base + "." + id, "is not a question of " + group.dimension())
                            : new FieldError(base, "'" + Enums.shown(id) + "' is not a question of " + group.dimension())));
            List<Option> options = new ArrayList<>();
            for (Question question : group.questions()) {
                String field = base + "." + question.id();
                String code = answered.get(question.id());
                Optional<Option> option = code == null ? Optional.empty() : question.option(code);
                if (option.isPresent()) {
                    options.add(option.get());
                } else {
                    String allowed = question.options().stream().map(Option::code).collect(Collectors.joining(", "));
                    errors.add(new FieldError(field, (code == null ? "is required" : Enums.shown(code) + " is not an answer")
                            + " (one of: " + allowed + ")"));
                }
            }
            if (!options.isEmpty()) {
                chosen.put(group.dimension(), options);
            }
        }
        return chosen;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an assessment", e);
        }
    }

    private <T> T read(byte[] sealed, String associatedData, Class<T> type) {
        try {
            return json.readValue(cipher.decrypt(sealed, associatedData), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored assessment", e);
        }
    }
}
