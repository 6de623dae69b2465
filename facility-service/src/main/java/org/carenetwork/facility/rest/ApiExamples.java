package org.carenetwork.facility.rest;

/**
 * The OpenAPI document's examples, as JSON the API really sends and takes (the demo network's
 * Toledo site; its address is a placeholder). Kept together so they stay consistent.
 */
final class ApiExamples {

    private ApiExamples() {
    }

    /** The demo network's Toledo site: the id every example that names a facility uses. */
    static final String FACILITY_ID = "5f0c1a52-7c1e-4a8e-9b0e-000000000101";

    private static final String PROGRAM_IOP = """
            {"levelOfCare": "IOP", "asamLevel": "2.1", "schedules": ["DAY", "EVENING"], "hoursPerWeek": 9,
             "populations": ["ADULTS"], "conditions": ["SUBSTANCE_USE", "CO_OCCURRING"],
             "therapies": ["CBT", "DBT", "RELAPSE_PREVENTION"], "medications": [], "openings": 3,
             "openingsUpdatedAt": "2026-11-22T14:05:00Z", "openingsStale": false, "acceptingNewPatients": true}""";

    private static final String FACILITY_FIELDS = """
            "id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101", "name": "Midwest Recovery Center",
             "organization": {"id": "6a1c0d2e-3f4b-4c5d-8e6f-000000000001", "name": "Midwest Recovery Centers"},
             "address": {"line1": "1000 Example Ave (demo address)", "line2": null, "city": "Toledo", "state": "OH",
                         "postalCode": "43604"},
             "location": {"lat": 41.6528, "lon": -83.5379, "precision": "ROOFTOP"}, "phone": "+1-833-657-0858", "phoneStatus": "LISTED",
             "website": "https://www.midwestrecoverycenter.example", "timezone": "America/New_York",
             "programs": [""" + PROGRAM_IOP + """
            ],
             "paymentTypes": ["MEDICAID", "PRIVATE_INSURANCE", "SELF_PAY"], "languages": ["en"],
             "accreditations": ["Joint Commission"], "note": null, "directoryCodes": [], "source": "NETWORK",
             "closed": false, "updatedAt": "2026-11-22T14:05:00Z", "version": 4""";

    static final String FACILITY = "{" + FACILITY_FIELDS + ", \"distanceMiles\": null}";

    static final String SEARCH_PAGE = "{\"items\": [{" + FACILITY_FIELDS + """
            , "distanceMiles": 0.21}],
             "page": 0, "size": 20, "total": 1, "totalIsEstimate": false}""";

    static final String FACILITY_INPUT = """
            {"name": "Midwest Recovery Center", "organizationId": "6a1c0d2e-3f4b-4c5d-8e6f-000000000001",
             "address": {"line1": "1000 Example Ave (demo address)", "city": "Toledo", "state": "OH", "postalCode": "43604"},
             "location": {"lat": 41.6528, "lon": -83.5379}, "phone": "+1-833-657-0858",
             "website": "https://www.midwestrecoverycenter.example", "timezone": "America/New_York",
             "paymentTypes": ["MEDICAID", "PRIVATE_INSURANCE", "SELF_PAY"], "languages": ["en"],
             "programs": [{"levelOfCare": "IOP", "asamLevel": "2.1", "schedules": ["DAY", "EVENING"], "hoursPerWeek": 9}],
             "source": "NETWORK"}""";

    static final String FACILITY_REPLACE = """
            {"name": "Midwest Recovery Center",
             "address": {"line1": "1000 Example Ave (demo address)", "city": "Toledo", "state": "OH", "postalCode": "43604"},
             "programs": [{"levelOfCare": "IOP", "schedules": ["EVENING"]}],
             "version": 4}""";

    static final String AVAILABILITY_INPUT = """
            {"openings": 3, "acceptingNewPatients": true}""";

    static final String PROGRAM = PROGRAM_IOP;

    static final String IMPORT_CSV = """
            Name1,Name2,Name3,Address1,Address2,Address3,City,State,ZIP_Code,Contact,Note,Keys,loc_ID,Longitude,Latitude,Match Score
            Example Recovery,,,1 Main St,,,Toledo,OH,43604,419-555-0100,,SA/OIT/MD/PI,1,-83.54,41.65,100
            """;

    static final String IMPORT_JSON = """
            {"page": 1, "totalPages": 1, "rows": [
              {"name1": "Example Harbor", "name2": "Outpatient", "street1": "10 Water St", "street2": "", "city": "Toledo",
               "state": "OH", "zip": "43604", "phone": "419-555-0110", "website": "www.harbor.example",
               "latitude": "41.6540", "longitude": "-83.5400",
               "services": [
                 {"f1": "Type of Care", "f2": "TC", "f3": "Substance use treatment"},
                 {"f1": "Service Setting", "f2": "SET", "f3": "Intensive outpatient treatment; Regular outpatient treatment"},
                 {"f1": "Payment/Insurance/Funding Accepted", "f2": "PAY", "f3": "Medicaid; Cash or self-payment"},
                 {"f1": "Language Services", "f2": "LANG", "f3": "Spanish"}]}]}""";

