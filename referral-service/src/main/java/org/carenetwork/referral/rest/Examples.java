package org.carenetwork.referral.rest;

import org.carenetwork.referral.domain.Part2Notice;

/** The examples of the service's OpenAPI document (ContractDocumentTests validates each against its schema). */
final class Examples {

    static final String REFERRAL_INPUT = """
            {"facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "levelOfCare": "IOP", \
            "reason": "Alcohol use disorder, discharged from the ED today; asks for an evening IOP.", \
            "insurance": {"payer": "aetna", "planType": "PPO", "memberId": "W123456789"}, \
            "person": {"firstName": "Jordan", "lastName": "Example", "dateOfBirth": "1990-04-12", \
            "phone": "(419) 555-0100", "email": "jordan@example.com", "preferredContact": "PHONE", \
            "preferredLanguage": "en"}, \
            "consent": {"given": true, "text": "I consent to Addiction Helpline America disclosing my name, contact \
            details and the reason for this referral to Midwest Recovery Center to arrange my treatment.", \
            "at": "2026-11-22T14:03:00Z"}}""";

    private static final String PERSON_AND_CONSENT = """
            "sender": "partner-helpline", \
            "person": {"firstName": "Jordan", "lastName": "Example", "dateOfBirth": "1990-04-12", \
            "phone": "(419) 555-0100", "email": "jordan@example.com", "preferredContact": "PHONE", \
            "preferredLanguage": "en"}, \
            "consent": {"given": true, "text": "I consent to Addiction Helpline America disclosing my name, contact \
            details and the reason for this referral to Midwest Recovery Center to arrange my treatment.", \
            "at": "2026-11-22T14:03:00Z", "recordedAt": "2026-11-22T14:03:05Z"}, \
            "part2Notice": \"""" + Part2Notice.TEXT + "\", ";

    private static final String SENT = """
            {"at": "2026-11-22T14:03:05Z", "by": "partner-helpline", "from": null, "to": "REQUESTED", \
            "businessStatus": null, "intakeAt": null, "reasonCode": null, "note": null}""";

    static final String REFERRAL_CREATED = """
            {"id": "9c4e2a10-5b6d-4e7f-8a9b-000000000201", "status": "REQUESTED", "businessStatus": null, \
            "intakeAt": null, "reasonCode": null, \
            "facility": {"id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "name": "Midwest Recovery Center"}, \
            "levelOfCare": "IOP", "assessmentId": null, \
            "reason": "Alcohol use disorder, discharged from the ED today; asks for an evening IOP.", \
            "insurance": {"payer": "aetna", "planType": "PPO", "memberId": "W123456789"}, \
            "network": {"status": "IN_NETWORK", "reason": "In network: contracted with Aetna PPO for IOP from 2026-01-01 \
            with no end date", "effectiveFrom": "2026-01-01", "effectiveTo": null}, "degraded": [], \
            """ + PERSON_AND_CONSENT + """
            "createdAt": "2026-11-22T14:03:05Z", "updatedAt": "2026-11-22T14:03:05Z", "closedAt": null, \
            "history": [""" + SENT + "], \"version\": 0}";

    static final String REFERRAL_DEGRADED = """
            {"id": "9c4e2a10-5b6d-4e7f-8a9b-000000000201", "status": "REQUESTED", "businessStatus": null, \
            "intakeAt": null, "reasonCode": null, \
            "facility": {"id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "name": "Midwest Recovery Center"}, \
            "levelOfCare": "IOP", "assessmentId": null, \
            "reason": "Alcohol use disorder, discharged from the ED today; asks for an evening IOP.", \
            "insurance": {"payer": "aetna", "planType": "PPO", "memberId": "W123456789"}, \
            "network": {"status": "UNKNOWN", "reason": "The network could not be checked: insurance-service did not \
            answer in time; admissions will check the coverage", "effectiveFrom": null, "effectiveTo": null}, \
            "degraded": ["insurance-service"], \
            """ + PERSON_AND_CONSENT + """
            "createdAt": "2026-11-22T14:03:05Z", "updatedAt": "2026-11-22T14:03:05Z", "closedAt": null, \
            "history": [""" + SENT + "], \"version\": 0}";

