package org.carenetwork.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A nullable object property ({@code @Schema(nullable = true)} on a record of its own) is written
 * by the scanner as {@code anyOf: [$ref, {type: null}]} beside {@code type: object}, which says
 * null is not allowed after all; for some properties (it depends on the order the scan meets the
 * types) it adds the null, for others not. Here every such property says {@code [object, null]},
 * as its anyOf does. One filter for every service (it was copied in two).
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        api.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(NullableReferences::allowNull);
            }
        });
    }

    private static void allowNull(Schema property) {
        List<Schema> anyOf = property.getAnyOf();
        boolean nullBranch = anyOf != null && anyOf.stream().anyMatch(b -> b.getRef() == null && b.getType() != null
                && b.getType().equals(List.of(Schema.SchemaType.NULL)));
        if (nullBranch && property.getType() != null && property.getType().equals(List.of(Schema.SchemaType.OBJECT))) {
            property.setType(List.of(Schema.SchemaType.OBJECT, Schema.SchemaType.NULL));
        }
    }
}