    static final String IMPORT_RESULT = """
            {"format": "NSSATS_CSV", "layout": "NSSATS_2015", "rows": 11928, "imported": 11923, "updated": 0,
             "unchanged": 0, "skipped": 0, "rejected": 5, "skippedRows": [],
             "rejections": [{"line": 2724, "reason": "the same site (name and address) as line 2723"},
                            {"line": 3557, "reason": "the same site (name and address) as line 3556"},
                            {"line": 8016, "reason": "the same site (name and address) as line 8015"},
                            {"line": 8018, "reason": "the same site (name and address) as line 8015"},
                            {"line": 8179, "reason": "the same site (name and address) as line 8178"}]}""";

    static final String REPORT_INPUT = """
            {"reason": "PHONE_DISCONNECTED", "note": "The admissions number gives a disconnected tone."}""";

    /** The demo data's report (demo-data.sql): on the Toledo site, OPEN, as {@link #REPORT} shows it. */
    static final String REPORT_ID = "3c9a7b1e-0d2f-4e5a-8b6c-7d8e9f0a1b2c";

    private static final String REPORT_FIELDS = """
            "id": "3c9a7b1e-0d2f-4e5a-8b6c-7d8e9f0a1b2c", "facilityId": "5f0c1a52-7c1e-4a8e-9b0e-000000000101",
             "reason": "PHONE_DISCONNECTED", "levelOfCare": null,
             "note": "The admissions number gives a disconnected tone.", "reportedBy": "CALL_CENTER",
             "createdAt": "2026-11-22T15:30:00Z\"""";

    private static final String FILED = """
            {"from": null, "to": "OPEN", "by": "CALL_CENTER", "at": "2026-11-22T15:30:00Z", "note": null}""";

    static final String REPORT = "{" + REPORT_FIELDS + ", \"status\": \"OPEN\", \"history\": [" + FILED + "]}";

    static final String REPORT_PAGE = "{\"items\": [" + REPORT + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String REPORT_STATUS_UPDATE = """
            {"status": "DISMISSED", "note": "Called twice: the number rings through to admissions."}""";

    static final String REPORT_RESOLVED = "{" + REPORT_FIELDS + ", \"status\": \"DISMISSED\", \"history\": [" + FILED
            + """
            , {"from": "OPEN", "to": "DISMISSED", "by": "callcenter@carenet.example", "at": "2026-11-22T16:05:00Z",
               "note": "Called twice: the number rings through to admissions."}]}""";

    static final String ORGANIZATIONS = """
            [{"id": "6a1c0d2e-3f4b-4c5d-8e6f-000000000001", "name": "Midwest Recovery Centers",
              "website": "https://www.midwestrecoverycenter.example", "phone": "+1-833-657-0858",
              "theme": {"primaryColor": "#1d4e89", "accentColor": "#f2a541"}}]""";

    static final String LEVELS_OF_CARE = """
            [{"levelOfCare": "IOP", "name": "Intensive outpatient (IOP)", "asamLevels": ["2.1"], "livingSituation": "HOME",
              "livingSituationText": "Lives at home, with day or evening sessions", "roundTheClock": false,
              "hoursPerWeekMin": 9, "hoursPerWeekMax": 19, "daysPerWeekMin": 3, "daysPerWeekMax": 5,
              "whoFor": "People who are medically stable, have a supportive home and a low risk of immediate relapse or self-harm, and want to keep working or going to school.",
              "description": "Sessions of 3 to 4 hours, 3 to 5 days a week (9 to 19 hours a week for adults, 6 or more for adolescents), usually for 4 to 12 weeks."}]""";

    /** The demo brand's id, as the FHIR examples name its Organization. */
    static final String FHIR_ORGANIZATION_ID = "6a1c0d2e-3f4b-4c5d-8e6f-000000000001";

    private static final String FHIR_BASE = "https://api.carenet.example/api/v1/fhir";

