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
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.GenericType;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.UpstreamProblems;

/**
 * Events the reader may see, and an event's page with its timetable by day (every session, page after page)
 * and, for a signed-in reader, their registration for it instead of the "Register" link.
 */
@Path("/events")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class EventPages {
    private final EventClient events;
    private final Pages pages;
    private final Template list;
    private final Template event;

    private final DeskClient desk;
    private final SecurityIdentity identity;

    public EventPages(@RestClient EventClient events, @RestClient DeskClient desk, SecurityIdentity identity, Pages pages,
            @Location("events/list.html") Template list, @Location("events/event.html") Template event) {
        this.events = events;
        this.desk = desk;
        this.identity = identity;
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
        List<Map<String, Object>> sessions = Paged.all(cursor -> desk.sessions(id, Paged.MAX_LIMIT, cursor));
        Map<String, Object> mine = mine(id);
        return pages.render(event.data("event", found).data("days", byDay(sessions)).data("mine", mine)
                .data("registered", mine != null && Boolean.TRUE.equals(mine.get("live"))));
    }

    /**
     * The reader's registration for the event, so the page says "you are registered" instead of offering to
     * register: the live one (requested, confirmed, waitlisted, offered) if any, else the latest that ended;
     * null for an anonymous reader, one never registered, or when the service cannot tell (the page then
     * offers to register, and the service refuses a second registration).
     */
    private Map<String, Object> mine(String eventId) {
        if (identity.isAnonymous()) {
            return null;
        }
        List<Map<String, Object>> items;
        try (Response reply = desk.mineFor(eventId, Paged.MAX_LIMIT)) {
            if (!UpstreamProblems.ok(reply)) {
                return null;
            }
            Object found = reply.readEntity(new GenericType<Map<String, Object>>() {
            }).get("items");
            if (!(found instanceof List<?> list) || list.isEmpty()) {
                return null;
            }
            items = list.stream().filter(Map.class::isInstance).map(item -> {
                Map<String, Object> row = new LinkedHashMap<>();
                ((Map<?, ?>) item).forEach((k, v) -> row.put(String.valueOf(k), v));
                return row;
            }).toList();
        } catch (RuntimeException unreadable) {
            return null;
        }
        Map<String, Object> chosen = items.stream().filter(r -> LIVE.contains(String.valueOf(r.get("status"))))
                .reduce((first, second) -> second).orElse(items.isEmpty() ? null : items.get(items.size() - 1));
        if (chosen != null) {
            chosen.put("live", LIVE.contains(String.valueOf(chosen.get("status"))));
        }
        return chosen;
    }

    /** The statuses in which one is registered (and cannot register again). */
    static final List<String> LIVE = List.of("requested", "confirmed", "waitlisted", "offered");

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
