package org.carenetwork.referral.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carenetwork.referral.domain.ApiText;
import org.carenetwork.referral.domain.Part2Notice;
import org.carenetwork.referral.domain.ReferralStatus;
import org.carenetwork.vocabulary.LevelOfCare;
import org.carenetwork.vocabulary.PreferredContact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as FHIR R4, for partners whose systems speak it (the shape of the SDOH Clinical Care
 * and 360X referral guides): a Bundle of type {@code collection} with the Patient, the
 * ServiceRequest (what is asked: the level of care at the site, and why) and the Task that tracks
 * it ({@code Task.focus} → the ServiceRequest; {@code status} the FHIR task-status code,
 * {@code businessStatus} and {@code statusReason} CodeableConcepts). The Bundle carries the 42 CFR
 * Part 2 security labels and the ServiceRequest the §2.32 notice.
 *
 * <p>Typed, rather than built as a JSON tree, so the OpenAPI document describes exactly the
 * elements this service writes.
 */
@Schema(name = "FhirReferralBundle", description = "The referral as a FHIR R4 Bundle (type `collection`, "
        + "https://hl7.org/fhir/R4/bundle.html), answered with `Accept: application/fhir+json`: a Patient, a "
        + "ServiceRequest and the Task that tracks it (`Task.focus` → the ServiceRequest). Only the elements listed here "
        + "are written.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirReferral(
        @Schema(required = true, enumeration = "Bundle") String resourceType,
        @Schema(required = true, maxLength = 36, description = "The referral's id.") String id,
        @Schema(required = true) Meta meta,
        @Schema(required = true, enumeration = "collection") String type,
        @Schema(required = true, maxLength = 40, format = "date-time", description = "When the referral last changed.")
        String timestamp,
        @Schema(required = true, minItems = 3, maxItems = 3, description = "The Patient, the ServiceRequest, the Task.")
        List<Entry> entry) {

    public static final String MEDIA_TYPE = "application/fhir+json";
    public static final String CODE_SYSTEM_BASE = "https://carenet.example/fhir/CodeSystem/";
    public static final String FACILITY_IDS = "https://carenet.example/fhir/sid/facility";
    public static final String ASSESSMENT_IDS = "https://carenet.example/fhir/sid/assessment";
    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String BCP47 = "urn:ietf:bcp:47";

    /** The levels' names (domain.md), as Coding displays. */
    static final Map<LevelOfCare, String> LEVEL_NAMES = Map.of(
            LevelOfCare.DETOX, "Withdrawal management (medical detox)",
            LevelOfCare.INPATIENT, "Medically managed intensive inpatient",
            LevelOfCare.RESIDENTIAL, "Clinically managed or medically monitored residential",
            LevelOfCare.PHP, "Partial hospitalization",
            LevelOfCare.IOP, "Intensive outpatient",
            LevelOfCare.OP, "Outpatient",
            LevelOfCare.MAT, "Medication for addiction treatment");

    @Schema(name = "FhirMeta", description = "Resource metadata: when it changed, and its security labels.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meta(
            @Schema(maxLength = 40, format = "date-time") String lastUpdated,
            @Schema(maxItems = 2, description = "`R` (restricted, v3-Confidentiality) and `42CFRPart2` (v3-ActCode).")
            List<Coding> security) {
    }

    @Schema(name = "FhirCoding", description = "A code from a code system.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coding(
            @Schema(required = true, maxLength = 200, format = "uri") String system,
            @Schema(required = true, maxLength = 64) String code,
            @Schema(maxLength = 200) String display) {
    }

    @Schema(name = "FhirCodeableConcept", description = "A concept: codings and the text.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CodeableConcept(
            @Schema(maxItems = 1) List<Coding> coding,
            @Schema(maxLength = ApiText.REASON_MAX) String text) {
    }

    @Schema(name = "FhirIdentifier", description = "A business identifier.")
    public record Identifier(
            @Schema(required = true, maxLength = 200, format = "uri") String system,
            @Schema(required = true, maxLength = 36) String value) {
    }

    @Schema(name = "FhirReference", description = "A reference: to an entry of the Bundle (`urn:uuid:`), or by "
            + "identifier and display.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reference(
            @Schema(maxLength = 45, pattern = "^urn:uuid:[0-9a-f-]{36}$") String reference,
            Identifier identifier,
            @Schema(maxLength = ApiText.FACILITY_NAME_MAX) String display) {
    }

    @Schema(name = "FhirAnnotation", description = "A note.")
    public record Annotation(@Schema(required = true, maxLength = Part2Notice.MAX) String text) {
    }

    @Schema(name = "FhirBundleEntry", description = "One resource of the Bundle, with its `urn:uuid:` full URL.")
    public record Entry(
            @Schema(required = true, maxLength = 45, pattern = "^urn:uuid:[0-9a-f-]{36}$") String fullUrl,
            @Schema(required = true, oneOf = {Patient.class, ServiceRequest.class, Task.class}) Object resource) {
    }

    @Schema(name = "FhirHumanName", description = "The person's name.")
    public record HumanName(
            @Schema(required = true, maxLength = ApiText.NAME_MAX) String family,
            @Schema(required = true, minItems = 1, maxItems = 1) List<@jakarta.validation.constraints.Size(max = ApiText.NAME_MAX) String> given) {
    }

    @Schema(name = "FhirContactPoint", description = "A phone number or email address; `rank` 1 is the preferred one.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactPoint(
            @Schema(required = true, enumeration = {"phone", "email", "sms"}) String system,
            @Schema(required = true, maxLength = 254) String value,
            @Schema(minimum = "1", maximum = "3", format = "int32") Integer rank) {
    }

    @Schema(name = "FhirPatientCommunication", description = "The language the person prefers.")
    public record Communication(@Schema(required = true) CodeableConcept language, @Schema(required = true) boolean preferred) {
    }

    @Schema(name = "FhirPatient", description = "The person referred (PHI).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Patient(
            @Schema(required = true, enumeration = "Patient") String resourceType,
            @Schema(required = true, maxLength = 36) String id,
            @Schema(required = true, minItems = 1, maxItems = 1) List<HumanName> name,
            @Schema(maxItems = 3) List<ContactPoint> telecom,
            @Schema(required = true, maxLength = 10, format = "date") String birthDate,
            @Schema(maxItems = 1) List<Communication> communication) {
    }

    @Schema(name = "FhirServiceRequest", description = "What is asked: the level of care at the site, for the person, "
            + "and why.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceRequest(
            @Schema(required = true, enumeration = "ServiceRequest") String resourceType,
            @Schema(required = true, maxLength = 36, description = "The referral's id.") String id,
            @Schema(required = true, enumeration = {"active", "on-hold", "revoked", "completed"},
                    description = "`active` while the Task is open (`on-hold` while it is), `completed` with it, `revoked` "
                            + "when it was rejected, failed or cancelled.") String status,
            @Schema(required = true, enumeration = "order") String intent,
            @Schema(required = true, description = "The level of care.") CodeableConcept code,
            @Schema(required = true) Reference subject,
            @Schema(required = true, maxLength = 40, format = "date-time") String authoredOn,
            @Schema(required = true, description = "The sender.") Reference requester,
            @Schema(required = true, minItems = 1, maxItems = 1, description = "The site.") List<Reference> performer,
            @Schema(required = true, minItems = 1, maxItems = 1, description = "Why (PHI).") List<CodeableConcept> reasonCode,
            @Schema(maxItems = 1, description = "The screening (assessment-service), when one was sent.")
            List<Reference> supportingInfo,
            @Schema(required = true, minItems = 1, maxItems = 1, description = "The 42 CFR §2.32 notice.")
            List<Annotation> note) {
    }

    @Schema(name = "FhirTask", description = "The Task that tracks the referral (its `status` the FHIR code of the "
            + "referral's status).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Task(
            @Schema(required = true, enumeration = "Task") String resourceType,
            @Schema(required = true, maxLength = 36) String id,
            @Schema(required = true, enumeration = {"requested", "accepted", "rejected", "in-progress", "on-hold",
                    "completed", "failed", "cancelled"}) String status,
            CodeableConcept statusReason,
            CodeableConcept businessStatus,
            @Schema(required = true, enumeration = "order") String intent,
            @Schema(required = true, description = "The ServiceRequest.") Reference focus,
            @Schema(required = true, description = "The Patient.") @JsonProperty("for") Reference forPatient,
            @Schema(required = true, maxLength = 40, format = "date-time") String authoredOn,
            @Schema(required = true, maxLength = 40, format = "date-time") String lastModified,
            @Schema(required = true, description = "The sender.") Reference requester,
            @Schema(required = true, description = "The site.") Reference owner) {
    }

    /** The referral as a Bundle; the view is already opened (and its read audited) by the caller. */
    public static FhirReferral of(ReferralView v) {
        String patientId = derived("patient", v.id());
        String taskId = derived("task", v.id());
        String requestId = v.id().toString();
        Reference patient = new Reference("urn:uuid:" + patientId, null, null);
        Reference sender = new Reference(null, null, v.sender());
        Reference site = new Reference(null, new Identifier(FACILITY_IDS, v.facility().id().toString()), v.facility().name());

        ReferralView.Person p = v.person();
        List<ContactPoint> telecom = new ArrayList<>();
        boolean phoneFirst = p.preferredContact() != PreferredContact.EMAIL;
        if (p.phone() != null) {
            telecom.add(new ContactPoint(p.preferredContact() == PreferredContact.TEXT ? "sms" : "phone", p.phone(),
                    phoneFirst ? 1 : 2));
        }
        if (p.email() != null) {
            telecom.add(new ContactPoint("email", p.email(), phoneFirst ? 2 : 1));
        }
        List<Communication> communication = p.preferredLanguage() == null ? null
                : List.of(new Communication(new CodeableConcept(List.of(new Coding(BCP47, p.preferredLanguage(), null)),
                null), true));
        Patient person = new Patient("Patient", patientId, List.of(new HumanName(p.lastName(), List.of(p.firstName()))),
                telecom.isEmpty() ? null : telecom, p.dateOfBirth().toString(), communication);

        ServiceRequest request = new ServiceRequest("ServiceRequest", requestId, serviceRequestStatus(v.status()), "order",
                new CodeableConcept(List.of(new Coding(CODE_SYSTEM_BASE + "level-of-care", v.levelOfCare().name(),
                        LEVEL_NAMES.get(v.levelOfCare()))), v.levelOfCare().name()),
                patient, instant(v.createdAt()), sender, List.of(site), List.of(new CodeableConcept(null, v.reason())),
                v.assessmentId() == null ? null
                        : List.of(new Reference(null, new Identifier(ASSESSMENT_IDS, v.assessmentId().toString()),
                        "Screening (assessment-service)")),
                List.of(new Annotation(v.part2Notice())));

        CodeableConcept statusReason = v.reasonCode() == null ? null
                : new CodeableConcept(List.of(new Coding(CODE_SYSTEM_BASE + "referral-reason", v.reasonCode().name(),
                v.reasonCode().display())), v.reasonCode().display());
        CodeableConcept businessStatus = v.businessStatus() == null ? null
                : new CodeableConcept(List.of(new Coding(CODE_SYSTEM_BASE + "referral-business-status",
                v.businessStatus().name(), v.businessStatus().display())),
                v.intakeAt() == null ? v.businessStatus().display()
                        : v.businessStatus().display() + " (intake " + v.intakeAt() + ")");
        Task task = new Task("Task", taskId, v.status().fhirCode(), statusReason, businessStatus, "order",
                new Reference("urn:uuid:" + requestId, null, null), patient, instant(v.createdAt()),
                instant(v.updatedAt()), sender, site);

        Meta meta = new Meta(instant(v.updatedAt()), List.of(new Coding(CONFIDENTIALITY, "R", "restricted"),
                new Coding(ACT_CODE, "42CFRPart2", "42 CFR Part2")));
        return new FhirReferral("Bundle", requestId, meta, "collection", instant(v.updatedAt()), List.of(
                new Entry("urn:uuid:" + patientId, person),
                new Entry("urn:uuid:" + requestId, request),
                new Entry("urn:uuid:" + taskId, task)));
    }

    /** ServiceRequest.status for the Task's status. */
    static String serviceRequestStatus(ReferralStatus status) {
        return switch (status) {
            case REQUESTED, ACCEPTED, IN_PROGRESS -> "active";
            case ON_HOLD -> "on-hold";
            case COMPLETED -> "completed";
            case REJECTED, FAILED, CANCELLED -> "revoked";
        };
    }

    /** A stable id for a resource made from the referral (the same referral, the same Patient and Task ids). */
    static String derived(String kind, UUID referral) {
        return UUID.nameUUIDFromBytes((kind + ":" + referral).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String instant(Instant at) {
        return at.toString();
    }
}
