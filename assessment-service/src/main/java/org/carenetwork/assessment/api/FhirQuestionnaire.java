package org.carenetwork.assessment.api;

import static org.carenetwork.assessment.domain.InstrumentDefinition.MAX_ITEMS;
import static org.carenetwork.assessment.domain.InstrumentDefinition.MAX_OPTIONS;
import static org.carenetwork.assessment.domain.InstrumentDefinition.MAX_SCORE;
import static org.carenetwork.assessment.domain.InstrumentDefinition.MAX_SKIP_RULES;
import static org.carenetwork.assessment.domain.InstrumentDefinition.NAME_MAX;
import static org.carenetwork.assessment.domain.InstrumentDefinition.TEXT_MAX;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carenetwork.assessment.domain.InstrumentDefinition;
import org.carenetwork.assessment.domain.InstrumentDefinition.SkipRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An instrument as a FHIR R4 Questionnaire, so partners with FHIR forms can render it: one
 * {@code choice} item per question (LOINC-coded where a code exists), each answer option a Coding
 * whose code is the option's score, with the score also as the standard {@code ordinalValue}
 * extension; skip rules become {@code enableWhen} (an item is shown unless its skip applies).
 *
 * <p>Typed, rather than built as a JSON tree, so the OpenAPI document describes exactly the
 * elements this service writes; the bounds follow from the instrument's (see
 * {@link InstrumentDefinition}). The Bean Validation constraints document element values only.
 */
