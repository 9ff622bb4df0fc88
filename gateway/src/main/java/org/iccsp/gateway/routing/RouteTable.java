package org.iccsp.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which service owns which API path prefix. Unknown prefixes are the gateway's own 404. */
public final class RouteTable {
    /**
     * Service key → the first path segments after /api/v1/ that it owns. Each service keeps its own audit
     * log and serves it under its own segment (directory-audit, pledge-audit): one path cannot reach several.
     */
    static final Map<String, List<String>> OWNERS = Map.of(
            "directory", List.of("organizations", "projects", "sectors", "directory-audit"),
            "pledges", List.of("members", "pledges", "embargoes", "announcements", "feeds", "funding", "exchange-rates",
                    "pledge-audit"),
            "events", List.of("events", "registrations", "working-groups"),
            "notifications", List.of("notifications", "preferences", "webhooks", "deliveries"));

    private final Map<String, URI> upstreams;

    public RouteTable(Map<String, URI> upstreams) {
        this.upstreams = Map.copyOf(upstreams);
    }

    /** @return the owning service's key and base URI for an /api/v1/... path */
    public Optional<Map.Entry<String, URI>> resolve(String path) {
        if (!path.startsWith("/api/v1/")) {
            return Optional.empty();
        }
        String rest = path.substring("/api/v1/".length());
        String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return OWNERS.entrySet().stream()
                .filter(owner -> owner.getValue().contains(segment))
                .map(owner -> Map.entry(owner.getKey(), upstreams.get(owner.getKey())))
                .findFirst();
    }
}
