package org.carenetwork.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.regex.Pattern;
import org.carenetwork.common.crypto.FieldCipher;
import org.carenetwork.common.problem.ProblemException;

/**
 * {@code Idempotency-Key} on the writes a caller may retry, the same way in every service: the key
 * has the contract's format, the record keeps it (unique) with a keyed fingerprint of the
 * request, and the database settles a race between two requests with one key. The same key and
 * body answer 201 with the first record and {@code Idempotent-Replayed: true}; the same key with
 * another body is a 422 naming the key.
 */
public final class Idempotency {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** A key is stored, so only plain tokens: 8 to 200 letters, digits or {@code . _ : -}. */
    private static final Pattern KEY_FORMAT = Pattern.compile("[A-Za-z0-9._:-]{8,200}");

    private Idempotency() {
    }

    /** The key as sent, checked; null when the caller sent none. */
    public static String key(String raw) {
        if (raw != null && !KEY_FORMAT.matcher(raw).matches()) {
            throw ProblemException.badField(KEY_HEADER, "must be 8 to 200 letters, digits or . _ : -");
        }
        return raw;
    }

    /**
     * What identifies "the same body": a keyed fingerprint of the request as JSON (see
     * {@link FieldCipher#fingerprint}). Only this is kept next to the key, never the body.
     */
    public static String fingerprint(ObjectMapper json, FieldCipher cipher, Object request, String purpose) {
        try {
            return cipher.fingerprint(json.writeValueAsString(request), purpose);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    /** The 422 for a key already used with a different body. */
    public static ProblemException reusedForAnotherRequest() {
        return ProblemException.unprocessable(KEY_HEADER,
                "was already used for a different request; send a new key for a new request");
    }

    /** The answer to a create, first or replayed: 201, where the record is, and whether this is a replay. */
    public static Response created(URI location, Object entity, boolean replayed) {
        return Response.created(location).header(REPLAYED_HEADER, String.valueOf(replayed)).entity(entity).build();
    }
}
