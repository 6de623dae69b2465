package org.carenetwork.gateway.client;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carenetwork.common.problem.ProblemException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Relays a call to a backend and its answer to the caller as bytes, without reading or
 * re-serialising either. What travels to the service: {@link ForwardedHeaders#FORWARDED} and the
 * body's Content-Type, nothing else; what comes back: the status, the body and the caching and
 * write headers. A backend that cannot answer is {@link BackendUnavailable}; a backend's own
 * server error becomes a generic 502, so no backend error text reaches the caller. A Location is
 * rewritten to the public path under {@code /api/v1}, never the service's own address.
 */
@ApplicationScoped
public class BackendRelay {

    private static final Logger LOG = Logger.getLogger(BackendRelay.class);
    public static final String PUBLIC_ROOT = "/api/v1";
    private static final List<String> RELAYED_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ETAG,
            HttpHeaders.CACHE_CONTROL, HttpHeaders.LAST_MODIFIED, HttpHeaders.VARY, HttpHeaders.CONTENT_LANGUAGE, "Idempotent-Replayed",
            HttpHeaders.WWW_AUTHENTICATE, "Allow");

    private final Map<Backend, HttpClient> clients = new EnumMap<>(Backend.class);
    private final Map<Backend, String> basePaths = new EnumMap<>(Backend.class);

    @Inject
    Vertx vertx;

    @Inject
    BackendGuards guards;

    /** A backend's answer as it came. */
    public record Answer(int status, io.vertx.mutiny.core.MultiMap headers, byte[] body) {
    }

    /**
     * @param pathAndQuery the service's path and query, already encoded (see {@link PathSegments})
     */
    public Uni<Response> relay(Backend backend, boolean carriesFile, String method, String pathAndQuery,
                               HttpHeaders caller, byte[] body) {
        return call(backend, carriesFile, method, pathAndQuery, caller, body).map(answer -> toCaller(backend, answer));
    }

    /** The call itself, guarded; an answer of any status is an answer. */
    public Uni<Answer> call(Backend backend, boolean carriesFile, String method, String pathAndQuery,
                            HttpHeaders caller, byte[] body) {
        return guards.call(backend, carriesFile, () -> client(backend)
                        .request(new RequestOptions().setMethod(HttpMethod.valueOf(method))
                                .setURI(basePaths.get(backend) + pathAndQuery))
                        .chain(request -> {
                            ForwardedHeaders.of(caller).forEach(request::putHeader);
                            String contentType = caller.getHeaderString(HttpHeaders.CONTENT_TYPE);
                            if (body != null && contentType != null) {
                                request.putHeader(HttpHeaders.CONTENT_TYPE, contentType);
                            }
                            return body == null ? request.send() : request.send(Buffer.buffer(body));
                        })
                        .chain(response -> response.body().map(b -> answer(response, b))))
                .onFailure(BackendUnavailable::isUnavailability).transform(e -> {
                    LOG.warnf("%s did not answer %s %s: %s", backend.key(), method, pathAndQuery.replaceAll("\\?.*", ""),
                            e.toString());
                    return BackendUnavailable.of(backend);
                });
    }

    private static Answer answer(HttpClientResponse response, Buffer body) {
        return new Answer(response.statusCode(), response.headers(), body.getBytes());
    }

    private static Response toCaller(Backend backend, Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            LOG.warnf("%s answered %d", backend.key(), status);
            if (status == 503) {
                throw BackendUnavailable.of(backend);
            }
            throw new ProblemException(502, "Bad gateway", "The " + backend.spoken() + " failed to answer; try again");
        }
        Response.ResponseBuilder out = Response.status(status);
        for (String name : RELAYED_HEADERS) {
            String value = answer.headers().get(name);
            if (value != null) {
                out.header(name, value);
            }
        }
        String location = answer.headers().get(HttpHeaders.LOCATION);
        if (location != null) {
            out.header(HttpHeaders.LOCATION, publicLocation(location));
        }
        if (answer.body().length > 0) {
            out.entity(answer.body());
        }
        return out.build();
    }

    /** A service's Location (absolute on its own address, or a path) as the public path under /api/v1. */
    static String publicLocation(String location) {
        URI uri = URI.create(location);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return PUBLIC_ROOT + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private synchronized HttpClient client(Backend backend) {
        return clients.computeIfAbsent(backend, b -> {
            URI base = URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client." + b.key() + ".url", String.class));
            boolean tls = "https".equalsIgnoreCase(base.getScheme());
            int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
            String basePath = base.getRawPath() == null ? "" : base.getRawPath();
            basePaths.put(b, basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath);
            return vertx.createHttpClient(new HttpClientOptions().setDefaultHost(base.getHost()).setDefaultPort(port)
                    .setSsl(tls).setMaxPoolSize(256).setConnectTimeout(1000).setKeepAlive(true)
                    .setName("backend-" + b.key()));
        });
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::closeAndForget);
    }
}
