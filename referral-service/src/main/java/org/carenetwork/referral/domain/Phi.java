package org.carenetwork.referral.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.carenetwork.common.crypto.FieldCipher;

/**
 * Seals and opens PHI columns (and webhook secrets). The associated data is the column's name, so a
 * sealed value copied into another column (say a member id into the name) does not open.
 */
@ApplicationScoped
public class Phi {

    @Inject
    FieldCipher cipher;

    public byte[] seal(String column, String value) {
        return cipher.encrypt(value, column);
    }

    public String open(String column, byte[] sealed) {
        return cipher.decrypt(sealed, column);
    }
}
