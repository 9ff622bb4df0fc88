package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.iccsp.e2e.client.ApiClient;
import org.iccsp.e2e.client.api.EventsApi;
import org.iccsp.e2e.client.api.NotificationsApi;
import org.iccsp.e2e.client.api.OrganizationsApi;
import org.iccsp.e2e.client.api.PledgesApi;
import org.iccsp.e2e.client.model.CreatePledge;
import org.iccsp.e2e.client.model.CreatePledgeAmount;
import org.iccsp.e2e.client.model.EventView;
import org.iccsp.e2e.client.model.NoticeView;
import org.iccsp.e2e.client.model.OrganizationProfile;
import org.iccsp.e2e.client.model.OrganizationType;
import org.iccsp.e2e.client.model.OrganizationView;
import org.iccsp.e2e.client.model.PledgeView;
import org.iccsp.e2e.client.model.RegistrationRequest;
import org.iccsp.e2e.client.model.RegistrationView;
import org.iccsp.e2e.client.model.Sector;
import org.iccsp.e2e.client.model.Target;
import org.iccsp.e2e.client.model.TargetKind;
import org.iccsp.e2e.client.model.UnreadCount;
import org.iccsp.e2e.client.model.Vertical;
import org.iccsp.platform.testing.ProjectLayout;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, the published contract: the OpenAPI document committed at {@link #COMMITTED} is the one
 * the gateway serves (generated from the services' code, so it cannot drift unnoticed), a Java client
 * generated from it by openapi-generator (e2e/pom.xml) does one journey per service through the
 * gateway, and large lists (hundreds of entries, chunked on the wire) are validated like every other
 * answer of the suite ({@link ContractCheck}).
 */
@RealStack
class OpenApiContractIT {
    static final Path COMMITTED = ProjectLayout.root().resolve("e2e/src/test/openapi/iccsp-api.json");
    static final Path LIVE = ProjectLayout.root().resolve("e2e/target/openapi/iccsp-api.json");

    @Test
    void theCommittedDocumentIsTheOneTheGatewayServes() throws IOException {
        JsonNode live = stackIndependent(sorted(ApiOperations.document()));
        String text = Http.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(live) + "\n";
        Files.createDirectories(LIVE.getParent());
        Files.writeString(LIVE, text);
        JsonNode committed = Files.exists(COMMITTED)
                ? stackIndependent(Http.JSON.readTree(COMMITTED.toFile())) : Http.JSON.createObjectNode();
        List<String> differences = new ArrayList<>();
        differences(committed, live, "", differences);
        assertTrue(differences.isEmpty(), () -> differences.size() + " difference(s) between the committed OpenAPI document and the one"
                + " the gateway serves (the services' code changed the contract): review them, then refresh the snapshot with\n"
                + "    cp " + ProjectLayout.root().relativize(LIVE) + " " + ProjectLayout.root().relativize(COMMITTED) + "\n  "
                + String.join("\n  ", differences.subList(0, Math.min(40, differences.size())))
                + (differences.size() > 40 ? "\n  ..." : ""));
    }

    @Test
    void directoryJourneyWithTheGeneratedClient() throws Exception {
        OrganizationsApi organizations = new OrganizationsApi(client(Callers.ADMIN));
        String name = "Generated client chorus " + UUID.randomUUID();
        OrganizationView created = organizations.createOrganization(OrganizationsApi.APICreateOrganizationRequest.newBuilder()
                .organizationProfile(new OrganizationProfile().legalName(name).type(OrganizationType.NGO).country("IL")
                        .contactEmail("chorus-" + UUID.randomUUID() + "@example.org").sectors(List.of(Sector.ARTS_AND_MUSIC)))
                .build());
        assertNotNull(created.getId());
        OrganizationView read = organizations.getOrganization(OrganizationsApi.APIGetOrganizationRequest.newBuilder()
                .id(created.getId()).build());
        assertEquals(name, read.getLegalName());
        assertEquals(List.of("arts-and-music"), read.getSectors());
    }

    @Test
    void pledgeJourneyWithTheGeneratedClient() throws Exception {
        PledgesApi pledges = new PledgesApi(client(Callers.GOV_GB));
        PledgeView draft = pledges.createPledge(PledgesApi.APICreatePledgeRequest.newBuilder()
                .idempotencyKey(UUID.randomUUID().toString())
                .createPledge(new CreatePledge().amount(new CreatePledgeAmount("125000.50")).currency("GBP")
                        .valueDate(java.time.LocalDate.of(2025, 6, 2)).verticals(List.of(Vertical.EDUCATION))
                        .target(new Target().kind(TargetKind.COMMON_RESOURCE).ref("research-and-mapping")).newMoney(true))
                .build());
        assertEquals("draft", draft.getStatus());
        PledgeView read = pledges.getPledge(PledgesApi.APIGetPledgeRequest.newBuilder().id(draft.getId()).build());
        assertEquals(0, new java.math.BigDecimal("125000.50").compareTo(read.getAmount()), "the amount: " + read.getAmount());
        assertEquals("GB", read.getMemberCode());
    }

    @Test
    void eventsJourneyWithTheGeneratedClient() throws Exception {
        String event = SecurityFixtures.event("public");
        EventsApi asAlice = new EventsApi(client(Callers.CSO_A));
        List<EventView> listed = asAlice.listEvents(EventsApi.APIListEventsRequest.newBuilder().limit(500).build());
        assertTrue(listed.stream().anyMatch(e -> e.getId().toString().equals(event)), "the new event is listed");
        EventView read = asAlice.getEvent(EventsApi.APIGetEventRequest.newBuilder().id(UUID.fromString(event)).build());
        assertEquals("public", read.getVisibility());
        RegistrationView registration = asAlice.createEventRegistration(EventsApi.APICreateEventRegistrationRequest.newBuilder()
                .eventId(UUID.fromString(event)).registrationRequest(new RegistrationRequest().name("Alice")).build());
        assertEquals(event, registration.getEventId().toString());
    }

    @Test
    void notificationsJourneyWithTheGeneratedClient() throws Exception {
        NotificationsApi asAlice = new NotificationsApi(client(Callers.CSO_A));
        List<NoticeView> notices = asAlice.listNotifications(NotificationsApi.APIListNotificationsRequest.newBuilder().limit(200).build());
        UnreadCount unread = asAlice.countUnreadNotifications();
        assertTrue(unread.getUnread() >= 0 && unread.getUnread() <= Math.max(notices.size(), unread.getUnread()), "a count: " + unread);
        assertTrue(notices.stream().filter(n -> n.getReadAt() == null).count() <= unread.getUnread(),
                "the unread among the listed are counted");
    }

    /**
     * Lists of hundreds of entries, each a few hundred bytes, come chunked through the gateway: their
     * bodies are checked against the document like every other answer (after this class).
     */
    @Test
    void largeListsAfterSeeding() {
        SecurityFixtures.get();
        Map<String, Integer> sizes = new TreeMap<>();
        // seed until both lists exceed 16 KB, however much the suite's earlier classes left on the stack
        for (int round = 0; round < 8 && (sizes.isEmpty() || sizes.get("/api/v1/events?limit=500") <= 16_384
                || sizes.get("/api/v1/pledges?limit=500") <= 16_384); round++) {
            for (int i = 0; i < 12; i++) {
                SecurityFixtures.event("public");
                SecurityFixtures.pledge(Callers.GOV_GB);
            }
            for (String path : List.of("/api/v1/events?limit=500", "/api/v1/pledges?limit=500", "/api/v1/organizations?limit=100",
                    "/api/v1/notifications?limit=200", "/api/v1/funding/summary", "/api/v1/exchange-rates")) {
                Http.Reply reply = Api.call(Callers.ADMIN, "GET", path, null);
                assertEquals(200, reply.status(), path + ": " + reply.body());
                sizes.put(path, reply.body().length());
            }
        }
        assertTrue(sizes.get("/api/v1/events?limit=500") > 16_384 && sizes.get("/api/v1/pledges?limit=500") > 16_384,
                "bodies large enough to be chunked: " + sizes);
    }

    private static ApiClient client(Callers who) {
        ApiClient client = new ApiClient(RecordingHttpClient.builder(), ApiClient.createDefaultObjectMapper(), LocalStack.GATEWAY);
        client.setReadTimeout(Duration.ofSeconds(30));
        String token = who.token();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /**
     * The document without what depends on where the stack runs: the identity provider's origin in the
     * security schemes (its port follows the suite's offset) becomes {@value #IDENTITY_PROVIDER}.
     */
    static JsonNode stackIndependent(JsonNode document) {
        JsonNode schemes = document.path("components").path("securitySchemes");
        schemes.properties().forEach(scheme -> {
            if (scheme.getValue() instanceof ObjectNode object && object.path("openIdConnectUrl").isTextual()) {
                object.put("openIdConnectUrl", object.get("openIdConnectUrl").asText().replaceFirst("^https?://[^/]+", IDENTITY_PROVIDER));
            }
        });
        return document;
    }

    static final String IDENTITY_PROVIDER = "{identity-provider}";

    /** The document with its object keys sorted, so that the committed file diffs line by line. */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = Http.JSON.createObjectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(n -> out.set(n, sorted(node.get(n))));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = Http.JSON.createArrayNode();
            node.forEach(item -> out.add(sorted(item)));
            return out;
        }
        return node;
    }

    private static void differences(JsonNode committed, JsonNode live, String pointer, List<String> out) {
        if (committed.equals(live)) {
            return;
        }
        if (committed.isObject() && live.isObject()) {
            List<String> names = new ArrayList<>();
            committed.fieldNames().forEachRemaining(names::add);
            live.fieldNames().forEachRemaining(n -> {
                if (!committed.has(n)) {
                    names.add(n);
                }
            });
            for (String name : names) {
                String at = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!live.has(name)) {
                    out.add("removed " + at);
                } else if (!committed.has(name)) {
                    out.add("added   " + at);
                } else {
                    differences(committed.get(name), live.get(name), at, out);
                }
            }
            return;
        }
        out.add("changed " + (pointer.isEmpty() ? "/" : pointer) + ": " + shorten(committed) + " → " + shorten(live));
    }

    private static String shorten(JsonNode node) {
        String text = node.toString();
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
