package org.carenetwork.assessment.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.carenetwork.assessment.api.FhirQuestionnaire;
import org.carenetwork.assessment.domain.InstrumentCatalog;
import org.carenetwork.assessment.domain.InstrumentDefinition;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each instrument's FHIR Questionnaire is valid R4: HAPI FHIR's strict parser reads it into its R4
 * model, and its instance validator (the R4 StructureDefinitions and invariants) finds no error.
 */
class FhirQuestionnaireTests {

    static final FhirContext FHIR = FhirContext.forR4();
    static final FhirValidator VALIDATOR = validator();
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> codes() {
        return InstrumentCatalog.load().all().stream().map(InstrumentDefinition::code);
    }

    /** The R4 validator's errors for a resource in JSON; public for the HTTP tests. */
    public static List<String> errors(String json) {
        return VALIDATOR.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::toString)
                .toList();
    }

    /** Parses strictly: an unknown element or a wrong type fails. */
    public static Questionnaire parse(String json) {
        return FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(Questionnaire.class, json);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void questionnaire_isValidR4(String code) throws Exception {
        InstrumentDefinition instrument = InstrumentCatalog.load().find(code).orElseThrow();
        String json = JSON.writeValueAsString(FhirQuestionnaire.of(instrument));
        assertEquals(List.of(), errors(json));
        Questionnaire q = parse(json);
        assertEquals(instrument.items().size(), q.getItem().size());
        for (int i = 0; i < q.getItem().size(); i++) {
            QuestionnaireItemComponent item = q.getItem().get(i);
            assertEquals(Questionnaire.QuestionnaireItemType.CHOICE, item.getType());
            assertEquals(instrument.items().get(i).options().size(), item.getAnswerOption().size());
        }
        assertEquals(instrument.loincPanel(), q.getCodeFirstRep().getCode());
    }

    @Test
    void answerOptions_carryTheScore_asCodeAndOrdinalValue() throws Exception {
        InstrumentDefinition audit = InstrumentCatalog.load().find("AUDIT").orElseThrow();
        Questionnaire q = parse(JSON.writeValueAsString(FhirQuestionnaire.of(audit)));
        Questionnaire.QuestionnaireItemAnswerOptionComponent yesThisYear = q.getItem().get(8).getAnswerOption().get(2);
        assertEquals("4", yesThisYear.getValueCoding().getCode());
        assertEquals("Yes, during the last year", yesThisYear.getValueCoding().getDisplay());
        assertEquals("4", yesThisYear.getExtensionByUrl(FhirQuestionnaire.ORDINAL_VALUE).getValue().primitiveValue());
        assertEquals("68526-3", q.getItem().get(8).getCodeFirstRep().getCode());
    }

    @Test
    void cssrsSkip_becomesEnableWhen_onItems3To5() throws Exception {
        InstrumentDefinition cssrs = InstrumentCatalog.load().find("CSSRS-SCREEN").orElseThrow();
        Questionnaire q = parse(JSON.writeValueAsString(FhirQuestionnaire.of(cssrs)));
        for (int i = 2; i <= 4; i++) {
            Questionnaire.QuestionnaireItemEnableWhenComponent when = q.getItem().get(i).getEnableWhenFirstRep();
            assertEquals("2", when.getQuestion());
            assertEquals(Questionnaire.QuestionnaireItemOperator.NOT_EQUAL, when.getOperator());
            assertEquals("0", when.getAnswerCoding().getCode());
        }
        assertFalse(q.getItem().get(5).hasEnableWhen());
    }

    @Test
    void validator_rejectsAQuestionnaireBrokenAgainstR4() {
        ObjectNode broken = JSON.valueToTree(FhirQuestionnaire.of(InstrumentCatalog.load().find("GAD-7").orElseThrow()));
        broken.put("status", "published");
        ((ObjectNode) broken.withArray("item").get(0)).remove("linkId");
        assertTrue(errors(broken.toString()).size() >= 2, errors(broken.toString()).toString());
    }

    private static FhirValidator validator() {
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR), new CommonCodeSystemsTerminologyService(FHIR));
        return FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
    }
}
