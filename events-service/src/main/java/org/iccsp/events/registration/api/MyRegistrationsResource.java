package org.iccsp.events.registration.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;
import org.iccsp.events.common.Codes;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.registration.domain.RegistrationStatus;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.Pages;
import org.iccsp.platform.web.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/** "My registrations": the caller's own, across every event (the gateway's page of the same name). */
@Path("/api/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class MyRegistrationsResource {
    private final Registrar registrar;
    private final CurrentCaller caller;

    private final Clock clock;

    public MyRegistrationsResource(Registrar registrar, CurrentCaller caller, Clock clock) {
        this.registrar = registrar;
        this.caller = caller;
        this.clock = clock;
    }

    /** The statuses asked for ({@code status}, repeatable; none: all); an unknown one is a 400 naming {@code status}. */
    static Set<RegistrationStatus> statuses(List<String> status) {
        return status == null ? Set.of() : status.stream().map(code -> {
            try {
                return Codes.parse(RegistrationStatus.class, code, "status");
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", e.getMessage());
            }
        }).collect(Collectors.toSet());
    }

    /** The answer: {@code {"items": [...]}}, with {@code Link: <…>; rel="next"} when more follow. */
    public record MyRegistrations(List<MyRegistration> items) {
    }

    /** A registration with its event; event times are wall-clock at the venue, as the event view gives them. */
    public record MyRegistration(@JsonUnwrapped RegistrationView registration, String eventTitle,
            LocalDateTime eventStartsAt, LocalDateTime eventEndsAt, String eventTimeZone, String eventVenue,
            String eventStatus) {

        static MyRegistration of(Registrar.Own own) {
            Event e = own.event();
            return new MyRegistration(RegistrationView.of(own.registration()), e.title,
                    e.startsAt.atZoneSameInstant(e.zone()).toLocalDateTime(),
                    e.endsAt.atZoneSameInstant(e.zone()).toLocalDateTime(), e.timeZone, e.venue, e.status);
        }
    }

    /**
     * The caller's registrations (registrant = token subject), events that have not ended first, each
     * part by event start; {@code status} (repeatable) keeps only those statuses, {@code eventId} only that
     * event's (how a page tells whether the reader is registered for the event it shows).
     */
    @GET
    @Authenticated
    public RestResponse<MyRegistrations> mine(@QueryParam("status") List<String> status,
            @QueryParam("eventId") UUID eventId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") String cursor, UriInfo uri) {
        Set<RegistrationStatus> wanted = statuses(status);
        Cursor after = Cursor.decode(cursor, Registrar.MINE, 4);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Registrar.Own> rows = registrar.mine(caller.get(), wanted, eventId, limit, after);
        List<Registrar.Own> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        RestResponse.ResponseBuilder<MyRegistrations> answer = RestResponse.ResponseBuilder.ok(
                new MyRegistrations(page.stream().map(MyRegistration::of).toList()));
        if (rows.size() > limit) {
            answer.header("Link", Pages.next(uri, Registrar.mineCursorOf(page.get(page.size() - 1), now).encode()));
        }
        return answer.build();
    }
}
