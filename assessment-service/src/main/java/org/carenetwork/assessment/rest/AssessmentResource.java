package org.carenetwork.assessment.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.carenetwork.assessment.api.AssessmentRequest;
import org.carenetwork.assessment.api.AssessmentView;
import org.carenetwork.assessment.domain.Questionnaire;
import org.carenetwork.assessment.service.AssessmentService;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.web.Idempotency;

/**
 * Assessments: the screeners plus the level-of-care questions, answered by the person or a loved
 * one, giving scores, crisis resources and an explained recommendation.
 */
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    public static final String TOKEN_HEADER = "X-Assessment-Token";

    @Inject
    AssessmentService assessments;

    @Inject
    Questionnaire questions;

    @Inject
    SecurityIdentity identity;

    /** The level-of-care questions, grouped by ASAM dimension, with each answer's code. */
    @GET
    @Path("/questions")
    @PermitAll
    public Questionnaire questions() {
        return questions;
    }

    /** Anyone: the website quiz (anonymous), the call center, a partner. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull AssessmentRequest request,
                           @HeaderParam(Idempotency.KEY_HEADER) String idempotencyKey) {
        AssessmentService.Created result = assessments.create(request, Idempotency.key(idempotencyKey));
        AssessmentView view = result.view();
        return Idempotency.created(URI.create("/assessments/" + view.id()), view, !result.created());
    }

    /** CALL_CENTER, ADMISSIONS, or whoever holds the assessment's access token. */
    @GET
    @Path("/{id}")
    @PermitAll
    public AssessmentView get(@PathParam("id") String id, @HeaderParam(TOKEN_HEADER) String token) {
        boolean staff = identity.hasRole("CALL_CENTER") || identity.hasRole("ADMISSIONS");
        return assessments.read(Ids.uuid("id", id), staff, !identity.isAnonymous(), token);
    }
}
