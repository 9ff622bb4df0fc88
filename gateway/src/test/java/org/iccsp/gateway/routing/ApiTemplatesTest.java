package org.iccsp.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTemplatesTest {

    @Test
    void idsBecomeTheServicesTemplates() {
        assertEquals("/api/v1/pledges/{id}/transitions", ApiTemplates.of("/api/v1/pledges/pledge-a2b8c/transitions"));
        assertEquals("/api/v1/pledges/{id}", ApiTemplates.of("/api/v1/pledges/pledge-a2b8c"));
        assertEquals("/api/v1/members/{code}", ApiTemplates.of("/api/v1/members/QA"));
        assertEquals("/api/v1/events/{eventId}/sessions/{sessionId}/participants/{registrationId}/check-in",
                ApiTemplates.of("/api/v1/events/e1/sessions/s2/participants/r3/check-in"));
        assertEquals("/api/v1/registrations/{id}/letter.pdf", ApiTemplates.of("/api/v1/registrations/r-9/letter.pdf"));
    }

    @Test
    void literalSegmentsWinOverParameters() {
        assertEquals("/api/v1/funding/summary", ApiTemplates.of("/api/v1/funding/summary"));
        assertEquals("/api/v1/preferences/unsubscribe", ApiTemplates.of("/api/v1/preferences/unsubscribe"));
        assertEquals("/api/v1/pledges", ApiTemplates.of("/api/v1/pledges"));
    }

    @Test
    void aPathThatFitsNoTemplateIsItsOwnersPrefix() {
        assertEquals("/api/v1/pledges/**", ApiTemplates.of("/api/v1/pledges/pledge-a2b8c/secret/deeper"));
        assertEquals("/api/v1/pledges/**", ApiTemplates.of("/api/v1/pledges/"));
        assertEquals("/api/v1/members/**", ApiTemplates.of("/api/v1/members//"));
        assertEquals("/api/v1/**", ApiTemplates.of("/api/v1/QA-is-confidential"));
        assertEquals("/api/v1/**", ApiTemplates.of("/api/v1/"));
    }

    @Test
    void thousandsOfDistinctPathsGiveAFixedSetOfTags() {
        Set<String> tags = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String id = "id-" + i;
            tags.add(ApiTemplates.of("/api/v1/pledges/" + id));
            tags.add(ApiTemplates.of("/api/v1/pledges/" + id + "/transitions"));
            tags.add(ApiTemplates.of("/api/v1/pledges/" + id + "/x/" + id));
            tags.add(ApiTemplates.of("/api/v1/" + id));
            tags.add(ApiTemplates.of("/api/v1/events/" + id + "/sessions/" + id));
        }
        assertEquals(Set.of("/api/v1/pledges/{id}", "/api/v1/pledges/{id}/transitions", "/api/v1/pledges/**",
                "/api/v1/**", "/api/v1/events/{id}/sessions/{sessionId}"), tags);
        assertTrue(tags.stream().noneMatch(t -> t.contains("id-")));
    }

    @Test
    void everyTemplateBelongsToTheServiceTheRouteTableSendsItTo() {
        java.util.Map<String, java.net.URI> upstreams = new java.util.HashMap<>();
        RouteTable.OWNERS.keySet().forEach(service -> upstreams.put(service, java.net.URI.create("http://" + service)));
        RouteTable routes = new RouteTable(upstreams);
        for (String template : ApiTemplates.TEMPLATES) {
            assertTrue(routes.resolve(template).isPresent(), template);
            assertEquals(template, ApiTemplates.of(template), "a template is its own template");
        }
    }

    /** The open-data exports and feeds share their first segment: each goes to the service that makes it. */
    @Test
    void sharedOpenDataPrefixesGoToTheirOwners() {
        RouteTable routes = new RouteTable(java.util.Map.of("directory", java.net.URI.create("http://d"),
                "pledges", java.net.URI.create("http://p"), "events", java.net.URI.create("http://e"),
                "notifications", java.net.URI.create("http://n")));
        java.util.Map<String, String> owners = java.util.Map.of(
                "/api/v1/exports/hsds/organizations.json", "directory", "/api/v1/feeds/directory.atom", "directory",
                "/api/v1/hsds/organizations", "directory", "/api/v1/feeds/events.ics", "events",
                "/api/v1/feeds/registrations/abc.ics", "events", "/api/v1/feeds/registrations/tokens", "events",
                "/api/v1/exports/iati/activities.xml", "pledges", "/api/v1/exports/flows.csv", "pledges");
        owners.forEach((path, owner) -> assertEquals(owner, routes.resolve(path).orElseThrow().getKey(), path));
        assertTrue(routes.resolve("/api/v1/exports/unknown").isEmpty());
        assertEquals("/api/v1/feeds/registrations/{token}.ics", ApiTemplates.of("/api/v1/feeds/registrations/secret.ics"));
    }
}
