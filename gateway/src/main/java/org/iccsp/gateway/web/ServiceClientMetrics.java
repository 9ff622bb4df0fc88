package org.iccsp.gateway.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.iccsp.gateway.web.directory.DirectoryClient;
import org.iccsp.gateway.web.events.EventClient;
import org.iccsp.gateway.web.pledges.PledgeClient;

/**
 * HTTP client metrics ({@code http.client.requests}) of the pages' typed service clients only, and only
 * under their path templates ({@code uri="/api/v1/pledges/{id}"}), never a raw path: an id in a metric
 * names a pledge, a member or a registration a reader of the metrics may not see.
 *
 * <p>Quarkus measures a typed REST client's call under the method's template (its
 * {@code UrlPathTemplate}), and falls back to the raw path only if a call carries none. Switching client
 * metrics on also measures every other Vert.x HTTP client of the gateway under the raw URI it called:
 * the API proxy's (every path and query a caller sent) and the OIDC client's. So every {@code http.client}
 * meter with a {@code uri} tag is kept only when its {@code clientName} is one of the typed clients'
 * config keys and its {@code uri} is one of their templates (or Micrometer's fixed {@code NOT_FOUND},
 * {@code REDIRECTION}, {@code UNKNOWN}, {@code root}); anything else is denied. The proxied calls are
 * measured by the gateway's server metrics under {@code ApiTemplates} instead.
 */
public class ServiceClientMetrics {
    /** The typed clients whose calls are measured. */
    static final List<Class<?>> CLIENTS = List.of(DirectoryClient.class, PledgeClient.class, EventClient.class);
    private static final Set<String> FIXED = Set.of("NOT_FOUND", "REDIRECTION", "UNKNOWN", "root");

    @Produces
    @Singleton
    MeterFilter onlyTemplatedClientCalls() {
        Set<String> clients = new HashSet<>();
        Set<String> templates = new HashSet<>(FIXED);
        for (Class<?> client : CLIENTS) {
            clients.add(client.getAnnotation(RegisterRestClient.class).configKey());
            templates.addAll(templates(client));
        }
        return new MeterFilter() {
            @Override
            public MeterFilterReply accept(Meter.Id id) {
                String uri = id.getTag("uri");
                if (!id.getName().startsWith("http.client") || uri == null) {
                    return MeterFilterReply.NEUTRAL;
                }
                return clients.contains(id.getTag("clientName")) && templates.contains(uri) ? MeterFilterReply.NEUTRAL
                        : MeterFilterReply.DENY;
            }
        };
    }

    /** The path templates of a client interface's calls: its {@code @Path} joined with each method's. */
    static Set<String> templates(Class<?> client) {
        String base = client.isAnnotationPresent(Path.class) ? client.getAnnotation(Path.class).value() : "";
        Set<String> templates = new HashSet<>();
        for (Method method : client.getMethods()) {
            if (method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            Path path = method.getAnnotation(Path.class);
            templates.add(join(base, path == null ? "" : path.value()));
        }
        return templates;
    }

    private static String join(String base, String path) {
        String joined = ("/" + base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
