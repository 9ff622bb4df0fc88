package org.iccsp.gateway.web.events;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Pages;

/** Events the reader may see, and an event's page with its timetable by day. */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class EventPages {
    private final EventClient events;
    private final Pages pages;
    private final Template list;
    private final Template event;

    public EventPages(@RestClient EventClient events, Pages pages, @Location("events/list.html") Template list,
            @Location("events/event.html") Template event) {
        this.events = events;
        this.pages = pages;
        this.list = list;
        this.event = event;
    }

    @GET
    public Response list() {
        return pages.render(list.data("events", events.events(null)));
    }

    @GET
    @Path("{id}")
    public Response event(@PathParam("id") String id) {
        Map<String, Object> found = events.event(id);
        List<Map<String, Object>> sessions = events.sessions(id);
        return pages.render(event.data("event", found).data("days", byDay(sessions)));
    }

    /** Sessions grouped by their local date, in time order (the service lists them by start). */
    static List<Map<String, Object>> byDay(List<Map<String, Object>> sessions) {
        Map<String, List<Map<String, Object>>> days = new LinkedHashMap<>();
        sessions.stream()
                .sorted((a, b) -> String.valueOf(a.get("startsAt")).compareTo(String.valueOf(b.get("startsAt"))))
                .forEach(session -> {
                    String starts = String.valueOf(session.get("startsAt"));
                    String ends = String.valueOf(session.get("endsAt"));
                    session.put("from", clock(starts));
                    session.put("to", clock(ends));
                    days.computeIfAbsent(starts.length() >= 10 ? starts.substring(0, 10) : starts,
                            d -> new ArrayList<>()).add(session);
                });
        List<Map<String, Object>> result = new ArrayList<>();
        days.forEach((day, daySessions) -> result.add(Map.of("date", day, "sessions", daySessions)));
        return result;
    }

    private static String clock(String localDateTime) {
        return localDateTime.length() >= 16 ? localDateTime.substring(11, 16) : localDateTime;
    }
}
