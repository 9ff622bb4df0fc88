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
            "directory", List.of("organizations", "projects", "sectors", "directory-audit", "hsds"),
            "pledges", List.of("members", "pledges", "embargoes", "announcements", "funding", "exchange-rates", "pledge-audit"),
            "events", List.of("events", "registrations", "working-groups"),
            "notifications", List.of("notifications", "preferences", "webhooks", "deliveries"));

    /**
     * Paths after /api/v1/ whose first segment several services share (the open-data exports and feeds,
     * docs/adr/0015): the owner of the longest matching prefix, looked up before {@link #OWNERS}.
     */
    static final List<Map.Entry<String, String>> SHARED_PREFIXES = List.of(
            Map.entry("exports/hsds/", "directory"),
            Map.entry("exports/iati/", "pledges"),
            Map.entry("exports/flows.csv", "pledges"),
            Map.entry("exports/flows.json", "pledges"),
            Map.entry("feeds/directory.atom", "directory"),
            Map.entry("feeds/announcements.atom", "pledges"),
            Map.entry("feeds/events.ics", "events"),
            Map.entry("feeds/registrations/", "events"));

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
        Optional<String> shared = SHARED_PREFIXES.stream().filter(prefix -> rest.startsWith(prefix.getKey()))
                .max(java.util.Comparator.comparingInt(prefix -> prefix.getKey().length())).map(Map.Entry::getValue);
        if (shared.isPresent()) {
            return Optional.of(Map.entry(shared.get(), upstreams.get(shared.get())));
        }
        String segment = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return OWNERS.entrySet().stream()
                .filter(owner -> owner.getValue().contains(segment))
                .map(owner -> Map.entry(owner.getKey(), upstreams.get(owner.getKey())))
                .findFirst();
    }
}
