package org.carenetwork.vocabulary;

/** Who care is sought for, or who answers: the person themselves, or someone who cares about them. */
public enum SeekingCareFor {
    SELF, LOVED_ONE
}
