package org.iccsp.events.session.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.iccsp.events.registration.domain.Registrar;
import org.iccsp.events.session.domain.SessionPlaces;
import org.iccsp.platform.web.CurrentCaller;

/** The session places a registration holds, for its registrant and organisers (404 to anyone else). */
@Path("/api/v1/registrations/{id}/places")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RegistrationPlacesResource {
    private final Registrar registrar;
    private final SessionPlaces places;
    private final CurrentCaller caller;

    public RegistrationPlacesResource(Registrar registrar, SessionPlaces places, CurrentCaller caller) {
        this.registrar = registrar;
        this.places = places;
        this.caller = caller;
    }

    /** Which sessions the registration has a place in (so a page offers "give up" there and "take" elsewhere). */
    @GET
    @Operation(operationId = "registrationSessionPlaces", summary = "The session places a registration holds")
    public List<SessionPlaces.Place> places(@PathParam("id") UUID id) {
        registrar.visible(id, caller.get());
        return places.placesOf(id);
    }
}
