package org.iccsp.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which service a path goes to; the shared {@code exports} segment is split by the owners' prefixes. */
class RouteTableTest {
    private final RouteTable routes = new RouteTable(Map.of("directory", URI.create("http://directory"),
            "pledges", URI.create("http://pledges"), "events", URI.create("http://events"),
            "notifications", URI.create("http://notifications")));

    private String owner(String path) {
        return routes.resolve(path).map(Map.Entry::getKey).orElse("none");
    }

    @Test
    void theOpenDataExportsOfPledgesGoToPledgeService() {
        assertEquals("pledges", owner("/api/v1/exports/iati/activities.xml"));
        assertEquals("pledges", owner("/api/v1/exports/iati/organisations/FR.xml"));
        assertEquals("pledges", owner("/api/v1/exports/flows.csv"));
        assertEquals("pledges", owner("/api/v1/exports/flows.json"));
        assertEquals("pledges", owner("/api/v1/pledges/p-1"));
    }

    @Test
    void exportsNoServiceOwnsAreTheGatewaysOwn404() {
        assertEquals("none", owner("/api/v1/exports"));
        assertEquals("none", owner("/api/v1/exports/"));
        assertEquals("none", owner("/api/v1/exports/flows.xlsx"));
        assertEquals("none", owner("/api/v1/exports-iati/activities.xml"));
        assertTrue(routes.resolve("/q/openapi").isEmpty());
    }

    @Test
    void theExportsAreMeasuredUnderTheirTemplates() {
        assertEquals("/api/v1/exports/iati/organisations/{memberCode}.xml",
                ApiTemplates.of("/api/v1/exports/iati/organisations/FR.xml"));
        assertEquals("/api/v1/exports/flows.csv", ApiTemplates.of("/api/v1/exports/flows.csv"));
        assertEquals("/api/v1/exports/iati/activities.xml", ApiTemplates.of("/api/v1/exports/iati/activities.xml"));
    }
}
