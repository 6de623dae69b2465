package org.carenetwork.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Mints the tests' own bearer tokens. The key pair is made fresh in each test JVM, so no private
 * key exists in the repository; services under test are configured with its public half.
 */
public final class TestTokens {

    public static final String ISSUER = "https://carenet.test/issuer";
    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();

    private TestTokens() {
    }

    /** {@code Authorization} header value for a user with the given roles. */
    public static String bearer(String... roles) {
        return "Bearer " + token("test-user", roles);
    }

    public static String token(String subject, String... roles) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles)).expiresIn(600)
                .sign(KEYS.getPrivate());
    }

    /** A token whose lifetime ended an hour ago. */
    public static String expiredBearer(String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return "Bearer " + Jwt.issuer(ISSUER).subject("test-user").groups(Set.of(roles))
                .issuedAt(now - 7200).expiresAt(now - 3600).sign(KEYS.getPrivate());
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String foreignBearer(String... roles) {
        return "Bearer " + Jwt.issuer(ISSUER).subject("test-user").groups(Set.of(roles)).expiresIn(600)
                .sign(OTHER_KEYS.getPrivate());
    }

    public static PrivateKey privateKey() {
        return KEYS.getPrivate();
    }

    /** The private key as PKCS#8 PEM, for an application under test that signs tokens itself. */
    public static String privateKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(KEYS.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    /** The configuration a service under test needs to trust these tokens. */
    public static Map<String, String> verificationConfig() {
        return Map.of("mp.jwt.verify.publickey", publicKeyBase64(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
