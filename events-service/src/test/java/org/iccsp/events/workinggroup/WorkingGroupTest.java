package org.iccsp.events.workinggroup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.events.Actors;
import org.iccsp.events.event.api.SessionRequest;
import org.iccsp.events.event.domain.Audience;
import org.iccsp.events.event.domain.EventPlanner;
import org.iccsp.events.event.domain.SessionKind;
import org.iccsp.events.event.domain.Visibility;
import org.iccsp.events.event.messaging.EventPublisher;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.workinggroup.domain.OutputKind;
import org.iccsp.events.workinggroup.domain.WorkingGroupCommands;
import org.iccsp.events.workinggroup.domain.WorkingGroups;
import org.iccsp.events.workinggroup.persistence.WorkingGroup;
import org.iccsp.events.workinggroup.persistence.WorkingGroupOutput;
import org.iccsp.platform.testing.EventContract;
import org.iccsp.platform.testing.KafkaBrokerResource;
import org.iccsp.platform.testing.PostgresDatabaseResource;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresDatabaseResource.class, scope = TestResourceScope.GLOBAL)
class WorkingGroupTest {
    static final String CHAIR = "cso-wg-chair";

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    final EventPlanner planner;
    final Registrar registrar;
    final WorkingGroups groups;

    WorkingGroupTest(EventPlanner planner, Registrar registrar, WorkingGroups groups) {
        this.planner = planner;
        this.registrar = registrar;
        this.groups = groups;
    }

    UUID event(Visibility visibility) {
        return planner.schedule(Actors.event("Civil-society days", visibility, 50).command(), Actors.ORGANISER).id;
    }

