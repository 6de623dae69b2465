package org.carenetwork.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void roundTrips_andHidesThePlaintext() {
        FieldCipher cipher = new FieldCipher("k1", Map.of("k1", K1));
        byte[] sealed = cipher.encrypt("W123456789", "t.member_id");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("W123456789"));
        assertEquals("W123456789", cipher.decrypt(sealed, "t.member_id"));
        assertNull(cipher.encrypt(null, "t.member_id"));
    }

    @Test
    void sameValueTwice_givesDifferentCiphertexts() {
        FieldCipher cipher = new FieldCipher("k1", Map.of("k1", K1));
        byte[] a = cipher.encrypt("Jane", "t.name");
        byte[] b = cipher.encrypt("Jane", "t.name");
        assertFalse(java.util.Arrays.equals(a, b));
    }

    @Test
    void valueMovedToAnotherColumn_doesNotDecrypt() {
        FieldCipher cipher = new FieldCipher("k1", Map.of("k1", K1));
        byte[] sealed = cipher.encrypt("Jane", "t.first_name");
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "t.last_name"));
    }

    @Test
    void tamperedValue_isRefused() {
        FieldCipher cipher = new FieldCipher("k1", Map.of("k1", K1));
        byte[] sealed = cipher.encrypt("Jane", "t.name");
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed, "t.name"));
    }

    @Test
    void rotatedKeys_oldValuesStillOpen_newValuesUseTheCurrentKey() {
        byte[] old = new FieldCipher("k1", Map.of("k1", K1)).encrypt("Jane", "t.name");
        FieldCipher rotated = new FieldCipher("k2", Map.of("k1", K1, "k2", K2));
        assertEquals("Jane", rotated.decrypt(old, "t.name"));
        byte[] fresh = rotated.encrypt("Jane", "t.name");
        assertArrayEquals("k2".getBytes(StandardCharsets.UTF_8), java.util.Arrays.copyOfRange(fresh, 2, 4));
    }

    @Test
    void shortKey_isRejectedAtConstruction() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThrows(IllegalArgumentException.class, () -> new FieldCipher("k", Map.of("k", shortKey)));
    }
}
