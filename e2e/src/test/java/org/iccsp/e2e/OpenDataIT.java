package org.iccsp.e2e;

import static org.iccsp.e2e.Callers.ADMIN;
import static org.iccsp.e2e.Callers.ANONYMOUS;
import static org.iccsp.e2e.Callers.CSO_A;
import static org.iccsp.e2e.Callers.ORGANISER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.iccsp.platform.testing.ProjectLayout;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's open data through the real stack: the HSDS export downloaded from the gateway validates against
 * Open Referral's HSDS 3.0 JSON Schemas (the copies directory-service's tests use), the public calendar is
 * subscribed to from the /data page's webcal:// link and read by ical4j as a calendar application would, a
 * personal calendar link works until it is revoked, and every export answers conditional GETs through the gateway.
 */
@RealStack
class OpenDataIT {
    private static final Path SCHEMAS = ProjectLayout.root().resolve("directory-service/src/test/resources/hsds-3.0");
    private static final String BASE = "https://schemas.iccsp.test/hsds-3.0/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, SCHEMAS.toUri().toString())));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Pattern WEBCAL = Pattern.compile("href=\"webcal://([^\"]+)\"");

    private static void assertValid(String schema, JsonNode object) {
        JsonSchema validator = FACTORY.getSchema(SchemaLocation.of(BASE + schema), CONFIG);
        Set<ValidationMessage> errors = validator.validate(object);
        assertTrue(errors.isEmpty(), () -> schema + ": " + errors + "\n" + object);
    }

    @Test
    void theHsdsExportValidatesAgainstTheHsdsSchemasAndNamesTheListedOrganisationWithItsProject() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        Http.Reply reply = Api.call(ANONYMOUS, "GET", "/api/v1/exports/hsds/organizations.json", null);
        assertEquals(200, reply.status(), reply.body());
        assertEquals("application/json", reply.contentType());
        JsonNode all = reply.json();
        assertTrue(all.isArray() && all.size() > 0, "an array of organizations");
        List<String> ids = new ArrayList<>();
        for (JsonNode organization : all) {
            assertValid("organization.json", organization);
            organization.path("services").forEach(service -> assertValid("service.json", service));
            ids.add(organization.get("id").asText());
        }
        String orgA = fixtures.resolve("{hsdsOrgA}");
        assertTrue(ids.contains(orgA), "the publicly listed organisation is exported");
        assertFalse(ids.contains(fixtures.resolve("{hsdsOrgB}")), "an unlisted one is not");
        JsonNode a = all.get(ids.indexOf(orgA));
        assertTrue(a.path("services").toString().contains(fixtures.resolve("{hsdsProjectA}")), "with its project as a service");

        String ndjson = Api.call(ANONYMOUS, "GET", "/api/v1/exports/hsds/organizations.json?format=ndjson", null).body();
        String[] lines = ndjson.strip().split("\n");
        assertTrue(lines.length >= all.size(), "NDJSON: one organization a line");
        for (String line : lines) {
            assertValid("organization.json", parse(line));
        }

        JsonNode page = Api.get(ANONYMOUS, "/api/v1/hsds/organizations?per_page=5");
        page.get("contents").forEach(organization -> assertValid("organization.json", organization));
        assertValid("organization.json", Api.get(CSO_A, "/api/v1/hsds/organizations/" + orgA));
        JsonNode services = Api.get(ANONYMOUS, "/api/v1/hsds/services?organization_id=" + orgA);
        services.get("contents").forEach(service -> assertValid("service.json", service));
    }

    private static JsonNode parse(String line) {
        try {
            return Http.JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    @Test
    void thePublicCalendarIsSubscribedToFromTheDataPageAndReadByIcal4j() throws Exception {
        String title = "Open calendar " + UUID.randomUUID();
        String event = Api.expect(ORGANISER, "POST", "/api/v1/events", """
                {"title": "%s", "kind": "summit", "venue": "Bari", "timeZone": "Europe/Rome",
                 "startsAt": "2031-06-13T09:00:00", "endsAt": "2031-06-14T17:00:00", "visibility": "public", "capacity": 50}"""
                .formatted(title), 201).get("id").asText();
        String dataPage = Http.get(LocalStack.GATEWAY + "/data").body();
        Matcher webcal = WEBCAL.matcher(dataPage);
        assertTrue(webcal.find(), "the data page links the calendar as webcal://");
        assertTrue(dataPage.contains("CC BY 4.0"), "and says the licence");
        String url = webcal.group(1).replace("&amp;", "&");
        String gatewayAuthority = LocalStack.GATEWAY.replaceFirst("^https?://", "");
        assertTrue(url.startsWith(gatewayAuthority + "/api/v1/feeds/events.ics"), url);

        // a calendar application turns webcal:// into http(s):// and GETs it
        Http.Reply feed = Http.get(LocalStack.GATEWAY + url.substring(gatewayAuthority.length()));
        assertEquals(200, feed.status());
        assertEquals("text/calendar", feed.contentType());
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<String> uids = calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.getProperty("UID").orElseThrow().getValue()).toList();
        assertTrue(uids.contains("event-" + event + "@events.iccsp.org"), "the new public event is in the feed");

        String tag = header(feed, "ETag");
        assertNotNull(tag, "an ETag");
        assertNotNull(header(feed, "Last-Modified"), "a Last-Modified");
        Http.Reply again = Http.call("GET", LocalStack.GATEWAY + "/api/v1/feeds/events.ics", null, null, null, "If-None-Match", tag);
        assertEquals(304, again.status(), "not modified through the gateway");
        assertTrue(again.body() == null || again.body().isEmpty());
    }

    @Test
    void aPersonalCalendarLinkShowsMyRegistrationsUntilIRevokeIt() throws Exception {
        String event = SecurityFixtures.event("public");
        String registration = SecurityFixtures.register(CSO_A, event);
        JsonNode link = Api.expect(CSO_A, "POST", "/api/v1/feeds/registrations/tokens", null, 201);
        String feedUrl = link.get("feedUrl").asText();
        Http.Reply feed = Http.get(LocalStack.GATEWAY + feedUrl);
        assertEquals(200, feed.status(), feed.body());
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        assertTrue(calendar.<VEvent>getComponents("VEVENT").stream().anyMatch(e -> e.getProperty("UID").orElseThrow()
                .getValue().equals("registration-" + registration + "@events.iccsp.org")), "my registration, as e-mailed");

        assertEquals(404, Api.call(ADMIN, "DELETE", "/api/v1/feeds/registrations/tokens/" + link.get("id").asText(), null)
                .status(), "nobody else revokes it");
        assertEquals(204, Api.call(CSO_A, "DELETE", "/api/v1/feeds/registrations/tokens/" + link.get("id").asText(), null)
                .status());
        Http.Reply revoked = Http.get(LocalStack.GATEWAY + feedUrl);
        assertEquals(410, revoked.status());
        assertEquals("application/problem+json", revoked.contentType());
    }

    @Test
    void everyExportAndFeedAnswersConditionalGetsThroughTheGateway() {
        for (String path : List.of("/api/v1/exports/hsds/organizations.json", "/api/v1/feeds/directory.atom",
                "/api/v1/feeds/events.ics")) {
            Http.Reply first = Http.get(LocalStack.GATEWAY + path);
            assertEquals(200, first.status(), path);
            String tag = header(first, "ETag");
            String modified = header(first, "Last-Modified");
            assertNotNull(tag, path + " ETag");
            assertNotNull(modified, path + " Last-Modified");
            assertEquals(304, Http.call("GET", LocalStack.GATEWAY + path, null, null, null, "If-None-Match", tag).status(), path);
            assertEquals(304, Http.call("GET", LocalStack.GATEWAY + path, null, null, null, "If-Modified-Since", modified)
                    .status(), path);
            assertEquals(200, Http.call("GET", LocalStack.GATEWAY + path, null, null, null, "If-None-Match", "\"other\"")
                    .status(), path);
        }
    }

    private static String header(Http.Reply reply, String name) {
        return reply.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
    }
}
