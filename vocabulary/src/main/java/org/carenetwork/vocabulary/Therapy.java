package org.carenetwork.vocabulary;

/** Therapies a program offers (the seeds' IOP list). */
public enum Therapy {
    CBT, DBT, MOTIVATIONAL_INTERVIEWING, TWELVE_STEP, MINDFULNESS, FAMILY_COUNSELING, PSYCHOEDUCATION,
    RELAPSE_PREVENTION, CASE_MANAGEMENT, DRUG_ALCOHOL_MONITORING
}
