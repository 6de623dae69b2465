package org.carenetwork.common.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts PHI fields at rest with AES-256-GCM. Each value gets a fresh 96-bit nonce; the stored
 * form is {@code [1][key id length][key id][nonce][ciphertext+tag]}, so keys can be rotated: new
 * values use the current key, old values still open with the key named in them. The associated
 * data ties a ciphertext to its place (say {@code "coverage_request.member_id"}), so a value
 * copied into another column does not decrypt.
 */
public final class FieldCipher {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys key id → base64 of a 32-byte key; {@code currentKeyId} must be among them
     */
    public FieldCipher(String currentKeyId, Map<String, String> keys) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("no key with id " + currentKeyId);
        }
        keys.forEach((id, base64) -> {
            byte[] raw = Base64.getDecoder().decode(base64);
            if (raw.length != 32) {
                throw new IllegalArgumentException("key " + id + " must be 32 bytes (AES-256), base64-encoded");
            }
            if (id.isEmpty() || id.length() > 32) {
                throw new IllegalArgumentException("a key id is 1 to 32 characters");
            }
            this.keys.put(id, new SecretKeySpec(raw, "AES"));
        });
        this.currentKeyId = currentKeyId;
    }

    public byte[] encrypt(String plaintext, String associatedData) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] id = currentKeyId.getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(2 + id.length + NONCE_BYTES + sealed.length)
                    .put(FORMAT).put((byte) id.length).put(id).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] stored, String associatedData) {
        if (stored == null) {
            return null;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(stored);
            if (in.get() != FORMAT) {
                throw new IllegalStateException("unknown ciphertext format");
            }
            byte[] id = new byte[in.get()];
            in.get(id);
            SecretKeySpec key = keys.get(new String(id, StandardCharsets.UTF_8));
            if (key == null) {
                throw new IllegalStateException("ciphertext was sealed with a key that is not configured");
            }
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or tampered value", e);
        }
    }

    /**
     * A keyed fingerprint of a value (hex HMAC-SHA256), for telling "the same request" apart without
     * keeping it: a plain hash of answers that take a few values each could be reversed by trying
     * them all. The MAC key is derived from the current key, so fingerprints change with a key
     * rotation (an idempotent retry across one is refused as a different request).
     */
    public String fingerprint(String value, String purpose) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(keys.get(currentKeyId).getEncoded(), "HmacSHA256"));
            byte[] macKey = derive.doFinal(("carenet fingerprint v1:" + purpose).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("fingerprint failed", e);
        }
    }
}
