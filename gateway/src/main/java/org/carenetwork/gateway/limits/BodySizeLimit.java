package org.carenetwork.gateway.limits;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.carenetwork.common.problem.Problem;
import org.carenetwork.gateway.routing.PublicPath;
import org.carenetwork.gateway.routing.RouteTable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses oversized bodies with 413 before they are read: JSON requests are small, only the
 * operations whose contract says their body is a file ({@code x-carries-file}: the directory
 * import) get the larger limit. quarkus.http.limits.max-body-size caps bodies sent without a
 * Content-Length.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "gateway.body-limit.default-bytes", defaultValue = "262144")
    long defaultLimit;

    @ConfigProperty(name = "gateway.body-limit.import-bytes", defaultValue = "52428800")
    long importLimit;

    @Inject
    RouteTable routes;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                long limit = carriesFile(rc.request().method().name(), rc.request().path()) ? importLimit : defaultLimit;
                long size;
                try {
                    size = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    size = Long.MAX_VALUE;
                }
                if (size > limit) {
                    rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end("{\"type\":\"" + Problem.typeOf(413) + "\",\"title\":\"Payload too large\",\"status\":413,"
                                    + "\"detail\":\"The body is larger than " + limit + " bytes\"}");
                    return;
                }
            }
            rc.next();
        }, 900);
    }

    private boolean carriesFile(String method, String path) {
        try {
            return routes.match(method, PublicPath.of(path, null).segments()) instanceof RouteTable.Found found
                    && found.route().carriesFile();
        } catch (RuntimeException malformedPath) {
            return false;
        }
    }
}
