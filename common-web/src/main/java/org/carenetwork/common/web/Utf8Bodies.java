package org.carenetwork.common.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.carenetwork.common.problem.ProblemException;

/**
 * A JSON body must be UTF-8 (RFC 8259): checked as it is read, without holding it. Jackson's own
 * decoder takes overlong forms ({@code C0 AF} for "/"), encoded surrogates and code points past
 * U+10FFFF without complaint; here they are a 400.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            context.setInputStream(new Checked(context.getInputStream()));
        }
        return context.proceed();
    }

    /** Passes bytes through while they form well-formed UTF-8 (RFC 3629); throws at the first that does not. */
    static final class Checked extends FilterInputStream {
        private int pending;      // continuation bytes still expected
        private int low = 0x80;   // allowed range of the next continuation byte
        private int high = 0xBF;

        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(b);
            } else {
                end();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                check(buffer[offset + i] & 0xFF);
            }
            if (n < 0) {
                end();
            }
            return n;
        }

        private void check(int b) {
            if (pending > 0) {
                if (b < low || b > high) {
                    throw malformed();
                }
                pending--;
                low = 0x80;
                high = 0xBF;
                return;
            }
            if (b < 0x80) {
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;  // no overlong three-byte forms
                high = b == 0xED ? 0x9F : 0xBF; // no surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                low = b == 0xF0 ? 0x90 : 0x80;  // no overlong four-byte forms
                high = b == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
            } else {
                throw malformed();
            }
        }

        private void end() {
            if (pending > 0) {
                throw malformed();
            }
        }

        private static ProblemException malformed() {
            return new ProblemException(400, "Malformed JSON", "The body is not valid UTF-8");
        }
    }
}
