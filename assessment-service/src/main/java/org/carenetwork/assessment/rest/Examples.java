package org.carenetwork.assessment.rest;

import org.carenetwork.vocabulary.Crisis;

/**
 * The examples of the OpenAPI document, as JSON. ContractDocumentTests checks each against its
 * schema, and the response examples against what the service answers to the request examples.
 */
final class Examples {

    static final String GAD7 = """
            {"code": "GAD-7", "name": "Generalized Anxiety Disorder-7", "purpose": "Anxiety severity",
             "timeframe": "Over the last 2 weeks, how often have you been bothered by the following problems?",
             "source": "Spitzer, Kroenke, Williams & Lowe 2006 (Arch Intern Med 166:1092-1097); free to use, no permission required (Pfizer).",
             "loincPanel": "69737-5", "loincTotal": "70274-6",
             "items": [{"number": 1, "text": "Feeling nervous, anxious, or on edge", "loinc": "69725-0",
                        "options": [{"score": 0, "text": "Not at all"}, {"score": 1, "text": "Several days"},
                                    {"score": 2, "text": "More than half the days"}, {"score": 3, "text": "Nearly every day"}]}],
             "total": {"min": 0, "max": 21},
             "bands": [{"code": "MINIMAL", "label": "Minimal anxiety", "min": 0, "max": 4}],
             "skipRules": [], "flags": [], "language": "en"}
            """;

    static final String SCORE_REQUEST = """
            {"answers": [1, 2, 1, 2, 1, 2, 1, 2, 0]}
            """;

    static final String SCORE_RESULT = """
            {"crisis": false,
             "crisisResources": [{"name": "988 Suicide & Crisis Lifeline", "contact": "Call or text 988, or chat at 988lifeline.org", "when": "Thoughts of suicide, a mental health or substance use crisis, or worry about someone: any time"}, {"name": "Emergency services", "contact": "Call 911", "when": "Immediate danger to life"}, {"name": "SAMHSA National Helpline", "contact": "1-800-662-4357", "when": "Free, confidential treatment referral and information, 24/7, in English and Spanish"}],
             "instrument": "PHQ-9", "total": 12, "band": "MODERATE", "bandLabel": "Moderate depression", "flags": []}
            """;

    static final String CSSRS_REQUEST = """
            {"answers": [1, 0, null, null, null, 2]}
            """;

    static final String CSSRS_RESULT = "{\"crisis\": true, \"crisisMessage\": \"" + Crisis.MESSAGE + "\",\n" + """
             "crisisResources": [{"name": "988 Suicide & Crisis Lifeline", "contact": "Call or text 988, or chat at 988lifeline.org", "when": "Thoughts of suicide, a mental health or substance use crisis, or worry about someone: any time"}, {"name": "Emergency services", "contact": "Call 911", "when": "Immediate danger to life"}, {"name": "SAMHSA National Helpline", "contact": "1-800-662-4357", "when": "Free, confidential treatment referral and information, 24/7, in English and Spanish"}],
             "instrument": "CSSRS-SCREEN", "total": null, "band": "HIGH",
             "bandLabel": "High risk: yes to question 4 or 5, or suicidal behaviour in the past 3 months",
             "flags": [{"code": "SUICIDE_RISK_HIGH",
                        "message": "C-SSRS high risk: imminent risk of suicide. Call or text 988 now, or 911 if there is immediate danger."}]}
            """;

    static final String ASSESSMENT_REQUEST = """
            {"respondent": "SELF", "ageGroup": "ADULT",
             "instruments": {"PHQ-9": [1, 2, 1, 2, 1, 2, 1, 2, 0], "AUDIT": [2, 1, 1, 0, 0, 0, 0, 0, 0, 0]},
             "dimensions": {"WITHDRAWAL": {"substance": "ALCOHOL", "recentUse": "MOST_DAYS", "withdrawal": "UNWELL", "seizureHistory": "NO"},
                            "BIOMEDICAL": {"physicalHealth": "MANAGED"},
                            "EMOTIONAL": {"mentalHealth": "STRUGGLING", "harmThoughts": "NO"},
                            "READINESS": {"readiness": "WILLING"},
                            "RELAPSE": {"continuedUse": "RELAPSES"},
                            "ENVIRONMENT": {"home": "MOSTLY_SUPPORTIVE"}},
             "consentToShare": false}
            """;

