package org.iccsp.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The base URI of each service, by its key (directory, pledges, events, notifications). */
@ApplicationScoped
public class Upstreams {
    private final Map<String, URI> bases = new LinkedHashMap<>();

    public Upstreams(@ConfigProperty(name = "iccsp.upstream.directory") URI directory,
            @ConfigProperty(name = "iccsp.upstream.pledges") URI pledges,
            @ConfigProperty(name = "iccsp.upstream.events") URI events,
            @ConfigProperty(name = "iccsp.upstream.notifications") URI notifications) {
        bases.put("directory", directory);
        bases.put("pledges", pledges);
        bases.put("events", events);
        bases.put("notifications", notifications);
    }

    /** In a fixed order: directory, pledges, events, notifications. */
    public Map<String, URI> all() {
        return java.util.Collections.unmodifiableMap(bases);
    }

    public URI base(String service) {
        URI base = bases.get(service);
        if (base == null) {
            throw new IllegalArgumentException("unknown service " + service);
        }
        return base;
    }
}
