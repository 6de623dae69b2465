package org.carenetwork.insurance.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.carenetwork.common.crypto.FieldCipher;

/** The PHI cipher, built from {@link InsuranceConfig.Encryption} when the service starts. */
@ApplicationScoped
public class Ciphers {

    /** Builds the cipher at start, so a missing or malformed key stops the service at once, not at the first form. */
    void verifyAtStart(@Observes StartupEvent event, FieldCipher cipher) {
        cipher.encrypt("startup check", "startup");
    }

    @Produces
    @Singleton
    FieldCipher phiCipher(InsuranceConfig config) {
        return new FieldCipher(config.encryption().currentKeyId(), config.encryption().keys());
    }
}
