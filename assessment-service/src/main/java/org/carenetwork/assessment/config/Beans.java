package org.carenetwork.assessment.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.carenetwork.assessment.domain.InstrumentCatalog;
import org.carenetwork.assessment.domain.Questionnaire;
import org.carenetwork.common.crypto.FieldCipher;

/** Built at start, so a missing key or a broken definition stops the service before it takes a request. */
@Singleton
public class Beans {

    @Produces
    @Singleton
    @Startup
    FieldCipher cipher(AssessmentConfig config) {
        return new FieldCipher(config.encryption().currentKeyId(), config.encryption().keys());
    }

    @Produces
    @Singleton
    @Startup
    InstrumentCatalog instruments() {
        return InstrumentCatalog.load();
    }

    @Produces
    @Singleton
    @Startup
    Questionnaire levelOfCareQuestions() {
        return Questionnaire.load();
    }
}
