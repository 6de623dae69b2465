package org.carenetwork.referral.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.carenetwork.common.crypto.FieldCipher;

/** The cipher for PHI and webhook secrets, built from {@link ReferralConfig.Encryption} when the service starts. */
@ApplicationScoped
public class Ciphers {

    /** Builds the cipher at start, so a missing or malformed key stops the service at once, not at the first referral. */
    void verifyAtStart(@Observes StartupEvent event, FieldCipher cipher) {
        cipher.encrypt("startup check", "startup");
    }

    @Produces
    @Singleton
    FieldCipher phiCipher(ReferralConfig config) {
        return new FieldCipher(config.encryption().currentKeyId(), config.encryption().keys());
    }
}
