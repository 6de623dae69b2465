package org.carenetwork.common.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carenetwork.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Byte sequences the gateway's hostile-input fuzz test found read as text by Jackson. */
class Utf8BodiesTest {

    @Test
    void wellFormedUtf8_passesThroughUnchanged() throws IOException {
        byte[] body = "{\"name\": \"Zoë 😀 שלום \\u0000 \uFEFF\"}".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(body, new Utf8Bodies.Checked(new ByteArrayInputStream(body)).readAllBytes());
    }

    @Test
    void malformedUtf8_isRefused() {
        List<byte[]> bad = List.of(
                new byte[] {'"', (byte) 0xC0, (byte) 0xAF, '"'},                           // overlong "/"
                new byte[] {'"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"'},              // overlong three-byte
                new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},              // an encoded surrogate
                new byte[] {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, // past U+10FFFF
                new byte[] {'"', (byte) 0xFF, '"'},
                new byte[] {'"', (byte) 0xC3, '('},                                        // a missing continuation
                new byte[] {'"', (byte) 0xE2, (byte) 0x82});                               // cut off at the end
        for (byte[] body : bad) {
            assertThrows(ProblemException.class, () -> new Utf8Bodies.Checked(new ByteArrayInputStream(body)).readAllBytes());
        }
    }
}
