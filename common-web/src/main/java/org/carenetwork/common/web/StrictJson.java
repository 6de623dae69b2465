package org.carenetwork.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;

/**
 * Request bodies are read for what they say, never guessed at. Jackson's defaults would take
 * {@code "agreed": 720} as consent given, {@code "openings": 2.7} as 2, {@code "levelOfCare": 3}
 * as the fourth level, {@code ""} as 0, {@code "asOf": 101} as 1970-04-12, the string {@code "null"} as
 * {@code false}, 0 or absent, {@code "agreedAt": 963663} as an instant of 1970, and ignore whatever
 * follows the first JSON value; each of
 * these is a 400 naming the field instead. A field the body's schema does not have
 * ({@code "language": ["es"]} where there is no such field, a misspelt {@code "levelofCare"}) is a 400
 * naming it too, never silently dropped. Readers of another service's answers stay tolerant: their
 * records say {@code @JsonIgnoreProperties(ignoreUnknown = true)}, so a service that adds a field
 * does not break its callers. Coercions that keep the value (the string "2" for an
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
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
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
        SimpleModule noTextualNull = new SimpleModule("StrictJson");
        for (Class<?> scalar : new Class<?>[] {boolean.class, Boolean.class, int.class, Integer.class, long.class,
                Long.class, double.class, Double.class}) {
            addNoTextualNull(noTextualNull, scalar);
        }
        // An instant is an ISO-8601 string: Jackson would read "agreedAt": 963663 as seconds after 1970.
        // A modifier, so it holds whichever module (JSR-310's) supplies the instant's deserializer.
        noTextualNull.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == Instant.class
                        ? new TextOnly<>(Instant.class, (JsonDeserializer<Instant>) deserializer) : deserializer;
            }
        });
        mapper.registerModule(noTextualNull);
        return mapper;
    }

    /** Jackson's own reading of a value that JSON writes as text, from text only. */
    private static final class TextOnly<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> standard;

        TextOnly(Class<T> type, JsonDeserializer<T> standard) {
            super(type);
            this.standard = standard;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (T) ctxt.handleUnexpectedToken(handledType(), p);
            }
            return standard.deserialize(p, ctxt);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void addNoTextualNull(SimpleModule module, Class<T> scalar) {
        module.addDeserializer(scalar, new NoTextualNull<>(scalar,
                (JsonDeserializer<T>) NumberDeserializers.find(scalar, scalar.getName())));
    }

    /**
     * Jackson's own reading of a yes/no or a number, except that the string {@code "null"} is
     * refused; a JSON {@code null} and a field left out are still read as Jackson does.
     */
    private static final class NoTextualNull<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> standard;

        NoTextualNull(Class<T> scalar, JsonDeserializer<T> standard) {
            super(scalar);
            this.standard = standard;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) && "null".equals(p.getText().trim())) {
                return (T) ctxt.handleWeirdStringValue(handledType(), p.getText(), "the string \"null\" is not a value");
            }
            return standard.deserialize(p, ctxt);
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getNullValue(ctxt);
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getEmptyValue(ctxt);
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return standard.getNullAccessPattern();
        }
    }
}
