package org.carenetwork.facility;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Open Referral's published HSDS 3.0 schemas (src/test/resources/hsds-3.0, source in its README),
 * loaded once, with format assertions on ({@code uuid}, {@code uri}, {@code date-time}...).
 */
public final class HsdsSchemas {

    public static final String SERVICE = "compiled/service.json";
    public static final String ORGANIZATION = "organization.json";
    public static final String LOCATION = "location.json";

    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private HsdsSchemas() {
    }

    /** What the schema finds wrong with {@code node}: empty when it is valid. */
    public static List<String> problems(String schema, JsonNode node) {
        JsonSchema s = LOADED.computeIfAbsent(schema, name -> {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of("classpath:hsds-3.0/" + name), config);
        });
        return s.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
