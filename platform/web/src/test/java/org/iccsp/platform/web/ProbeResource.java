package org.iccsp.platform.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Endpoints shaped like the services' own, to exercise what platform-web gives every service. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {
    private final CurrentCaller caller;

    public ProbeResource(CurrentCaller caller) {
        this.caller = caller;
    }

    public record Item(@NotNull String name, List<String> tags, Nested nested) {
    }

    public record Nested(String note) {
    }

    /** One field of each JSON type a request carries. */
    public record Typed(String name, Integer capacity, int places, Boolean listed, BigDecimal amount,
            List<Integer> counts, Nested nested, Kind kind) {
    }

    public enum Kind { WORKSHOP, SUMMIT }

    @GET
    @Path("admin")
    @RolesAllowed(Caller.ADMIN)
    public Map<String, String> admin() {
        return Map.of("subject", caller.get().subject());
    }

    @GET
    @Path("public")
    public Map<String, Boolean> open() {
        return Map.of("anonymous", caller.get().isAnonymous());
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Item create(@Valid @NotNull Item item) {
        return item;
    }

    @POST
    @Path("typed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Typed typed(@Valid @NotNull Typed typed) {
        return typed;
    }

    @GET
    @Path("items/{id}")
    public Map<String, Object> get(@PathParam("id") UUID id, @QueryParam("day") LocalDate day,
            @QueryParam("limit") @DefaultValue("10") int limit, @QueryParam("q") String q) {
        return Map.of("id", id, "limit", limit);
    }

    /** What a column too short for a value looks like when it reaches the database. */
    @GET
    @Path("too-long")
    public String tooLong() {
        throw new IllegalStateException("could not execute statement",
                new SQLException("ERROR: value too long for type character varying(3)", "22001"));
    }
}
