package org.iccsp.platform.observability;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Spans never carry a request's ids, codes or tokens (issue 17): as the metrics are tagged with
 * templates, the URL attributes the HTTP instrumentation records are rewritten when a span starts,
 * before any exporter (OTLP, the log) sees them. {@code url.path}: every segment that is not a plain
 * word ({@code pledges}, {@code invite.ics}, {@code v1}) becomes {@code {}}, so
 * {@code /api/v1/pledges/<id>/transitions} is {@code /api/v1/pledges/{}/transitions} and
 * {@code /api/v1/members/QA} is {@code /api/v1/members/{}}; {@code url.query} keeps the parameters'
 * names only ({@code token&category}, not an unsubscribe token); {@code url.full} (client spans) is the
 * called origin and the redacted path. The span's name and {@code http.route} are templates already.
 * Quarkus adds every {@link SpanProcessor} bean to the tracer provider.
 */
@Singleton
public class UrlRedaction implements SpanProcessor {
    static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z.-]*|v[0-9]+|q");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String path = span.getAttribute(URL_PATH);
        if (path != null) {
            span.setAttribute(URL_PATH, path(path));
        }
        String query = span.getAttribute(URL_QUERY);
        if (query != null) {
            span.setAttribute(URL_QUERY, query(query));
        }
        String full = span.getAttribute(URL_FULL);
        if (full != null) {
            span.setAttribute(URL_FULL, full(full));
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    /** {@code /api/v1/pledges/<id>/transitions} → {@code /api/v1/pledges/{}/transitions}. */
    static String path(String path) {
        return Arrays.stream(path.split("/", -1)).map(s -> s.isEmpty() || WORD.matcher(s).matches() ? s : "{}")
                .collect(Collectors.joining("/"));
    }

    /** {@code token=abc&category=x} → {@code token&category}. */
    static String query(String query) {
        return Arrays.stream(query.split("&")).map(p -> p.split("=", 2)[0])
                .map(name -> WORD.matcher(name).matches() || name.matches("[A-Za-z][A-Za-z0-9_.-]{0,40}") ? name : "{}")
                .collect(Collectors.joining("&"));
    }

    /** The origin and the redacted path: {@code http://127.0.0.1:8082/api/v1/pledges/{}} (no query). */
    static String full(String url) {
        try {
            URI uri = URI.create(url);
            String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return origin + path(uri.getRawPath() == null ? "" : uri.getRawPath());
        } catch (IllegalArgumentException e) {
            return "{}";
        }
    }
}
