package org.carenetwork.assessment.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.carenetwork.assessment.api.FhirQuestionnaire;
import org.carenetwork.assessment.domain.InstrumentCatalog;
import org.carenetwork.assessment.domain.InstrumentDefinition;
import org.carenetwork.assessment.domain.ScoreResult;
import org.carenetwork.assessment.domain.Scorer;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.common.web.Page;

/** The screeners: their definitions (as our JSON or as FHIR R4 Questionnaires) and stateless scoring. */
@Path("/instruments")
public class InstrumentResource {

    @Inject
    InstrumentCatalog catalog;

    @Inject
    ObjectMapper json;

    /** {@code POST /instruments/{code}/score}: one value per item, in item order; null for a skipped item. */
    public record ScoreRequest(List<Integer> answers) {
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Page<InstrumentDefinition> list() {
        List<InstrumentDefinition> all = catalog.all();
        return new Page<>(all, 0, all.size(), all.size());
    }

    /** Our JSON shape, or a FHIR R4 Questionnaire when the caller accepts {@code application/fhir+json}. */
    @GET
    @Path("/{code}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, FhirQuestionnaire.MEDIA_TYPE})
    public Response get(@PathParam("code") String code, @HeaderParam(HttpHeaders.ACCEPT) String accept)
            throws JsonProcessingException {
        InstrumentDefinition instrument = find(code);
        if (accept != null && accept.contains(FhirQuestionnaire.MEDIA_TYPE)) {
            return Response.ok(json.writeValueAsString(FhirQuestionnaire.of(instrument)), FhirQuestionnaire.MEDIA_TYPE)
                    .build();
        }
        return Response.ok(instrument, MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/{code}/score")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ScoreResult score(@PathParam("code") String code, ScoreRequest request) {
        InstrumentDefinition instrument = find(code);
        if (request == null) {
            throw ProblemException.badField("answers", "is required: one answer per item, in item order");
        }
        return Scorer.score(instrument, request.answers(), "answers");
    }

    private InstrumentDefinition find(String code) {
        return catalog.find(code).orElseThrow(() -> ProblemException.notFound("Instrument", code));
    }
}
