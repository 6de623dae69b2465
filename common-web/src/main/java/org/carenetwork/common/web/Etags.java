package org.carenetwork.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Strong entity tags: a hash of the exact bytes sent. A caller's {@code If-None-Match} gets a 304
 * while nothing it would see has changed, and {@code If-Match} on a write compares against the
 * same tag of the current representation.
 */
public final class Etags {

    private Etags() {
    }

    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(ObjectMapper json, Object entity) {
        try {
            return of(json.writeValueAsBytes(entity));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a list-valued {@code If-None-Match} / {@code If-Match} header names {@code etag} (or is {@code *}). */
    public static boolean matches(String header, String etag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.startsWith("W/") && c.substring(2).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
