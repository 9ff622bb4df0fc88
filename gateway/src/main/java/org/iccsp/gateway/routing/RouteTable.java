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
     * A shared first segment (the open-data {@code exports}) is split by its first two segments
     * ({@code exports/iati}): an entry with a slash owns the paths under those two segments.
     */
    static final Map<String, List<String>> OWNERS = Map.of(
            "directory", List.of("organizations", "projects", "sectors", "directory-audit"),
            "pledges", List.of("members", "pledges", "embargoes", "funding", "exchange-rates", "pledge-audit",
                    "exports/iati", "exports/flows.csv", "exports/flows.json"),
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
        String tail = rest.substring(segment.length());
        String second = tail.startsWith("/") ? segment + "/" + tail.substring(1).split("/", -1)[0] : segment;
        return OWNERS.entrySet().stream()
                .filter(owner -> owner.getValue().contains(segment) || owner.getValue().contains(second))
                .map(owner -> Map.entry(owner.getKey(), upstreams.get(owner.getKey())))
                .findFirst();
    }
}