    /** The Toledo site's IOP program, as GET /fhir/HealthcareService/{id} answers it. */
    static final String FHIR_SERVICE = """
            {"resourceType": "HealthcareService", "id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101-iop",
             "meta": {"profile": ["http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-HealthcareService"],
                      "lastUpdated": "2026-11-22T14:05:00Z"},
             "extension": [
               {"url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/newpatients",
                "extension": [{"url": "acceptingPatients", "valueCodeableConcept": {"coding": [{
                  "system": "http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/AcceptingPatientsCS",
                  "code": "newpt", "display": "Accepting"}]}}]},
               {"url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/delivery-method",
                "extension": [{"url": "type", "valueCodeableConcept": {"coding": [{
                  "system": "http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/DeliveryMethodCS",
                  "code": "physical", "display": "Physical"}]}}]}],
             "active": true,
             "providedBy": {"reference": "Organization/6a1c0d2e-3f4b-4c5d-8e6f-000000000001", "display": "Midwest Recovery Centers"},
             "category": [{"coding": [{"system": "http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/HealthcareServiceCategoryCS",
                                       "code": "behav", "display": "Behavioral Health"}]}],
             "type": [{"coding": [{"system": "https://carenet.example/fhir/CodeSystem/level-of-care", "code": "IOP",
                                   "display": "Intensive outpatient (IOP)"}], "text": "Intensive outpatient (IOP)"}],
             "specialty": [{"coding": [{"system": "https://carenet.example/fhir/CodeSystem/condition", "code": "SUBSTANCE_USE",
                                        "display": "Substance use"}]},
                           {"coding": [{"system": "https://carenet.example/fhir/CodeSystem/condition", "code": "CO_OCCURRING",
                                        "display": "Co-occurring mental health and substance use"}]}],
             "location": [{"reference": "Location/5f0c1a52-7c1e-4a8e-9b0e-000000000101", "display": "Midwest Recovery Center"}],
             "name": "Midwest Recovery Center: Intensive outpatient (IOP)",
             "comment": "ASAM 2.1; day, evening sessions; 9 hours a week",
             "telecom": [{"system": "phone", "value": "+1-833-657-0858", "use": "work"},
                         {"system": "url", "value": "https://www.midwestrecoverycenter.example", "use": "work"}],
             "availableTime": [{"daysOfWeek": ["mon", "tue", "wed", "thu", "fri"]}]}""";

    static final String FHIR_SERVICE_BUNDLE = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"total\": 1, "
            + "\"link\": [{\"relation\": \"self\", \"url\": \"/api/v1/fhir/HealthcareService?service-type=IOP&location.near=41.65%7C-83.54%7C25%7Cmi\"}, "
            + "{\"relation\": \"first\", \"url\": \"/api/v1/fhir/HealthcareService?service-type=IOP&location.near=41.65%7C-83.54%7C25%7Cmi\"}], "
            + "\"entry\": [{\"fullUrl\": \"" + FHIR_BASE + "/HealthcareService/5f0c1a52-7c1e-4a8e-9b0e-000000000101-iop\", \"resource\": " + FHIR_SERVICE
            + ", \"search\": {\"mode\": \"match\"}}]}";

    static final String FHIR_LOCATION = """
            {"resourceType": "Location", "id": "5f0c1a52-7c1e-4a8e-9b0e-000000000101",
             "meta": {"profile": ["http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-Location"],
                      "lastUpdated": "2026-11-22T14:05:00Z"},
             "status": "active", "name": "Midwest Recovery Center",
             "telecom": [{"system": "phone", "value": "+1-833-657-0858", "use": "work"},
                         {"system": "url", "value": "https://www.midwestrecoverycenter.example", "use": "work"}],
             "address": {"use": "work", "type": "physical", "line": ["1000 Example Ave (demo address)"], "city": "Toledo",
                         "state": "OH", "postalCode": "43604", "country": "US"},
             "position": {"longitude": -83.5379, "latitude": 41.6528},
             "managingOrganization": {"reference": "Organization/6a1c0d2e-3f4b-4c5d-8e6f-000000000001",
                                      "display": "Midwest Recovery Centers"}}""";

    static final String FHIR_LOCATION_BUNDLE = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"total\": 1, "
            + "\"link\": [{\"relation\": \"self\", \"url\": \"/api/v1/fhir/Location?address-state=OH&address-city=Toledo\"}, "
            + "{\"relation\": \"first\", \"url\": \"/api/v1/fhir/Location?address-state=OH&address-city=Toledo\"}], "
            + "\"entry\": [{\"fullUrl\": \"" + FHIR_BASE + "/Location/5f0c1a52-7c1e-4a8e-9b0e-000000000101\", \"resource\": " + FHIR_LOCATION
            + ", \"search\": {\"mode\": \"match\"}}]}";

    static final String FHIR_ORGANIZATION = """
            {"resourceType": "Organization", "id": "6a1c0d2e-3f4b-4c5d-8e6f-000000000001",
             "meta": {"profile": ["http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/plannet-Organization"],
                      "lastUpdated": "2026-11-01T09:00:00Z"},
             "active": true,
             "type": [{"coding": [{"system": "http://hl7.org/fhir/us/davinci-pdex-plan-net/CodeSystem/OrgTypeCS",
                                   "code": "prvgrp", "display": "Provider Group"}]}],
             "name": "Midwest Recovery Centers",
             "telecom": [{"system": "phone", "value": "+1-833-657-0858", "use": "work"},
                         {"system": "url", "value": "https://www.midwestrecoverycenter.example", "use": "work"}]}""";

    static final String FHIR_ORGANIZATION_BUNDLE = "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"total\": 1, "
            + "\"link\": [{\"relation\": \"self\", \"url\": \"/api/v1/fhir/Organization?name=Midwest\"}, "
            + "{\"relation\": \"first\", \"url\": \"/api/v1/fhir/Organization?name=Midwest\"}], "
            + "\"entry\": [{\"fullUrl\": \"" + FHIR_BASE + "/Organization/6a1c0d2e-3f4b-4c5d-8e6f-000000000001\", \"resource\": " + FHIR_ORGANIZATION
            + ", \"search\": {\"mode\": \"match\"}}]}";
}
