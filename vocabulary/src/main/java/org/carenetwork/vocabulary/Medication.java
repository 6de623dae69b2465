package org.carenetwork.vocabulary;

/** FDA-approved medications for opioid and alcohol use disorder. */
public enum Medication {
    BUPRENORPHINE, METHADONE, NALTREXONE
}
