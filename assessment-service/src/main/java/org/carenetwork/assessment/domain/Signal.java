package org.carenetwork.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Facts an answer carries beyond its 0–4 rating, which the rules need: which substance, how
 * regular its use, withdrawal, intent to harm.
 */
@Schema(name = "AnswerSignal", description = "What the level-of-care rules read from an answer beyond its "
        + "rating: the substance, regular use, withdrawal signs or a severe withdrawal, a past seizure, intent to harm.")
public enum Signal {
    ALCOHOL, OPIOIDS, BENZODIAZEPINES,
    /** Use on most days or more in the past two weeks. */
    REGULAR_USE,
    WITHDRAWAL_SIGNS,
    /** Seizures, confusion or hallucinations on stopping: dangerous whatever the substance. */
    SEVERE_WITHDRAWAL,
    SEIZURE_HISTORY,
    /** Intends to act on thoughts of suicide or of harming others, or cannot stay safe. */
    INTENT_TO_HARM
}
