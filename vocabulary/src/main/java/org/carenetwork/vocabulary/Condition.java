package org.carenetwork.vocabulary;

/** Conditions a program treats. */
public enum Condition {
    SUBSTANCE_USE, ALCOHOL_USE, OPIOID_USE, DEPRESSION, ANXIETY, BIPOLAR, PTSD, EATING_DISORDERS, CO_OCCURRING
}
