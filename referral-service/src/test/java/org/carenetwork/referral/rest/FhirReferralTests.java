package org.carenetwork.referral.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.referral.Catalog;
import org.carenetwork.referral.Forms;
import org.carenetwork.referral.ReferralApi;
import org.carenetwork.referral.ReferralApi.Partner;
import org.carenetwork.referral.domain.Part2Notice;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /referrals/{id}} with {@code Accept: application/fhir+json} is valid FHIR R4, as
 * assessment-service's Questionnaires are checked: HAPI FHIR's strict parser reads it into its R4
 * model, and its instance validator (the R4 StructureDefinitions, invariants and required value
 * sets) finds no error, in every state a referral passes through.
 */
@QuarkusTest
class FhirReferralTests {

    static final FhirContext FHIR = FhirContext.forR4();
    static final FhirValidator VALIDATOR = validator();
    static final ObjectMapper JSON = new ObjectMapper();

    static UUID site;

    @BeforeAll
    static void catalog() {
        site = Catalog.newFacility("FHIR Site", "IOP", "RESIDENTIAL");
        Catalog.inNetwork("aetna", "PPO", site, "IOP");
    }

    @Test
    void aNewReferral_isABundleOfPatientServiceRequestAndTask_validR4() {
        Partner partner = Partner.fresh();
        Map<String, Object> form = Forms.insured(site, "IOP", "aetna", "PPO");
        form.put("assessmentId", UUID.randomUUID().toString());
        String id = ReferralApi.sent(partner.bearer(), form);
        Bundle bundle = valid(fhir(partner.bearer(), id));

        assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
        assertEquals(3, bundle.getEntry().size());
        assertTrue(bundle.getMeta().getSecurity().stream().anyMatch(c -> c.getCode().equals("42CFRPart2")));
        Patient patient = (Patient) bundle.getEntry().get(0).getResource();
        @SuppressWarnings("unchecked") Map<String, Object> person = (Map<String, Object>) form.get("person");
        assertEquals(person.get("lastName"), patient.getNameFirstRep().getFamily());
        assertEquals(person.get("dateOfBirth"), patient.getBirthDateElement().getValueAsString());
        assertEquals("es", patient.getCommunicationFirstRep().getLanguage().getCodingFirstRep().getCode());

        ServiceRequest request = (ServiceRequest) bundle.getEntry().get(1).getResource();
        assertEquals("urn:uuid:" + id, bundle.getEntry().get(1).getFullUrl(), "the ServiceRequest is the referral");
        assertEquals(ServiceRequest.ServiceRequestStatus.ACTIVE, request.getStatus());
        assertEquals("IOP", request.getCode().getCodingFirstRep().getCode());
        assertEquals(form.get("reason"), request.getReasonCodeFirstRep().getText());
        assertEquals(bundle.getEntry().get(0).getFullUrl(), request.getSubject().getReference());
        assertEquals(site.toString(), request.getPerformerFirstRep().getIdentifier().getValue());
        assertEquals(form.get("assessmentId"), request.getSupportingInfoFirstRep().getIdentifier().getValue());
        assertEquals(Part2Notice.TEXT, request.getNoteFirstRep().getText());

        Task task = (Task) bundle.getEntry().get(2).getResource();
        assertEquals(Task.TaskStatus.REQUESTED, task.getStatus());
        assertEquals(Task.TaskIntent.ORDER, task.getIntent());
        assertEquals(bundle.getEntry().get(1).getFullUrl(), task.getFocus().getReference());
        assertEquals(partner.subject(), task.getRequester().getDisplay());
        assertEquals("FHIR Site", task.getOwner().getDisplay());
        assertFalse(task.hasBusinessStatus());
    }

