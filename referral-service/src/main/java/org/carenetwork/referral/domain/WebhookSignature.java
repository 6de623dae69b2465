package org.carenetwork.referral.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery, as the receiver checks it:
 * {@code X-Carenet-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256("<t>." + body)>}, keyed with the
 * subscription's secret (its UTF-8 bytes, the whole {@code whsec_...} string). The time is inside
 * what is signed, so a receiver that refuses old {@code t} values refuses replays.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Carenet-Signature";
    public static final String EVENT_ID_HEADER = "X-Carenet-Event-Id";
    public static final String SECRET_PREFIX = "whsec_";
    /** {@code whsec_} and 32 random bytes in unpadded base64url. */
    public static final int SECRET_LENGTH = 49;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new subscription secret: 256 random bits. */
    public static String newSecret() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** The header value for {@code body} sent at {@code unixSeconds}. */
    public static String header(String secret, long unixSeconds, String body) {
        return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
    }

    /** Whether {@code header} is a valid signature of {@code body} with {@code secret} (constant-time compare). */
    public static boolean verify(String secret, String header, String body) {
        if (header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                String name = part.substring(0, eq).trim();
                String value = part.substring(eq + 1).trim();
                if (name.equals("t")) {
                    t = value;
                } else if (name.equals("v1")) {
                    v1 = value;
                }
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
