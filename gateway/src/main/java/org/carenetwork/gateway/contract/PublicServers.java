package org.carenetwork.gateway.contract;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.carenetwork.gateway.client.BackendRelay;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The document's server, absolute, so a client generated from the served document calls the
 * deployment that served it without being told a base path: {@code gateway.public-url} with
 * {@code /api/v1}, described by its environment ({@code gateway.public-environment}: production
 * by default; the local suite's start script says {@code http://localhost:8080}, local). Run when
 * the gateway starts, as the address is the deployment's, not the build's; the built document
 * ({@code target/openapi}) keeps the relative {@code /api/v1}.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.RUN)
public class PublicServers implements OASFilter {

    static final String URL = "gateway.public-url";
    static final String ENVIRONMENT = "gateway.public-environment";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Config config = ConfigProvider.getConfig();
        String url = config.getOptionalValue(URL, String.class).orElse("https://api.carenet.example").replaceAll("/+$", "");
        String environment = config.getOptionalValue(ENVIRONMENT, String.class).orElse("production");
        api.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(url + BackendRelay.PUBLIC_ROOT)
                .description("The " + environment + " gateway: the environment that served this document")
                .addExtension("x-internal", false))));
    }
}