    static final String ASSESSMENT = """
            {"crisis": false,
             "crisisResources": [{"name": "988 Suicide & Crisis Lifeline", "contact": "Call or text 988, or chat at 988lifeline.org", "when": "Thoughts of suicide, a mental health or substance use crisis, or worry about someone: any time"}, {"name": "Emergency services", "contact": "Call 911", "when": "Immediate danger to life"}, {"name": "SAMHSA National Helpline", "contact": "1-800-662-4357", "when": "Free, confidential treatment referral and information, 24/7, in English and Spanish"}],
             "id": "5f0c2a8e-1b7d-4e3a-9c6f-2d8e4b1a7c90",
             "accessToken": "mJ3xQ0bT7cX1v9bQp4sT8wZr5aLYk3q9J0cX1m2v7bQ",
             "createdAt": "2026-11-22T14:03:05.214Z",
             "respondent": "SELF",
             "ageGroup": "ADULT",
             "scores": [{"instrument": "PHQ-9", "total": 12, "band": "MODERATE", "bandLabel": "Moderate depression", "flags": []}, {"instrument": "AUDIT", "total": 4, "band": "ZONE_I", "bandLabel": "Zone I: low risk", "flags": []}],
             "recommendation": {"levelOfCare": "DETOX", "asamLevel": "3.7-WM", "nextLevelOfCare": "IOP", "alternatives": ["IOP", "MAT"], "withdrawalManagement": true, "mat": true, "hoursPerWeek": "medically supervised around the clock, usually for several days", "ratings": {"WITHDRAWAL": 2, "BIOMEDICAL": 1, "EMOTIONAL": 2, "READINESS": 1, "RELAPSE": 2, "ENVIRONMENT": 1}, "rationale": ["Regular use of alcohol with withdrawal signs when cutting down means stopping without medical help could be dangerous: medically supervised withdrawal (ASAM 3.7-WM). Detox comes first; after it, intensive outpatient care.", "Emotional and mental health is rated 2 of 4 (moderate risk), from the answer \\"Depression, anxiety or trauma gets in the way of daily life\\". That calls for intensive outpatient care.", "Risk of continued use or relapse is rated 2 of 4 (moderate risk), from the answer \\"They have tried to stop and started again, or relapsed after treatment\\". That calls for intensive outpatient care.", "Signs of a use disorder with alcohol use: naltrexone, acamprosate or disulfiram should be considered alongside any level of care.", "For an adult, medically supervised detox (withdrawal management) means medically supervised around the clock, usually for several days.", "This is decision support, not a diagnosis: a clinician confirms the level of care with the person."]},
             "consentToShare": false}
            """;

    static final String CRISIS_REQUEST = """
            {"respondent": "LOVED_ONE", "ageGroup": "ADOLESCENT",
             "instruments": {"PHQ-9": [2, 2, 2, 2, 1, 2, 1, 1, 2]},
             "dimensions": {"WITHDRAWAL": {"substance": "NONE", "recentUse": "NOT_AT_ALL", "withdrawal": "NOTHING", "seizureHistory": "NO"},
                            "BIOMEDICAL": {"physicalHealth": "WELL"},
                            "EMOTIONAL": {"mentalHealth": "SEVERE", "harmThoughts": "INTENT"},
                            "READINESS": {"readiness": "UNSURE"},
                            "RELAPSE": {"continuedUse": "STABLE"},
                            "ENVIRONMENT": {"home": "LITTLE_SUPPORT"}},
             "consentToShare": false}
            """;

    static final String CRISIS = """
            {"crisis": true,
             "crisisMessage": "Call or text 988 (Suicide & Crisis Lifeline) now, or call 911 if there is immediate danger. Treatment options can be found after the person is safe.",
             "crisisResources": [{"name": "988 Suicide & Crisis Lifeline", "contact": "Call or text 988, or chat at 988lifeline.org", "when": "Thoughts of suicide, a mental health or substance use crisis, or worry about someone: any time"}, {"name": "Emergency services", "contact": "Call 911", "when": "Immediate danger to life"}, {"name": "SAMHSA National Helpline", "contact": "1-800-662-4357", "when": "Free, confidential treatment referral and information, 24/7, in English and Spanish"}],
             "id": "0b7e4c1a-9d2f-4e6b-8a3c-5f1d2e7a9b04",
             "accessToken": "Tq8vN2cL5xR0pW7kJ4mZ1aB6yH3sD9fG2eU5iO8nV0w",
             "createdAt": "2026-11-22T21:47:12.508Z",
             "respondent": "LOVED_ONE",
             "ageGroup": "ADOLESCENT",
             "scores": [{"instrument": "PHQ-9", "total": 15, "band": "MODERATELY_SEVERE", "bandLabel": "Moderately severe depression", "flags": [{"code": "SELF_HARM_THOUGHTS", "message": "Item 9 (thoughts of being better off dead or of self-harm) was answered above 0: follow up on safety now, whatever the total."}]}],
             "recommendation": {"levelOfCare": null, "asamLevel": null, "nextLevelOfCare": null, "alternatives": [], "withdrawalManagement": false, "mat": false, "hoursPerWeek": null, "ratings": {"WITHDRAWAL": 0, "BIOMEDICAL": 0, "EMOTIONAL": 4, "READINESS": 2, "RELAPSE": 0, "ENVIRONMENT": 2}, "rationale": ["Imminent risk of harm: PHQ-9 question 9 shows thoughts of death or self-harm, and the answers say the person intends to act on such thoughts or cannot stay safe.", "No level of care is offered until the person is safe: call or text 988 now, or call 911 if there is immediate danger. A clinician decides on treatment after the crisis.", "This is decision support, not a diagnosis: a clinician confirms the level of care with the person."]},
             "consentToShare": false}
            """;

    private Examples() {
    }
}