@Schema(name = "FhirQuestionnaire", description = "The instrument as a FHIR R4 Questionnaire resource "
        + "(https://hl7.org/fhir/R4/questionnaire.html), answered with `Accept: application/fhir+json`: one `choice` "
        + "item per question, LOINC-coded where a code exists; each answer option a Coding whose code is the option's "
        + "score, with the score also as the `ordinalValue` extension; skip rules as `enableWhen`. Only the elements "
        + "listed here are written.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FhirQuestionnaire(
        @Schema(required = true, enumeration = "Questionnaire") String resourceType,
        @Schema(required = true, maxLength = 32, pattern = "^[a-z0-9][a-z0-9-]{0,31}$", examples = "phq-9",
                description = "The instrument's code in lower case.")
        String id,
        @Schema(required = true, enumeration = {"en", "es"}, examples = "es",
                description = "The language of the texts (Resource.language): `es` when `Accept-Language` asks for "
                        + "Spanish and a published Spanish version exists, else `en`.")
        String language,
        @Schema(required = true, maxLength = 100, format = "uri", examples = "urn:carenetwork:questionnaire:phq-9",
                description = "The Questionnaire's canonical URL.")
        String url,
        @Schema(required = true, maxLength = 32, pattern = "^[A-Z0-9]{1,32}$", examples = "PHQ9",
                description = "The code without punctuation, as FHIR names are.")
        String name,
        @Schema(required = true, maxLength = NAME_MAX, examples = "Patient Health Questionnaire-9") String title,
        @Schema(required = true, enumeration = "active") String status,
        @Schema(required = true, minItems = 1, maxItems = 1)
        List<@Size(max = 7) @Pattern(regexp = "^Patient$") String> subjectType,
        @Schema(required = true, maxLength = NAME_MAX + 2 + TEXT_MAX, description = "The purpose, then the timeframe.")
        String description,
        @Schema(required = true, maxLength = TEXT_MAX, description = "The publication and its terms of use.")
        String copyright,
        @Schema(maxItems = 1, description = "The LOINC panel, where one exists.") List<Coding> code,
        @Schema(required = true, minItems = 1, maxItems = MAX_ITEMS) List<Item> item) {

    public static final String MEDIA_TYPE = "application/fhir+json";
    static final String LOINC = "http://loinc.org";
    public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    static final String CANONICAL_BASE = "urn:carenetwork:questionnaire:";

    @Schema(name = "FhirQuestionnaireItem", description = "One question, a `choice` item.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(required = true, maxLength = 2, pattern = "^[0-9]{1,2}$", examples = "9",
                    description = "The item's number, from 1.")
            String linkId,
            @Schema(maxItems = 1, description = "The item's LOINC code, where one exists.") List<Coding> code,
            @Schema(required = true, maxLength = 3, pattern = "^[0-9]{1,2}\\.$", examples = "9.") String prefix,
            @Schema(required = true, maxLength = TEXT_MAX) String text,
            @Schema(required = true, enumeration = "choice") String type,
            @Schema(required = true, description = "Always true: every item the skip rules do not skip is answered.")
            boolean required,
            @Schema(maxItems = MAX_SKIP_RULES, description = "When the item is shown: unless a skip rule applies.")
            List<EnableWhen> enableWhen,
            @Schema(enumeration = "all", description = "With more than one `enableWhen`: all must hold.")
            String enableBehavior,
            @Schema(required = true, minItems = 1, maxItems = MAX_OPTIONS) List<AnswerOption> answerOption) {
    }

    @Schema(name = "FhirQuestionnaireEnableWhen", description = "The item is shown when `question` was not answered "
            + "with `answerCoding` (the answer that skips it).")
    public record EnableWhen(
            @Schema(required = true, maxLength = 2, pattern = "^[0-9]{1,2}$", description = "The `linkId` of the item "
                    + "whose answer decides.")
            String question,
            @Schema(required = true, enumeration = "!=") String operator,
            @Schema(required = true) Coding answerCoding) {
    }

    @Schema(name = "FhirQuestionnaireAnswerOption", description = "One answer option: its Coding (code = the score) "
            + "and the score as the `ordinalValue` extension.")
    public record AnswerOption(
            @Schema(required = true, minItems = 1, maxItems = 1) List<Extension> extension,
            @Schema(required = true) Coding valueCoding) {
    }

    @Schema(name = "FhirQuestionnaireExtension", description = "The `ordinalValue` extension: the option's score.")
    public record Extension(
            @Schema(required = true, enumeration = ORDINAL_VALUE) String url,
            @Schema(required = true, minimum = "0", maximum = "" + MAX_SCORE, format = "int32",
                    description = "The option's score (a FHIR decimal, always whole).")
            int valueDecimal) {
    }

    @Schema(name = "FhirQuestionnaireCoding", description = "A FHIR Coding: a LOINC code, or an answer whose code is "
            + "its score in the questionnaire's own answer system.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coding(
            @Schema(required = true, maxLength = 100, format = "uri", examples = "http://loinc.org") String system,
            @Schema(required = true, maxLength = InstrumentDefinition.LOINC_MAX, pattern = "^[0-9]{1,7}(-[0-9])?$",
                    examples = "44249-1", description = "A LOINC code, or an answer's score.")
            String code,
            @Schema(maxLength = NAME_MAX, examples = "Several days") String display) {
    }

    public static FhirQuestionnaire of(InstrumentDefinition instrument) {
        String id = instrument.code().toLowerCase(Locale.ROOT);
        List<Coding> panel = instrument.loincPanel() == null ? null
                : List.of(new Coding(LOINC, instrument.loincPanel(), instrument.name()));
        List<Item> items = new ArrayList<>();
        for (InstrumentDefinition.Item item : instrument.items()) {
            items.add(item(instrument, item, CANONICAL_BASE + id + ":answers"));
        }
        return new FhirQuestionnaire("Questionnaire", id, instrument.language() == null ? "en" : instrument.language(),
                CANONICAL_BASE + id,
                instrument.code().replaceAll("[^A-Za-z0-9]", ""), instrument.name(), "active", List.of("Patient"),
                instrument.purpose() + ". " + instrument.timeframe(), instrument.source(), panel, List.copyOf(items));
    }

    private static Item item(InstrumentDefinition instrument, InstrumentDefinition.Item item, String answerSystem) {
        List<EnableWhen> enableWhen = new ArrayList<>();
        for (SkipRule rule : instrument.skipRules()) {
            if (rule.skip().contains(item.number())) {
                InstrumentDefinition.AnswerOption trigger = instrument.items().get(rule.item() - 1).options().stream()
                        .filter(o -> o.score() == rule.equals()).findFirst().orElseThrow();
                enableWhen.add(new EnableWhen(String.valueOf(rule.item()), "!=",
                        new Coding(answerSystem, String.valueOf(trigger.score()), trigger.text())));
            }
        }
        List<AnswerOption> options = item.options().stream()
                .map(o -> new AnswerOption(List.of(new Extension(ORDINAL_VALUE, o.score())),
                        new Coding(answerSystem, String.valueOf(o.score()), o.text())))
                .toList();
        return new Item(String.valueOf(item.number()),
                item.loinc() == null ? null : List.of(new Coding(LOINC, item.loinc(), null)),
                item.number() + ".", item.text(), "choice", true,
                enableWhen.isEmpty() ? null : List.copyOf(enableWhen), enableWhen.size() > 1 ? "all" : null, options);
    }
}
