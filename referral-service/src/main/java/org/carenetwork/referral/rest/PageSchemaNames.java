package org.carenetwork.referral.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.carenetwork.common.web.Page;
import org.carenetwork.referral.api.ReferralView;
import org.carenetwork.referral.api.WebhookViews;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Names each {@code Page<T>} schema after its items, as the contract always has: {@code ReferralPage},
 * not the scanner's {@code PageReferralView}, which is made of Java class names, would change with
 * them, and could meet another service's in the merged document.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD)
public class PageSchemaNames implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";
    private static final String DESCRIBED_PAGES = "ReferralDescribedPages";
    private static final Set<String> PAGE_PROPERTIES = Set.of("items", "page", "size", "total");

    /**
     * The scanner describes a {@code Page<T>} only where it works out an answer's schema itself.
     * An answer that shows examples names its schema, so the pages such answers name are listed
     * here for the scanner to describe; this holder is not part of the document.
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = DESCRIBED_PAGES)
    static final class DescribedPages {
        public Page<ReferralView> referrals;
        public Page<WebhookViews.Subscription> subscriptions;
        public Page<WebhookViews.Attempt> attempts;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        Map<String, Schema> schemas = new LinkedHashMap<>();
        components.getSchemas().forEach((name, schema) -> {
            if (name.equals(DESCRIBED_PAGES)) {
                return;
            }
            String items = itemsOfPage(name, schema);
            String newName = items == null ? name : items + "Page";
            if (items != null) {
                renamed.put(PREFIX + name, PREFIX + newName);
                schema.setDescription("One page of `" + items + "` (the list envelope: `items`, `page` from 0, `size`, `total`).");
            }
            schemas.put(newName, schema);
        });
        components.setSchemas(schemas);
        if (api.getPaths() == null || renamed.isEmpty()) {
            return;
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null) {
                point(operation.getRequestBody().getContent(), renamed);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> point(r.getContent(), renamed));
            }
        }));
    }

    /** The items' schema name when this is one of common-web's pages (items, page, size, total), else null. */
    private static String itemsOfPage(String name, Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (!name.startsWith("Page") || properties == null || !properties.keySet().equals(PAGE_PROPERTIES)) {
            return null;
        }
        Schema items = properties.get("items").getItems();
        return items == null || items.getRef() == null || !items.getRef().startsWith(PREFIX)
                ? null : items.getRef().substring(PREFIX.length());
    }

    private static void point(Content content, Map<String, String> renamed) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().values().forEach(media -> {
            Schema schema = media.getSchema();
            if (schema != null && schema.getRef() != null && renamed.containsKey(schema.getRef())) {
                schema.setRef(renamed.get(schema.getRef()));
            }
        });
    }
}
