package org.carenetwork.facility.service.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import org.carenetwork.common.problem.ProblemException;

/**
 * The elements of one array in a JSON upload, read one at a time from the stream, never the whole
 * body in memory: the array is the body itself or the named field of the body's object (the
 * object's other fields are skipped). A body that is no such document, or that breaks off, is
 * refused whole with the element it broke off in: the import runs in one transaction, so nothing of
 * it is kept.
 */
final class JsonArrayStream {

    private final JsonParser parser;
    /** One element at a time: more input after an element is the next element, not trailing garbage. */
    private final ObjectReader reader;
    private final String element;
    /** Position of the last element read, from 1. */
    private long index;
    private boolean more;

    /**
     * @param field   the field of the body's object that holds the array ({@code rows}, {@code contents})
     * @param element what an element is called in an error ({@code row}, {@code service})
     * @param what    what the body should be, for an error ({@code a FindTreatment export})
     * @param shapes  the shapes taken, for an error ({@code an object with rows})
     */
    JsonArrayStream(InputStream body, ObjectMapper json, String field, String element, String what, String shapes) {
        this.reader = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.element = element;
        try {
            this.parser = json.getFactory().createParser(body);
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                while (true) {
                    JsonToken t = parser.nextToken();
                    if (t == null || t == JsonToken.END_OBJECT) {
                        throw ProblemException.badField("body", "not " + what + ": no " + field + " array");
                    }
                    if (t == JsonToken.FIELD_NAME && parser.currentName().equals(field)) {
                        if (parser.nextToken() != JsonToken.START_ARRAY) {
                            throw ProblemException.badField(field, "must be an array");
                        }
                        break;
                    }
                    parser.nextToken();
                    parser.skipChildren();
                }
            } else if (first != JsonToken.START_ARRAY) {
                throw ProblemException.badField("body", "not " + what + ": expected " + shapes);
            }
            JsonToken t = parser.nextToken();
            more = t != null && t != JsonToken.END_ARRAY;
        } catch (IOException e) {
            throw ProblemException.badField("body", "is not valid JSON");
        }
    }

    boolean hasNext() {
        return more;
    }

    /** Position of the element {@link #next()} read last, from 1. */
    long index() {
        return index;
    }

    /** The next element when it is an object, else null (it is skipped). */
    JsonNode next() {
        if (!more) {
            throw new NoSuchElementException();
        }
        index++;
        try {
            JsonNode node = parser.currentToken() == JsonToken.START_OBJECT ? reader.readTree(parser) : null;
            if (node == null) {
                parser.skipChildren();
            }
            JsonToken t = parser.nextToken();
            more = t != null && t != JsonToken.END_ARRAY;
            return node;
        } catch (IOException e) {
            var at = parser.currentLocation();
            throw ProblemException.badField("body", "is not valid JSON: it breaks off in " + element + " " + index
                    + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + "); nothing was imported");
        }
    }
}
