package org.iccsp.gateway.web.pledges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.UpstreamProblems;
import org.iccsp.gateway.web.directory.DirectoryClient;
import org.iccsp.gateway.web.events.EventClient;

/**
 * What a pledge may be made to, for the pledge form's search-as-you-type picker: the directory's projects the
 * reader may see and the working groups of the events they may see, each by name with its reference and kind.
 * A service that cannot answer offers nothing (the reference can still be typed).
 */
@ApplicationScoped
public class TargetChoices {
    static final int PROJECTS = 200;
    static final int EVENTS = 20;
    static final int GROUPS_PER_EVENT = 100;
    private static final GenericType<List<Map<String, Object>>> LIST = new GenericType<>() {
    };

    /** One target: the reference sent, the kind it is ({@code cso-project}, {@code working-group}), its name. */
    @io.quarkus.qute.TemplateData
    public record Choice(String ref, String kind, String name, String context) {
    }

    private final DirectoryClient directory;
    private final EventClient events;

    public TargetChoices(@RestClient DirectoryClient directory, @RestClient EventClient events) {
        this.directory = directory;
        this.events = events;
    }

    /** Projects, then working groups (of the first events the reader sees, each with its event's title). */
    public List<Choice> all(List<Map<String, Object>> visibleEvents) {
        List<Choice> choices = new ArrayList<>();
        for (Map<String, Object> project : list(() -> directory.projects(PROJECTS))) {
            if (project.get("id") != null && project.get("title") != null) {
                choices.add(new Choice(project.get("id").toString(), "cso-project", project.get("title").toString(), null));
            }
        }
        visibleEvents.stream().limit(EVENTS).forEach(event -> {
            Object eventId = event.get("id");
            if (eventId == null) {
                return;
            }
            for (Map<String, Object> group : list(() -> events.workingGroups(eventId.toString(), GROUPS_PER_EVENT))) {
                if (group.get("id") != null && group.get("name") != null) {
                    choices.add(new Choice(group.get("id").toString(), "working-group", group.get("name").toString(),
                            event.get("title") == null ? null : event.get("title").toString()));
                }
            }
        });
        return choices;
    }

    /** The choice a typed reference (or a name typed in full) stands for, if the picker offered it. */
    static Optional<Choice> find(List<Choice> choices, String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        return choices.stream().filter(c -> c.ref().equals(typed)).findFirst()
                .or(() -> choices.stream().filter(c -> c.name().equalsIgnoreCase(typed.strip())).findFirst());
    }

    private static List<Map<String, Object>> list(java.util.function.Supplier<Response> call) {
        try (Response reply = call.get()) {
            if (!UpstreamProblems.ok(reply)) {
                return List.of();
            }
            List<Map<String, Object>> found = reply.readEntity(LIST);
            return found == null ? List.of() : found;
        } catch (ProcessingException | WebApplicationException e) {
            return List.of();
        }
    }
}
