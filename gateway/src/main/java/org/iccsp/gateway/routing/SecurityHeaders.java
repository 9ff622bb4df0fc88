package org.iccsp.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every answer of the gateway, pages and API alike (set when the head is
 * written, so they cover the services' answers, the gateway's problems and redirects):
 * a Content-Security-Policy without inline script or style (the pages have none), nosniff, a
 * referrer policy, no framing, and {@code Cache-Control: no-store} on everything asked with
 * credentials (a bearer token or the session cookie): what a signed-in person sees may be personal
 * or sealed. HSTS is configuration ({@code %prod.quarkus.http.header."Strict-Transport-Security"}).
 * Swagger UI (/q/swagger-ui) is Quarkus's page with inline script and style: it gets a policy that
 * allows them, still without framing or foreign sources.
 */
@ApplicationScoped
public class SecurityHeaders {
    /** Before everything else of ours, so even the front door's refusals carry the headers. */
    static final int ORDER = Integer.MIN_VALUE;
    static final String SESSION_COOKIE = "q_session";

    private final String pagePolicy;
    private final String swaggerPolicy;

    public SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServer) {
        URI keycloak = URI.create(authServer);
        String signIn = keycloak.getScheme() + "://" + keycloak.getRawAuthority();
        this.pagePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "frame-ancestors 'none'; form-action 'self' " + signIn + "; base-uri 'none'; object-src 'none'";
        this.swaggerPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> apply(ctx));
            ctx.next();
        });
    }

    private void apply(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        MultiMap headers = ctx.response().headers();
        headers.set("Content-Security-Policy", in.path().startsWith("/q/swagger-ui") ? swaggerPolicy : pagePolicy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.set("X-Frame-Options", "DENY");
        if (withCredentials(in)) {
            headers.set("Cache-Control", "no-store");
        }
    }

    static boolean withCredentials(HttpServerRequest in) {
        if (in.getHeader("Authorization") != null) {
            return true;
        }
        for (Cookie cookie : in.cookies()) {
            if (cookie.getName().startsWith(SESSION_COOKIE)) {
                return true;
            }
        }
        return false;
    }
}