    static final String REFERRAL_SCHEDULED = """
            {"id": "9c4e2a10-5b6d-4e7f-8a9b-000000000201", "status": "ACCEPTED", "businessStatus": "INTAKE_SCHEDULED", \
            "intakeAt": "2026-11-24T14:00:00Z", "reasonCode": null, \
            "facility": {"id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "name": "Midwest Recovery Center"}, \
            "levelOfCare": "IOP", "assessmentId": null, \
            "reason": "Alcohol use disorder, discharged from the ED today; asks for an evening IOP.", \
            "insurance": null, "network": null, "degraded": [], \
            """ + PERSON_AND_CONSENT + """
            "createdAt": "2026-11-22T14:03:05Z", "updatedAt": "2026-11-22T15:10:00Z", "closedAt": null, \
            "history": [""" + SENT + """
            , {"at": "2026-11-22T14:40:00Z", "by": "admissions@carenet.example", "from": "REQUESTED", \
            "to": "ACCEPTED", "businessStatus": null, "intakeAt": null, "reasonCode": null, "note": null}, \
            {"at": "2026-11-22T15:10:00Z", "by": "admissions@carenet.example", "from": "ACCEPTED", "to": "ACCEPTED", \
            "businessStatus": "INTAKE_SCHEDULED", "intakeAt": "2026-11-24T14:00:00Z", "reasonCode": null, \
            "note": "Spoke with Jordan; intake Tuesday 9 am."}], "version": 2}""";

    static final String CHANGE_SCHEDULE = """
            {"businessStatus": "INTAKE_SCHEDULED", "intakeAt": "2026-11-24T14:00:00Z", \
            "note": "Spoke with Jordan; intake Tuesday 9 am."}""";
    static final String CHANGE_ACCEPT = """
            {"status": "ACCEPTED"}""";
    static final String CHANGE_CANCEL = """
            {"status": "CANCELLED", "reasonCode": "REFERRED_ELSEWHERE", "note": "The person chose a site nearer home."}""";

    static final String SUBSCRIPTION_INPUT = """
            {"url": "https://partner.example/hooks/carenet", "events": ["referral.created", "referral.status_changed"]}""";
    static final String SUBSCRIPTION_CREATED = """
            {"id": "3b8f6a2e-1c4d-4f7a-9e5b-8d2c0a6f4e19", "url": "https://partner.example/hooks/carenet", \
            "events": ["referral.created", "referral.status_changed"], "createdAt": "2026-11-22T13:00:00Z", \
            "secret": "whsec_q3Vv7mYp0Xo2bN8cRfT1kLs9dHj4aWz6eUi5gQy-Pr0"}""";
    static final String SUBSCRIPTION = """
            {"id": "3b8f6a2e-1c4d-4f7a-9e5b-8d2c0a6f4e19", "url": "https://partner.example/hooks/carenet", \
            "events": ["referral.created", "referral.status_changed"], "createdAt": "2026-11-22T13:00:00Z"}""";
    static final String ATTEMPTS = """
            {"items": [{"eventId": "c2a41f5e-8b7d-4e3a-9f10-6d5b4c3a2e1f", "eventType": "referral.status_changed", \
            "referralId": "9c4e2a10-5b6d-4e7f-8a9b-000000000201", "attempt": 2, "at": "2026-11-22T14:41:01Z", \
            "statusCode": 200, "error": null, "outcome": "DELIVERED", "nextAttemptAt": null}, \
            {"eventId": "c2a41f5e-8b7d-4e3a-9f10-6d5b4c3a2e1f", "eventType": "referral.status_changed", \
            "referralId": "9c4e2a10-5b6d-4e7f-8a9b-000000000201", "attempt": 1, "at": "2026-11-22T14:40:31Z", \
            "statusCode": 500, "error": null, "outcome": "RETRYING", "nextAttemptAt": "2026-11-22T14:41:01Z"}], \
            "page": 0, "size": 20, "total": 2}""";

    private Examples() {
    }
}
