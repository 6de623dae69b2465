package org.carenetwork.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the fuzz test's own machinery, run by jqwik's engine without a gateway: the
 * verdict "conforms to the document" that decides whether a 2xx is allowed, and the encoders that
 * decide what is really sent. If these were wrong, the fuzz test would pass for the wrong reasons.
 */
class HostileInputProperties {

    static final ApiDocument DOCUMENT = ApiDocument.fromClasspath();
    static final SchemaCheck CHECK = new SchemaCheck(DOCUMENT);

    record Body(ApiDocument.Operation operation, ApiDocument.MediaType media) {
        @Override
        public String toString() {
            return operation + " " + media.name();
        }
    }

    @Provide
    Arbitrary<Body> documentedJsonExamples() {
        List<Body> bodies = new ArrayList<>();
        for (ApiDocument.Operation operation : DOCUMENT.operations()) {
            for (ApiDocument.MediaType media : operation.body().values()) {
                if (HostileInputFuzzTests.isJson(media.name()) && media.example() != null) {
                    bodies.add(new Body(operation, media));
                }
            }
        }
        return Arbitraries.of(bodies);
    }

    @Example
    void everyOperation_namesTheRolesThatMayCallIt() {
        for (ApiDocument.Operation operation : DOCUMENT.operations()) {
            assertFalse(operation.roles().isEmpty(), operation + " has no \"Roles: ...\" in its description");
        }
    }

    /** The document's own examples are valid requests: a check that refused them would call every 2xx a defect. */
    @Property(tries = 50)
    void aDocumentedExample_conformsToItsSchema(@ForAll("documentedJsonExamples") Body body) {
        assertEquals(List.of(), CHECK.violations(body.media().schema(), body.media().example()), body.toString());
    }

    /** A missing required field never passes for conforming: a 2xx for it is always reported. */
    @Property(tries = 100)
    void anExampleWithoutARequiredField_doesNotConform(@ForAll("documentedJsonExamples") Body body,
                                                        @ForAll("indexes") int pick) {
        JsonNode schema = DOCUMENT.resolve(body.media().schema());
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        if (required.isEmpty() || !body.media().example().isObject()) {
            return;
        }
        ObjectNode example = body.media().example().deepCopy();
        example.remove(required.get(pick % required.size()));
        assertFalse(CHECK.conforms(schema, example), body + " without " + required.get(pick % required.size()));
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 1000);
    }

    /** Whatever string is generated, the JSON sent carries exactly it (NUL and lone surrogates as escapes). */
    @Property(tries = 500)
    void theJsonWriter_sendsExactlyTheGeneratedString(@ForAll("anyText") String text, @ForAll boolean escapeNonAscii)
            throws Exception {
        byte[] json = HostileInput.write(TextNode.valueOf(text), escapeNonAscii);
        assertEquals(text, HostileInputFuzzTests.STRICT_JSON.readTree(json).asText());
        assertTrue(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(json)).length() >= 2, "valid UTF-8");
    }

    /** A path or query value arrives as generated (lone surrogates aside, which UTF-8 cannot carry). */
    @Property(tries = 500)
    void percentEncoding_roundTrips(@ForAll("anyText") String text) {
        String wellFormed = text.codePoints().filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String encoded = HostileInputFuzzTests.encode(wellFormed);
        assertTrue(encoded.chars().allMatch(c -> c < 0x80 && c > 0x20), encoded);
        assertEquals(wellFormed, URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30), Arbitraries.of(HostileInput.PAYLOADS));
    }
}
