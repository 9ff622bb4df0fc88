package org.iccsp.gateway.routing;

import java.util.List;

/**
 * The URI template a proxied call is measured under: the services' own path templates (their
 * OpenAPI paths), never the raw path, which names pledges, members, events and registrations a
 * caller may not even see. A path that fits no template is measured as its owner's prefix with
 * {@code /**} (or {@code /api/v1/**} when no service owns it), so the set of tags stays fixed
 * whatever callers send. The end-to-end suite (MetricsCatalogueIT) checks that every path of the
 * merged OpenAPI document is measured under its own template.
 */
public final class ApiTemplates {
    static final String PREFIX = "/api/v1/";
    /** Every /api/v1 path template the services declare (their JAX-RS @Path values). */
    static final List<String> TEMPLATES = List.of(
            "/api/v1/organizations", "/api/v1/organizations/{id}", "/api/v1/organizations/{id}/history",
            "/api/v1/organizations/{id}/projects", "/api/v1/organizations/{id}/verification",
            "/api/v1/organizations/{id}/deactivation", "/api/v1/organizations/{id}/erasure-request",
            "/api/v1/organizations/{id}/erasure",
            "/api/v1/projects", "/api/v1/projects/{id}", "/api/v1/projects/{id}/deactivation", "/api/v1/sectors",
            "/api/v1/members", "/api/v1/members/{code}",
            "/api/v1/pledges", "/api/v1/pledges/{id}", "/api/v1/pledges/{id}/transitions", "/api/v1/pledges/{id}/history",
            "/api/v1/embargoes", "/api/v1/embargoes/{id}", "/api/v1/embargoes/{id}/release", "/api/v1/embargoes/{id}/pledges",
            "/api/v1/announcements", "/api/v1/announcements/{id}", "/api/v1/announcements/{id}/transitions",
            "/api/v1/announcements/triggers/{name}", "/api/v1/feeds/announcements.atom",
            "/api/v1/funding", "/api/v1/funding/summary", "/api/v1/funding/pledges", "/api/v1/exchange-rates",
            "/api/v1/exports/iati/activities.xml", "/api/v1/exports/iati/organisations/{memberCode}.xml",
            "/api/v1/exports/flows.csv", "/api/v1/exports/flows.json",
            "/api/v1/events", "/api/v1/events/{id}", "/api/v1/events/{eventId}/invitations",
            "/api/v1/events/{eventId}/invitations/{invitationId}",
            "/api/v1/events/{eventId}/invitations/{invitationId}/revoke",
            "/api/v1/events/{eventId}/invitations/{invitationId}/resend",
            "/api/v1/events/{eventId}/invitations/decline",
            "/api/v1/events/{eventId}/registrations", "/api/v1/events/{eventId}/waitlist",
            "/api/v1/events/{id}/sessions", "/api/v1/events/{id}/sessions/{sessionId}",
            "/api/v1/events/{eventId}/sessions/{sessionId}/participants",
            "/api/v1/events/{eventId}/sessions/{sessionId}/participants/{registrationId}",
            "/api/v1/events/{eventId}/sessions/{sessionId}/participants/{registrationId}/check-in",
            "/api/v1/registrations", "/api/v1/registrations/{id}", "/api/v1/registrations/{id}/check-in", "/api/v1/registrations/{id}/places",
            "/api/v1/events/{id}/attendance", "/api/v1/events/{id}/walk-ins", "/api/v1/registrations/{id}/acceptance",
            "/api/v1/registrations/{id}/decision", "/api/v1/registrations/{id}/invite.ics",
            "/api/v1/registrations/{id}/letter.pdf",
            "/api/v1/working-groups", "/api/v1/working-groups/{id}", "/api/v1/working-groups/{id}/chair",
            "/api/v1/working-groups/{id}/members", "/api/v1/working-groups/{id}/members/{registrationId}",
            "/api/v1/working-groups/{id}/outputs",
            "/api/v1/notifications", "/api/v1/notifications/{id}/read",
            "/api/v1/preferences", "/api/v1/preferences/unsubscribe",
            "/api/v1/webhooks", "/api/v1/webhooks/{id}", "/api/v1/webhooks/{id}/ping",
            "/api/v1/webhooks/{id}/rotate-secret", "/api/v1/webhooks/{id}/recover",
            "/api/v1/deliveries", "/api/v1/deliveries/{id}", "/api/v1/deliveries/{id}/replay",
            "/api/v1/hsds/organizations", "/api/v1/hsds/organizations/{id}", "/api/v1/hsds/services",
            "/api/v1/hsds/services/{id}", "/api/v1/exports/hsds/organizations.json", "/api/v1/feeds/directory.atom",
            "/api/v1/feeds/events.ics", "/api/v1/feeds/registrations/tokens", "/api/v1/feeds/registrations/tokens/{id}",
            "/api/v1/feeds/registrations/{token}.ics");

    private static final List<String[]> SPLIT = TEMPLATES.stream().map(t -> t.split("/", -1)).toList();

    private ApiTemplates() {
    }

    /** @return the template of a request path (no query), a fixed string whatever the path holds */
    public static String of(String path) {
        String[] segments = path == null ? new String[0] : path.split("/", -1);
        String best = null;
        int bestLiterals = -1;
        for (int i = 0; i < SPLIT.size(); i++) {
            int literals = matches(SPLIT.get(i), segments);
            if (literals > bestLiterals) {
                best = TEMPLATES.get(i);
                bestLiterals = literals;
            }
        }
        if (best != null) {
            return best;
        }
        if (path != null && path.startsWith(PREFIX)) {
            String rest = path.substring(PREFIX.length());
            String first = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
            if (RouteTable.OWNERS.values().stream().anyMatch(owned -> owned.contains(first))) {
                return PREFIX + first + "/**";
            }
        }
        return "/api/v1/**";
    }

    /** @return how many literal segments a template shares with the path, or -1 if it does not fit */
    private static int matches(String[] template, String[] segments) {
        if (template.length != segments.length) {
            return -1;
        }
        int literals = 0;
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{");
            if (parameter ? segments[i].isEmpty() : !template[i].equals(segments[i])) {
                return -1;
            }
            literals += parameter ? 0 : 1;
        }
        return literals;
    }
}
