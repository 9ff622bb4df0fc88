package org.iccsp.notification.webhook.domain;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.delivery.domain.Failures;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.observability.TraceContext;

/**
 * POSTs one signed CloudEvent to an endpoint (Standard Webhooks headers, and the current trace's
 * {@code traceparent} so a receiver can join the trace). The host is resolved once by the
 * {@link SsrfGuard} and the connection goes to the address it checked, while the Host header, TLS
 * SNI and certificate check use the URL's host name (no second DNS lookup to rebind). Redirects
 * are not followed. Blocks the calling worker thread until the answer or the timeout.
 */
@ApplicationScoped
public class WebhookClient {
    private final HttpClient http;
    private final SsrfGuard guard;
    private final TraceContext traces;
    private final Duration timeout;
    private final Clock clock;

    @Inject
    public WebhookClient(SsrfGuard guard, TraceContext traces, Vertx vertx,
            @ConfigProperty(name = "iccsp.webhooks.timeout", defaultValue = "PT10S") Duration timeout, Clock clock) {
        this.guard = guard;
        this.traces = traces;
        this.timeout = timeout;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setMaxRedirects(0));
        this.clock = clock;
    }

    /** @return the HTTP status; -1 with {@code detail} when the endpoint could not be reached */
    public record Outcome(int status, String detail) {
        public boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    public Outcome post(WebhookSubscription target, String webhookId, String body) {
        SsrfGuard.Checked checked = guard.check(target.url);
        if (checked.refusal() != null) {
            return new Outcome(-1, "refused: URL " + checked.refusal());
        }
        SsrfGuard.Target to = checked.target();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long timestamp = now.toEpochSecond();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(to.address(), to.port())))
                .setHost(to.host())
                .setPort(to.port())
                .setSsl(to.https())
                .setURI(to.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .addHeader("host", to.uri().getRawAuthority()) // as the URL writes it ([v6], port when given)
                .addHeader("content-type", "application/cloudevents+json")
                .addHeader("webhook-id", webhookId)
                .addHeader("webhook-timestamp", Long.toString(timestamp))
                .addHeader("webhook-signature", WebhookSigner.header(target.signingSecrets(now), webhookId, timestamp, body));
        traces.propagate(request::addHeader);
        try {
            int status = http.request(request)
                    .compose(r -> r.send(Buffer.buffer(body)))
                    .map(response -> response.statusCode())
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            return new Outcome(status, "HTTP " + status);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(-1, "unreachable: " + Failures.describe(cause));
        } catch (TimeoutException e) {
            return new Outcome(-1, "unreachable: timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted");
        }
    }
}
