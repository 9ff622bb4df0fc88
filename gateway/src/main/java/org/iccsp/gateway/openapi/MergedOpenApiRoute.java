package org.iccsp.gateway.openapi;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iccsp.gateway.routing.Upstreams;
import org.jboss.logging.Logger;

/**
 * GET /openapi-merged: every service's /q/openapi merged into one document (Swagger UI shows it).
 * Fetched on each request, so it is always current; a service that does not answer within the
 * timeout is listed in {@code x-iccsp-missing-services} instead of failing the whole document.
 */
@ApplicationScoped
public class MergedOpenApiRoute {
    private static final Logger LOG = Logger.getLogger(MergedOpenApiRoute.class);
    private static final long TIMEOUT_MILLIS = 5000;

    private final Upstreams upstreams;
    private final HttpClient client;

    public MergedOpenApiRoute(Vertx vertx, Upstreams upstreams) {
        this.upstreams = upstreams;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000));
    }

    void install(@Observes Router router) {
        router.get("/openapi-merged").handler(this::serve);
    }

    void serve(RoutingContext ctx) {
        List<String> services = new ArrayList<>(upstreams.all().keySet());
        List<Future<Optional<JsonObject>>> fetches = services.stream()
                .map(service -> fetch(service, upstreams.base(service))).toList();
        Future.join(fetches).onComplete(done -> {
            Map<String, Optional<JsonObject>> documents = new LinkedHashMap<>();
            for (int i = 0; i < services.size(); i++) {
                documents.put(services.get(i), fetches.get(i).result());
            }
            ctx.response().putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store")
                    .end(OpenApiMerger.merge(documents).encodePrettily());
        });
    }

    private Future<Optional<JsonObject>> fetch(String service, URI base) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(base.resolve("/q/openapi?format=json").toString())
                .putHeader("Accept", "application/json").setIdleTimeout(TIMEOUT_MILLIS);
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200
                        ? response.body().map(body -> Optional.of(new JsonObject(body)))
                        : Future.succeededFuture(Optional.<JsonObject>empty()))
                .otherwise(failure -> {
                    LOG.warnf("OpenAPI of %s not available: %s", service, failure.getMessage());
                    return Optional.empty();
                });
    }
}
