package org.carenetwork.facility;

/**
 * The closed vocabularies of the catalog besides {@link LevelOfCare}. Values are the API's
 * (UPPER_SNAKE_CASE); the database checks the same lists.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    public enum Source { NETWORK, DIRECTORY }

    public enum Schedule { DAY, EVENING, WEEKEND }

    /** What a site accepts at all, as the national directories record it. */
    public enum PaymentType { MEDICAID, MEDICARE, PRIVATE_INSURANCE, SELF_PAY, MILITARY, STATE_FINANCED, SLIDING_FEE, FREE }

    /** The groups N-SSATS records special programs for. */
    public enum Population {
        ADOLESCENTS, YOUNG_ADULTS, ADULTS, SENIORS, WOMEN, MEN, PREGNANT_POSTPARTUM, LGBTQ, VETERANS, ACTIVE_DUTY,
        MILITARY_FAMILIES, CRIMINAL_JUSTICE, CO_OCCURRING, TRAUMA, DOMESTIC_VIOLENCE, SEXUAL_ABUSE
    }

    public enum Condition {
        SUBSTANCE_USE, ALCOHOL_USE, OPIOID_USE, DEPRESSION, ANXIETY, BIPOLAR, PTSD, EATING_DISORDERS, CO_OCCURRING
    }

    public enum Therapy {
        CBT, DBT, MOTIVATIONAL_INTERVIEWING, TWELVE_STEP, MINDFULNESS, FAMILY_COUNSELING, PSYCHOEDUCATION,
        RELAPSE_PREVENTION, CASE_MANAGEMENT, DRUG_ALCOHOL_MONITORING
    }

    /** FDA-approved medications for opioid and alcohol use disorder. */
    public enum Medication { BUPRENORPHINE, METHADONE, NALTREXONE }

    public enum ReportReason { PHONE_DISCONNECTED, NOT_ACCEPTING, CLOSED, WRONG_ADDRESS, OTHER }
}
