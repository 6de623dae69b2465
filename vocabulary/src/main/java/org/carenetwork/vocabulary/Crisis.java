package org.carenetwork.vocabulary;

import java.util.List;

/**
 * What every answer that signals imminent risk says, first, wherever it is given: one message and
 * the lines to call (domain.md: 988 and 911 always lead; SAMHSA's helpline after them).
 */
public final class Crisis {

    public static final String MESSAGE = "Call or text 988 (Suicide & Crisis Lifeline) now, or call 911 if there is "
            + "immediate danger. Treatment options can be found after the person is safe.";

    public static final List<CrisisResource> RESOURCES = List.of(
            new CrisisResource("988 Suicide & Crisis Lifeline", "Call or text 988, or chat at 988lifeline.org",
                    "Thoughts of suicide, a mental health or substance use crisis, or worry about someone: any time"),
            new CrisisResource("Emergency services", "Call 911", "Immediate danger to life"),
            new CrisisResource("SAMHSA National Helpline", "1-800-662-4357",
                    "Free, confidential treatment referral and information, 24/7, in English and Spanish"));

    /**
     * The same in Spanish, for {@code Accept-Language: es}: 988 answers in Spanish (press 2, or text
     * AYUDA; chat at 988lineadevida.org), 911 and SAMHSA's helpline as above.
     */
    public static final String MESSAGE_ES = "Llame o envíe un mensaje de texto al 988 (Línea 988 de Prevención del "
            + "Suicidio y Crisis) ahora, o llame al 911 si hay peligro inmediato. Las opciones de tratamiento se pueden "
            + "buscar cuando la persona esté a salvo.";

    public static final List<CrisisResource> RESOURCES_ES = List.of(
            new CrisisResource("Línea 988 de Prevención del Suicidio y Crisis",
                    "Llame al 988 y oprima 2, envíe AYUDA por mensaje de texto al 988, o chatee en 988lineadevida.org",
                    "Pensamientos de suicidio, una crisis de salud mental o de consumo de sustancias, o preocupación "
                            + "por otra persona: a cualquier hora"),
            new CrisisResource("Servicios de emergencia", "Llame al 911", "Peligro inmediato para la vida"),
            new CrisisResource("Línea Nacional de Ayuda de SAMHSA", "1-800-662-4357",
                    "Información y referidos a tratamiento, gratis y confidencial, 24/7, en inglés y en español"));

    private Crisis() {
    }
}
