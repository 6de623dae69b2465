package org.carenetwork.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The signature a receiver checks: a published vector, and what it must refuse. */
class WebhookSignatureTests {

    static final String SECRET = "whsec_q3Vv7mYp0Xo2bN8cRfT1kLs9dHj4aWz6eUi5gQy-Pr0";
    static final String BODY = "{\"id\":\"c2a41f5e-8b7d-4e3a-9f10-6d5b4c3a2e1f\",\"type\":\"referral.status_changed\"}";

    /**
     * The README's recipe gives the same: {@code printf '%s' "1795000000.$BODY" | openssl dgst -sha256 -hmac "$SECRET"}
     * (computed independently with openssl for this vector).
     */
    @Test
    void header_isTheHmacOfTimeDotBody_asOpensslComputesIt() {
        assertEquals("t=1795000000,v1=" + Vector.OPENSSL, WebhookSignature.header(SECRET, 1_795_000_000L, BODY));
    }

    @Test
    void verify_acceptsTheHeader_andRefusesAnyChange() {
        String header = WebhookSignature.header(SECRET, 1_795_000_000L, BODY);
        assertTrue(WebhookSignature.verify(SECRET, header, BODY));
        assertFalse(WebhookSignature.verify(SECRET, header, BODY + " "), "another body");
        assertFalse(WebhookSignature.verify(SECRET + "x", header, BODY), "another secret");
        assertFalse(WebhookSignature.verify(SECRET, header.replace("t=1795000000", "t=1795000001"), BODY), "another time");
        assertFalse(WebhookSignature.verify(SECRET, "v1=" + Vector.OPENSSL, BODY), "no time");
        assertFalse(WebhookSignature.verify(SECRET, null, BODY));
    }

    @Test
    void secrets_areFreshAndOfTheDocumentedShape() {
        String a = WebhookSignature.newSecret();
        String b = WebhookSignature.newSecret();
        assertNotEquals(a, b);
        assertTrue(a.matches("whsec_[A-Za-z0-9_-]{43}"), a.length() + " characters");
        assertEquals(WebhookSignature.SECRET_LENGTH, a.length());
    }

    /** The expected value, from: printf '%s' '1795000000.<BODY>' | openssl dgst -sha256 -hmac '<SECRET>'. */
    static final class Vector {
        static final String OPENSSL = "71157faf4ca3d8e78cfd5fdb0060eb1270ccf9e18ccea35843cae13c2a0f8951";
    }
}
