package org.carenetwork.assessment.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.carenetwork.assessment.domain.InstrumentDefinition;
import org.carenetwork.assessment.domain.InstrumentDefinition.AnswerOption;
import org.carenetwork.assessment.domain.InstrumentDefinition.Item;
import org.carenetwork.assessment.domain.InstrumentDefinition.SkipRule;
import org.carenetwork.assessment.domain.Questionnaire;

/**
 * An instrument as a FHIR R4 Questionnaire, so partners with FHIR forms can render it: one
 * {@code choice} item per question (LOINC-coded where a code exists), each answer option a Coding
 * whose code is the option's score, with the score also as the standard {@code ordinalValue}
 * extension; skip rules become {@code enableWhen} (an item is shown unless its skip applies).
 */
public final class FhirQuestionnaire {

    public static final String MEDIA_TYPE = "application/fhir+json";
    static final String LOINC = "http://loinc.org";
    public static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    static final String CANONICAL_BASE = "urn:carenetwork:questionnaire:";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FhirQuestionnaire() {
    }

    public static ObjectNode of(InstrumentDefinition instrument) {
        String id = instrument.code().toLowerCase(Locale.ROOT);
        ObjectNode q = NODES.objectNode();
        q.put("resourceType", "Questionnaire");
        q.put("id", id);
        q.put("url", CANONICAL_BASE + id);
        q.put("name", instrument.code().replaceAll("[^A-Za-z0-9]", ""));
        q.put("title", instrument.name());
        q.put("status", "active");
        q.putArray("subjectType").add("Patient");
        q.put("description", instrument.purpose() + ". " + instrument.timeframe());
        q.put("copyright", instrument.source());
        if (instrument.loincPanel() != null) {
            q.putArray("code").add(coding(LOINC, instrument.loincPanel(), instrument.name()));
        }
        ArrayNode items = q.putArray("item");
        for (Item item : instrument.items()) {
            items.add(item(instrument, item, CANONICAL_BASE + id + ":answers"));
        }
        return q;
    }

    private static ObjectNode item(InstrumentDefinition instrument, Item item, String answerSystem) {
        ObjectNode node = NODES.objectNode();
        node.put("linkId", String.valueOf(item.number()));
        if (item.loinc() != null) {
            node.putArray("code").add(coding(LOINC, item.loinc(), null));
        }
        node.put("prefix", item.number() + ".");
        node.put("text", item.text());
        node.put("type", "choice");
        node.put("required", true);
        ArrayNode enableWhen = NODES.arrayNode();
        for (SkipRule rule : instrument.skipRules()) {
            if (rule.skip().contains(item.number())) {
                ObjectNode condition = enableWhen.addObject();
                condition.put("question", String.valueOf(rule.item()));
                condition.put("operator", "!=");
                AnswerOption trigger = instrument.items().get(rule.item() - 1).options().stream()
                        .filter(o -> o.score() == rule.equals()).findFirst().orElseThrow();
                condition.set("answerCoding", coding(answerSystem, String.valueOf(trigger.score()), trigger.text()));
            }
        }
        if (!enableWhen.isEmpty()) {
            node.set("enableWhen", enableWhen);
            if (enableWhen.size() > 1) {
                node.put("enableBehavior", "all");
            }
        }
        ArrayNode options = node.putArray("answerOption");
        for (AnswerOption option : item.options()) {
            ObjectNode answer = options.addObject();
            ObjectNode ordinal = answer.putArray("extension").addObject();
            ordinal.put("url", ORDINAL_VALUE);
            ordinal.put("valueDecimal", option.score());
            answer.set("valueCoding", coding(answerSystem, String.valueOf(option.score()), option.text()));
        }
        return node;
    }

    private static ObjectNode coding(String system, String code, String display) {
        ObjectNode c = NODES.objectNode();
        c.put("system", system);
        c.put("code", code);
        if (display != null) {
            c.put("display", display);
        }
        return c;
    }
}
