package org.iccsp.pledge.funding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.iccsp.pledge.funding.domain.ExchangeRates;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.Cursor;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.Pages;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
public class ExchangeRateResource {
    private final ExchangeRates rates;
    private final CurrentCaller caller;

    public ExchangeRateResource(ExchangeRates rates, CurrentCaller caller) {
        this.rates = rates;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Integer> load(@Valid @NotNull LoadRates request) {
        return Map.of("loaded", rates.load(request.rates().stream()
                .map(r -> new ExchangeRates.Rate(r.date(), r.currency(), r.perUsd())).toList(),
                caller.get().subject()));
    }

    private static final String LIST = "exchange-rates";

    /** The rates by currency and date, a page at a time ({@code Link: <…>; rel="next"}). */
    @GET
    public RestResponse<List<RateView>> list(@QueryParam("currency") String currency, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Pages.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        Cursor after = Cursor.decode(cursor, LIST, 2);
        ExchangeRates.Rate position = null;
        if (after != null) {
            try {
                position = new ExchangeRates.Rate(LocalDate.parse(after.part(1)), after.part(0), null);
            } catch (DateTimeParseException e) {
                throw Cursor.invalid();
            }
        }
        return Pages.of(rates.list(currency, from, to, limit, position), limit,
                r -> Cursor.of(LIST, r.currency(), r.date().toString()), RateView::of, uri);
    }
}
