package org.carenetwork.assessment.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carenetwork.assessment.domain.Recommendation;
import org.carenetwork.assessment.domain.ScoreResult;
import org.carenetwork.common.problem.Problem.FieldError;
import org.carenetwork.vocabulary.AgeGroup;
import org.carenetwork.vocabulary.CrisisResource;
import org.carenetwork.vocabulary.SeekingCareFor;

/**
 * An assessment's answer. Crisis first: when {@code crisis} is true, {@code crisisMessage} and the
 * resources (988, then 911) lead the body, before anything else. {@code accessToken} is only in
 * the creation response; {@code incompleteAnswers} only when a crisis answer was given although
 * some answers could not be used.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"crisis", "crisisMessage", "crisisResources", "id", "accessToken", "createdAt", "respondent",
        "ageGroup", "scores", "recommendation", "consentToShare", "incompleteAnswers"})
public record AssessmentView(boolean crisis, String crisisMessage, List<CrisisResource> crisisResources, UUID id,
                             String accessToken, Instant createdAt, SeekingCareFor respondent, AgeGroup ageGroup,
                             List<ScoreResult> scores, Recommendation recommendation, boolean consentToShare,
                             List<FieldError> incompleteAnswers) {

    public AssessmentView withAccessToken(String token) {
        return new AssessmentView(crisis, crisisMessage, crisisResources, id, token, createdAt, respondent, ageGroup,
                scores, recommendation, consentToShare, incompleteAnswers);
    }
}