    @Test
    void everyState_isValidR4_withTheTaskStatusCode_businessStatusAndReason() {
        Partner partner = Partner.fresh();
        String id = ReferralApi.sent(partner.bearer(), Forms.referral(site, "RESIDENTIAL"));
        ReferralApi.move(id, "ACCEPTED").statusCode(200);
        assertEquals(Task.TaskStatus.ACCEPTED, task(valid(fhir(partner.bearer(), id))).getStatus());

        String intake = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        ReferralApi.patch(ReferralApi.ADMISSIONS, id, ReferralApi.change("businessStatus", "INTAKE_SCHEDULED",
                "intakeAt", intake)).statusCode(200);
        Task scheduled = task(valid(fhir(partner.bearer(), id)));
        assertEquals("INTAKE_SCHEDULED", scheduled.getBusinessStatus().getCodingFirstRep().getCode());
        assertTrue(scheduled.getBusinessStatus().getText().contains(intake), scheduled.getBusinessStatus().getText());

        ReferralApi.move(id, "IN_PROGRESS").statusCode(200);
        assertEquals(Task.TaskStatus.INPROGRESS, task(valid(fhir(ReferralApi.ADMISSIONS, id))).getStatus());
        ReferralApi.move(id, "ON_HOLD").statusCode(200);
        Bundle held = valid(fhir(ReferralApi.CALL_CENTER, id));
        assertEquals(Task.TaskStatus.ONHOLD, task(held).getStatus());
        assertEquals(ServiceRequest.ServiceRequestStatus.ONHOLD,
                ((ServiceRequest) held.getEntry().get(1).getResource()).getStatus());
        ReferralApi.move(id, "FAILED").statusCode(200);
        Bundle failed = valid(fhir(partner.bearer(), id));
        assertEquals(Task.TaskStatus.FAILED, task(failed).getStatus());
        assertEquals("DID_NOT_ARRIVE", task(failed).getStatusReason().getCodingFirstRep().getCode());
        assertEquals(ServiceRequest.ServiceRequestStatus.REVOKED,
                ((ServiceRequest) failed.getEntry().get(1).getResource()).getStatus());

        String rejected = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        ReferralApi.move(rejected, "REJECTED").statusCode(200);
        assertEquals(Task.TaskStatus.REJECTED, task(valid(fhir(partner.bearer(), rejected))).getStatus());
        String cancelled = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        ReferralApi.patch(partner.bearer(), cancelled, ReferralApi.change("status", "CANCELLED", "reasonCode", "DUPLICATE"))
                .statusCode(200);
        assertEquals(Task.TaskStatus.CANCELLED, task(valid(fhir(partner.bearer(), cancelled))).getStatus());
        String completed = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        for (String step : List.of("ACCEPTED", "IN_PROGRESS", "COMPLETED")) {
            ReferralApi.move(completed, step).statusCode(200);
        }
        Bundle done = valid(fhir(partner.bearer(), completed));
        assertEquals(Task.TaskStatus.COMPLETED, task(done).getStatus());
        assertEquals(ServiceRequest.ServiceRequestStatus.COMPLETED,
                ((ServiceRequest) done.getEntry().get(1).getResource()).getStatus());
    }

    @Test
    void theValidator_refusesABundleBrokenAgainstR4() throws Exception {
        Partner partner = Partner.fresh();
        String id = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        ObjectNode broken = (ObjectNode) JSON.readTree(fhir(partner.bearer(), id).asString());
        ObjectNode task = (ObjectNode) broken.withArray("entry").get(2).get("resource");
        task.put("status", "received-by-fax");
        task.remove("intent");
        assertTrue(errors(broken.toString()).size() >= 2, errors(broken.toString()).toString());
    }

    @Test
    void withoutTheFhirType_theAnswerIsOurJson() {
        Partner partner = Partner.fresh();
        String id = ReferralApi.sent(partner.bearer(), Forms.referral(site, "IOP"));
        given().header("Authorization", partner.bearer()).accept("application/json").get("/referrals/" + id)
                .then().statusCode(200).contentType("application/json").body("status", org.hamcrest.Matchers.equalTo("REQUESTED"));
    }

    private static Response fhir(String bearer, String id) {
        Response r = given().header("Authorization", bearer).accept("application/fhir+json").get("/referrals/" + id);
        assertEquals(200, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/fhir+json"), r.contentType());
        return r;
    }

    /** No validation error, and the strict parser reads it. */
    private static Bundle valid(Response r) {
        String json = r.asString();
        assertEquals(List.of(), errors(json));
        return FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(Bundle.class, json);
    }

    private static Task task(Bundle b) {
        return (Task) b.getEntry().get(2).getResource();
    }

    static List<String> errors(String json) {
        return VALIDATOR.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::toString)
                .toList();
    }

    private static FhirValidator validator() {
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR));
        return FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }
}
