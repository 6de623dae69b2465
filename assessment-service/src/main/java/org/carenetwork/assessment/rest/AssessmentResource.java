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
import java.util.regex.Pattern;
import org.carenetwork.assessment.assessment.AssessmentRequest;
import org.carenetwork.assessment.assessment.AssessmentService;
import org.carenetwork.assessment.assessment.AssessmentView;
import org.carenetwork.assessment.levelofcare.Questionnaire;
import org.carenetwork.common.problem.Ids;
import org.carenetwork.common.problem.ProblemException;

/**
 * Assessments: the screeners plus the level-of-care questions, answered by the person or a loved
 * one, giving scores, crisis resources and an explained recommendation.
 */
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    public static final String TOKEN_HEADER = "X-Assessment-Token";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** As the contract gives it (and insurance-service checks it): a key is stored, so only plain tokens. */
    private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("[A-Za-z0-9._:-]{8,200}");

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
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey) {
        if (idempotencyKey != null && !IDEMPOTENCY_KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw ProblemException.badField(IDEMPOTENCY_KEY, "must be 8 to 200 letters, digits or . _ : -");
        }
        AssessmentService.Created result = assessments.create(request, idempotencyKey);
        AssessmentView view = result.view();
        if (!result.created()) {
            return Response.ok(view).build();
        }
        return Response.created(URI.create("/assessments/" + view.id())).entity(view).build();
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
