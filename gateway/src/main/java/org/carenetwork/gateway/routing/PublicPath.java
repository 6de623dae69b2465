package org.carenetwork.gateway.routing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.carenetwork.common.problem.Enums;
import org.carenetwork.common.problem.ProblemException;
import org.carenetwork.gateway.client.BackendRelay;
import org.carenetwork.gateway.client.PathSegments;

/**
 * A caller's path below {@code /api/v1}, decoded segment by segment (so {@code %2F} stays inside
 * its segment and {@code ;} never reads as matrix parameters), and the same path re-encoded for
 * the service. The query travels as the caller wrote it: the service reads it.
 */
public record PublicPath(List<String> segments, String rawQuery) {

    public static PublicPath of(String rawPath, String rawQuery) {
        String below = rawPath.startsWith(BackendRelay.PUBLIC_ROOT) ? rawPath.substring(BackendRelay.PUBLIC_ROOT.length()) : rawPath;
        List<String> segments = new ArrayList<>();
        for (String raw : RouteTable.segments(below)) {
            segments.add(decode(raw));
        }
        return new PublicPath(List.copyOf(segments), rawQuery);
    }

    /** The service's path and query: each segment percent-encoded, the query as it came. */
    public String backendPathAndQuery() {
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append('/').append(PathSegments.encode(segment));
        }
        if (rawQuery != null && !rawQuery.isEmpty()) {
            out.append('?').append(rawQuery);
        }
        return out.toString();
    }

    /** The path as an error message may quote it. */
    public String shown() {
        return Enums.shown(BackendRelay.PUBLIC_ROOT + "/" + String.join("/", segments));
    }

    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw malformed();
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw malformed();
        }
    }

    private static ProblemException malformed() {
        return new ProblemException(400, "Invalid request", "The path is not validly percent-encoded UTF-8");
    }
}
