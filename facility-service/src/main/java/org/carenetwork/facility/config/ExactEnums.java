package org.carenetwork.facility.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A closed value in a request body is taken exactly as the OpenAPI document spells it, as it is in a
 * query or a path: Jackson would trim it first ({@code " IOP"} read as IOP). Anything else is
 * Jackson's own InvalidFormatException for the enum, which common-web turns into the 400 naming
 * the field and listing the values.
 */
@Singleton
public class ExactEnums implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("ExactEnums");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                              BeanDescription description, JsonDeserializer<?> standard) {
                return new Exact(type.getRawClass(), standard);
            }
        });
        mapper.registerModule(module);
    }

    private static final class Exact extends StdDeserializer<Object> {
        private final JsonDeserializer<?> standard;

        Exact(Class<?> type, JsonDeserializer<?> standard) {
            super(type);
            this.standard = standard;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                for (Object constant : handledType().getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(text)) {
                        return constant;
                    }
                }
                throw ctxt.weirdStringException(text, handledType(), "not one of " + Arrays.stream(
                        handledType().getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
            }
            return standard.deserialize(p, ctxt);
        }
    }
}
