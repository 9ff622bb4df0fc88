package org.iccsp.notification.webhook.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.notification.delivery.domain.Failures;
import org.iccsp.notification.webhook.persistence.WebhookSubscription;
import org.iccsp.platform.observability.TraceContext;

/**
 * POSTs one signed CloudEvent to an endpoint (Standard Webhooks headers, and the current trace's
 * {@code traceparent} so a receiver can join the trace). Redirects are not followed.
 */
@ApplicationScoped
public class WebhookClient {
    private final HttpClient http;
    private final SsrfGuard guard;
    private final TraceContext traces;
    private final Duration timeout;

    public WebhookClient(SsrfGuard guard, TraceContext traces,
            @ConfigProperty(name = "iccsp.webhooks.timeout", defaultValue = "PT10S") Duration timeout) {
        this.guard = guard;
        this.traces = traces;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @return the HTTP status; -1 with {@code detail} when the endpoint could not be reached */
    public record Outcome(int status, String detail) {
        public boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    public Outcome post(WebhookSubscription target, String webhookId, String body) {
        String refusal = guard.refusal(target.url);
        if (refusal != null) {
            return new Outcome(-1, "refused: URL " + refusal);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long timestamp = now.toEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url)).timeout(timeout)
                .header("content-type", "application/cloudevents+json")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSigner.header(target.signingSecrets(now), webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        traces.propagate(request::header);
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Outcome(-1, "unreachable: " + Failures.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "interrupted");
        }
    }
}
