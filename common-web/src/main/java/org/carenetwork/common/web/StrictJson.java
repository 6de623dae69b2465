package org.carenetwork.common.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Request bodies are read for what they say, never guessed at. Jackson's defaults would take
 * {@code "agreed": 720} as consent given, {@code "openings": 2.7} as 2, {@code "levelOfCare": 3}
 * as the fourth level, {@code ""} as 0, {@code "asOf": 101} as 1970-04-12, and ignore whatever follows the first JSON value; each of
 * these is a 400 naming the field instead. Coercions that keep the value (the string "2" for an
 * integer, a number for a string) stay allowed.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    public static ObjectMapper apply(ObjectMapper mapper) {
        // Not lenient: a number is not a date (Jackson would read "asOf": 101 as the 101st day of 1970).
        mapper.setDefaultLeniency(false);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        return mapper;
    }
}
