package org.carenetwork.gateway.client;

import java.nio.charset.StandardCharsets;

/**
 * A caller's path parameter as one path segment of the backend's URL: everything but letters,
 * digits and {@code -._~} percent-encoded. The backend clients take their path parameters
 * {@code @Encoded}, from here only: left to the REST client, a {@code ;} would pass unencoded and
 * the service would read the rest as matrix parameters, so {@code GET /coverage-requests/;x}
 * reached the queue instead of one request.
 */
public final class PathSegments {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PathSegments() {
    }

    public static String encode(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 8);
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }
}
