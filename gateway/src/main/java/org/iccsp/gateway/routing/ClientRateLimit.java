package org.iccsp.gateway.routing;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The gateway's rate limit, over every request it serves (API, pages, static assets): a token bucket
 * per client ({@link RateLimiter}). The client is
 * <ul>
 * <li>on the API, the {@code sub} of a bearer token whose signature the realm's keys verify (through
 * the OIDC tenant's cached JWKS; answers cached briefly under the token's hash, {@link VerifiedSubjects});</li>
 * <li>otherwise (no token, a forged, expired or {@code alg:none} token, and every page request) the
 * client address as Quarkus resolves it: the peer, or the forwarded address only when the peer is one
 * of {@code quarkus.http.proxy.trusted-proxies}. Fresh fake subjects therefore share their address's
 * one bucket.</li>
 * </ul>
 * Across replicas there is no shared store: each replica enforces capacity and refill divided by
 * {@code iccsp.gateway.rate-limit.replicas} (approximate: see the gateway README).
 * The excess is a 429 with Retry-After: a problem document on /api, a short page in the reader's
 * language elsewhere.
 */
@ApplicationScoped
public class ClientRateLimit {
    /** After the size limits (RequestLimits), before Quarkus's upload limit and the permission checks. */
    static final int ORDER = RequestLimits.ORDER + 1;
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "ar", "he");
    private static final Map<String, String[]> PAGE_TEXT = Map.of(
            "en", new String[] {"Too many requests", "You sent too many requests in a short time. Please try again in %d seconds."},
            "fr", new String[] {"Trop de requêtes", "Vous avez envoyé trop de requêtes en peu de temps. Réessayez dans %d secondes."},
            "ar", new String[] {"طلبات كثيرة جدًا", "أرسلت طلبات كثيرة في وقت قصير. يرجى المحاولة مرة أخرى بعد %d ثانية."},
            "he", new String[] {"יותר מדי בקשות", "שלחת יותר מדי בקשות בזמן קצר. נא לנסות שוב בעוד %d שניות."});

    private final Optional<RateLimiter> limiter;
    private final VerifiedSubjects subjects;

    public ClientRateLimit(Instance<TenantIdentityProvider> tenant,
            @ConfigProperty(name = "iccsp.gateway.rate-limit.enabled") boolean enabled,
            @ConfigProperty(name = "iccsp.gateway.rate-limit.capacity") int capacity,
            @ConfigProperty(name = "iccsp.gateway.rate-limit.refill-per-second") double refillPerSecond,
            @ConfigProperty(name = "iccsp.gateway.rate-limit.replicas", defaultValue = "1") int replicas,
            @ConfigProperty(name = "iccsp.gateway.rate-limit.verified-token-cache", defaultValue = "60s") Duration cacheFor) {
        int shares = Math.max(1, replicas);
        this.limiter = enabled
                ? Optional.of(new RateLimiter(Math.max(1, capacity / shares), refillPerSecond / shares, System::nanoTime))
                : Optional.empty();
        this.subjects = new VerifiedSubjects(token -> verify(tenant, token), cacheFor.toNanos(), System::nanoTime);
    }

    private static Uni<Optional<String>> verify(Instance<TenantIdentityProvider> tenant, String token) {
        if (!tenant.isResolvable()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return tenant.get().authenticate(new AccessTokenCredential(token)).map(identity ->
                identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null && !jwt.getSubject().isBlank()
                        ? Optional.of(jwt.getSubject())
                        : Optional.<String>empty());
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::pages);
    }

    /** Every request but the API's (ApiProxy asks {@link #admit} itself): keyed by the client address. */
    void pages(RoutingContext ctx) {
        if (limiter.isEmpty() || ctx.request().path().startsWith("/api/")) {
            ctx.next();
            return;
        }
        Optional<Long> retryAfter = limiter.get().acquire(addressKey(ctx.request()));
        if (retryAfter.isEmpty()) {
            ctx.next();
            return;
        }
        long seconds = retryAfter.get();
        String lang = language(ctx);
        String[] text = PAGE_TEXT.get(lang);
        String dir = lang.equals("ar") || lang.equals("he") ? "rtl" : "ltr";
        ctx.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(seconds))
                .putHeader("Content-Type", "text/html; charset=UTF-8").putHeader("Cache-Control", "no-store")
                .end("<!DOCTYPE html>\n<html lang=\"" + lang + "\" dir=\"" + dir + "\"><head><meta charset=\"utf-8\"><title>"
                        + text[0] + "</title></head><body><main><h1>" + text[0] + "</h1><p>"
                        + String.format(text[1], seconds) + "</p></main></body></html>\n");
    }

    /**
     * Decides an API request: {@code admitted} runs (on the request's context) when it may go, else the
     * caller gets the 429 problem. The request is paused meanwhile (the caller resumes it).
     */
    void admit(RoutingContext ctx, Runnable admitted) {
        if (limiter.isEmpty()) {
            admitted.run();
            return;
        }
        HttpServerRequest in = ctx.request();
        in.pause();
        Context context = Vertx.currentContext();
        subjects.of(in.getHeader("Authorization")).subscribe().with(subject -> {
            Runnable decide = () -> {
                String client = subject.map(sub -> "sub:" + sub).orElseGet(() -> addressKey(in));
                Optional<Long> retryAfter = limiter.get().acquire(client);
                if (retryAfter.isEmpty()) {
                    admitted.run();
                    return;
                }
                in.resume(); // a body, if any, is dropped
                ctx.response().putHeader("Retry-After", String.valueOf(retryAfter.get()));
                Problems.send(ctx.response(), 429, "Too many requests",
                        "the request rate limit for this client is exhausted; retry after " + retryAfter.get() + " s");
            };
            if (context == null || Vertx.currentContext() == context) {
                decide.run();
            } else {
                context.runOnContext(v -> decide.run());
            }
        });
    }

    /** The client address as Quarkus resolved it (forwarded only from a trusted proxy). */
    static String addressKey(HttpServerRequest in) {
        return "ip:" + (in.remoteAddress() == null ? "unknown" : in.remoteAddress().hostAddress());
    }

    private static String language(RoutingContext ctx) {
        String requested = ctx.request().getParam("lang");
        if (requested != null && LANGUAGES.contains(requested)) {
            return requested;
        }
        Cookie remembered = ctx.request().getCookie("lang");
        return remembered != null && LANGUAGES.contains(remembered.getValue()) ? remembered.getValue() : "en";
    }
}