    @Test
    @TestSecurity(user = "organizer-bob", roles = "organizer")
    void organisersFormAGroupFromConfirmedParticipantsAndNameAChair() {
        UUID event = event(Visibility.PUBLIC);
        UUID session = planner.addSession(event, new SessionRequest("Working groups", SessionKind.WORKING_GROUP,
                Audience.CIVIL_SOCIETY, null, LocalDateTime.of(2027, 3, 11, 9, 0), LocalDateTime.of(2027, 3, 11, 12, 0),
                50, null).command(), Actors.ORGANISER).id;
        UUID member = registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("cso-member"))).id;
        UUID other = registrar.register(event(Visibility.PUBLIC), Actors.SELF.command(),
                Actors.cso(Actors.unique("cso-x"))).id;

        String id = given().contentType(ContentType.JSON)
                .body("{\"eventId\": \"" + event + "\", \"sessionId\": \"" + session + "\", \"name\": \"Shared principles\"}")
                .post("/api/v1/working-groups").then().statusCode(201).body("name", equalTo("Shared principles"))
                .extract().path("id");
        String members = "/api/v1/working-groups/" + id + "/members";
        given().contentType(ContentType.JSON).body("{\"registrationId\": \"" + member + "\"}").post(members)
                .then().statusCode(200).body("members", hasSize(1));
        given().contentType(ContentType.JSON).body("{\"registrationId\": \"" + member + "\"}").post(members)
                .then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"registrationId\": \"" + other + "\"}").post(members)
                .then().statusCode(422).body("errors[0].field", equalTo("registrationId"));
        given().contentType(ContentType.JSON).body("{\"registrationId\": \"" + other + "\"}")
                .put("/api/v1/working-groups/" + id + "/chair").then().statusCode(422);
        given().contentType(ContentType.JSON).body("{\"registrationId\": \"" + member + "\"}")
                .put("/api/v1/working-groups/" + id + "/chair").then().statusCode(200)
                .body("chairRegistrationId", equalTo(member.toString())).body("members[0].chair", equalTo(true));
        given().get("/api/v1/working-groups?eventId=" + event).then().statusCode(200).body("id", hasItem(id));

        long before = WorkingGroup.count();
        given().contentType(ContentType.JSON).body("{\"eventId\": \"" + event + "\", \"name\": \"\"}")
                .post("/api/v1/working-groups").then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON)
                .body("{\"eventId\": \"" + UUID.randomUUID() + "\", \"name\": \"Lost\"}")
                .post("/api/v1/working-groups").then().statusCode(400).body("errors[0].field", equalTo("eventId"));
        assertEquals(before, WorkingGroup.count());
    }

    @Test
    @TestSecurity(user = CHAIR, roles = "cso")
    void theChairAttachesTheGroupsOutputsAndOtherMembersCannot() {
        UUID event = event(Visibility.PUBLIC);
        UUID mine = registrar.register(event, Actors.SELF.command(), Actors.cso(CHAIR)).id; // this test's user
        UUID someoneElse = registrar.register(event, Actors.SELF.command(), Actors.cso(Actors.unique("cso-chair"))).id;
        UUID chairedByOther = groups.create(new WorkingGroupCommands.Create(event, null, "Water", null),
                Actors.ORGANISER).id;
        groups.addMember(chairedByOther, mine, Actors.ORGANISER);
        groups.addMember(chairedByOther, someoneElse, Actors.ORGANISER);
        groups.chair(chairedByOther, someoneElse, Actors.ORGANISER);
        given().contentType(ContentType.JSON).body("{\"title\": \"Draft\", \"kind\": \"statement\", \"body\": \"...\"}")
                .post("/api/v1/working-groups/" + chairedByOther + "/outputs")
                .then().statusCode(403).contentType("application/problem+json");

        UUID chaired = groups.create(new WorkingGroupCommands.Create(event, null, "Education", null), Actors.ORGANISER).id;
        groups.addMember(chaired, mine, Actors.ORGANISER);
        groups.chair(chaired, mine, Actors.ORGANISER);
        String outputs = "/api/v1/working-groups/" + chaired + "/outputs";
        given().contentType(ContentType.JSON).body("""
                {"title": "Shared principles", "kind": "shared-principles", "url": "https://example.org/principles.pdf"}""")
                .post(outputs).then().statusCode(201).body("kind", equalTo("shared-principles"));
        long before = WorkingGroupOutput.count();
        given().contentType(ContentType.JSON).body("{\"title\": \"Empty\", \"kind\": \"report\"}")
                .post(outputs).then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType(ContentType.JSON).body("{\"title\": \"Bad\", \"kind\": \"poem\", \"body\": \"x\"}")
                .post(outputs).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        assertEquals(before, WorkingGroupOutput.count());
        given().get("/api/v1/working-groups/" + chaired).then().statusCode(200)
                .body("outputs", hasSize(1)).body("outputs[0].url", equalTo("https://example.org/principles.pdf"));
    }

    @Test
    void everyStepOfAGroupIsPublishedForItsMembers() throws Exception {
        UUID event = event(Visibility.PUBLIC);
        var member = Actors.cso(Actors.unique("cso-wg-member"));
        UUID registration = registrar.register(event, Actors.SELF.command(), member).id;
        UUID group = groups.create(new WorkingGroupCommands.Create(event, null, "Shared principles", "Draft them"),
                Actors.ORGANISER).id;
        groups.addMember(group, registration, Actors.ORGANISER);
        groups.chair(group, registration, Actors.ORGANISER);
        groups.addOutput(group, new WorkingGroupCommands.Output("Shared principles", OutputKind
                .SHARED_PRINCIPLES, null, "We, the undersigned..."), member);
        groups.removeMember(group, registration, Actors.ORGANISER);

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers).await(EventPublisher.TOPIC,
                r -> event.toString().equals(r.key()) && r.value().contains("working-group"), 5, Duration.ofSeconds(30));
        List<String> verbs = List.of("formed", "member-added", "chair-named", "output-added", "member-removed");
        assertEquals(verbs.size(), records.size());
        for (int i = 0; i < verbs.size(); i++) {
            EventContract.assertConforms("events/working-group-" + verbs.get(i) + ".v1.json", records.get(i).value());
        }
        JsonNode chairNamed = JSON.readTree(records.get(2).value()).get("data");
        assertEquals(member.subject(), chairNamed.get("registrantSubject").asText());
        assertEquals("Shared principles", chairNamed.get("workingGroupName").asText());
        assertEquals(true, JSON.readTree(records.get(3).value()).at("/data/hasBody").asBoolean());
    }

    @Test
    @TestSecurity(user = "cso-outsider", roles = "cso")
    void addingAnOutputToAGroupOneCannotSeeIsA404NotA403() {
        UUID group = groups.create(new WorkingGroupCommands.Create(event(Visibility.MEMBERS_ONLY), null, "Members only",
                null), Actors.ORGANISER).id;
        given().contentType(ContentType.JSON).body("{\"title\": \"Probe\", \"kind\": \"statement\", \"body\": \"x\"}")
                .post("/api/v1/working-groups/" + group + "/outputs")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aGroupOfAnEventOneCannotSeeDoesNotExist() {
        UUID group = groups.create(new WorkingGroupCommands.Create(event(Visibility.INVITATION_ONLY), null, "Closed",
                null), Actors.ORGANISER).id;
        given().get("/api/v1/working-groups/" + group).then().statusCode(404).contentType("application/problem+json");
    }
}
