package org.iccsp.events.registration.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.organization.persistence.KnownOrganization;
import org.iccsp.events.registration.domain.CheckInDesk;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.registration.letter.InvitationLetter;
import org.iccsp.events.registration.domain.RegistrationStatus;
import org.iccsp.events.registration.persistence.Registration;
import org.iccsp.platform.calendar.RegistrationCalendar;
import org.iccsp.platform.calendar.RegistrationInvitation;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

/** A registration, for its registrant and organisers (404 to anyone else). */
@Path("/api/v1/registrations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RegistrationResource {
    private final Registrar registrar;
    private final CheckInDesk desk;
    private final CurrentCaller caller;
    private final String organizerEmail;
    private final Clock clock;

    public RegistrationResource(Registrar registrar, CheckInDesk desk, CurrentCaller caller,
            @ConfigProperty(name = "events.calendar.organizer-email") String organizerEmail, Clock clock) {
        this.registrar = registrar;
        this.desk = desk;
        this.caller = caller;
        this.organizerEmail = organizerEmail;
        this.clock = clock;
    }

    /** The registration; its ETag is the version cancellation, decision and acceptance check in If-Match. */
    @GET
    public RestResponse<RegistrationView> get(@PathParam("id") UUID id) {
        Registration r = registrar.visible(id, caller.get());
        return EntityTags.ok(RegistrationView.of(r), tag(r));
    }

    /** Self-service cancellation; a freed place is offered to the head of the waitlist. {@code If-Match} optional. */
    @DELETE
    public RestResponse<RegistrationView> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Registration r = registrar.cancel(id, current -> EntityTags.checkIfMatch(ifMatch, tag(current), false),
                caller.get());
        return EntityTags.ok(RegistrationView.of(r), tag(r));
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    @Operation(operationId = "decideRegistration", summary = "Approve, refuse or waitlist a registration (organisers, admins)")
    public RestResponse<RegistrationView> decide(@PathParam("id") UUID id, @Valid @NotNull Decision.Request request,
            @HeaderParam("If-Match") String ifMatch) {
        Registration r = registrar.decide(id, request.decision().command(),
                current -> EntityTags.checkIfMatch(ifMatch, tag(current), false), caller.get());
        return EntityTags.ok(RegistrationView.of(r), tag(r));
    }

    /** Accepts the place offered from the waitlist, before the offer expires. */
    @POST
    @Path("acceptance")
    @Operation(operationId = "acceptOfferedPlace", summary = "Accept the place offered from the waitlist")
    public RestResponse<RegistrationView> accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Registration r = registrar.acceptOffer(id, current -> EntityTags.checkIfMatch(ifMatch, tag(current), false),
                caller.get());
        return EntityTags.ok(RegistrationView.of(r), tag(r));
    }

    /** Checks a confirmed participant in at the venue's desk (409 when not confirmed or already checked in). */
    @POST
    @Path("check-in")
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    @Operation(operationId = "checkInRegistration", summary = "Check a confirmed participant in at the venue (organisers, admins)")
    public RestResponse<RegistrationView> checkIn(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Registration r = desk.checkIn(id, current -> EntityTags.checkIfMatch(ifMatch, tag(current), false), caller.get());
        return EntityTags.ok(RegistrationView.of(r), tag(r));
    }

    /** Undoes a check-in made by mistake (409 when the registration is not checked in). */
    @DELETE
    @Path("check-in")
    @RolesAllowed({Caller.ORGANIZER, Caller.ADMIN})
    @Operation(operationId = "undoCheckIn", summary = "Undo a participant's check-in (organisers, admins)")
    public RestResponse<RegistrationView> undoCheckIn(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        Registration r = desk.undoCheckIn(id, current -> EntityTags.checkIfMatch(ifMatch, tag(current), false),
                caller.get());
        return EntityTags.ok(RegistrationView.of(r), tag(r));
    }

    private static String tag(Registration r) {
        return EntityTags.ofVersion(r.version);
    }

    /** The visa/invitation letter of a confirmed participant. */
    @GET
    @Path("letter.pdf")
    @Produces("application/pdf")
    public Response letter(@PathParam("id") UUID id) {
        Registration r = registrar.visible(id, caller.get());
        if (!RegistrationStatus.CONFIRMED.is(r.status)) {
            throw ProblemException.conflict("registration " + id + " is " + r.status + ", not confirmed");
        }
        KnownOrganization organisation = r.organizationId == null ? null : KnownOrganization.findById(r.organizationId);
        byte[] pdf = InvitationLetter.render(Event.findById(r.eventId), r,
                organisation == null ? null : organisation.legalName, LocalDate.now(clock));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"invitation-letter.pdf\"").build();
    }

    /** The RFC 5545 invitation of a confirmed registration (a cancellation once the event is cancelled). */
    @GET
    @Path("invite.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") UUID id) {
        Registration r = registrar.visible(id, caller.get());
        if (!RegistrationStatus.CONFIRMED.is(r.status)) {
            throw ProblemException.conflict("registration " + id + " is " + r.status + ", not confirmed");
        }
        Event event = Event.findById(r.eventId);
        RegistrationInvitation invitation = new RegistrationInvitation(r.id.toString(), event.calendarSequence,
                event.isCancelled(), event.title, event.venue, event.description, event.zone(),
                event.startsAt.toInstant(), event.endsAt.toInstant(), organizerEmail, r.registrantName,
                r.registrantEmail);
        return Response.ok(RegistrationCalendar.render(invitation, Instant.now(clock)),
                        RegistrationCalendar.contentType(invitation))
                .header("Content-Disposition", "attachment; filename=\"invite.ics\"").build();
    }
}
