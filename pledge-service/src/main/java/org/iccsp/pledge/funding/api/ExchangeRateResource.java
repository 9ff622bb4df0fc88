package org.iccsp.pledge.funding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iccsp.pledge.funding.domain.ExchangeRates;
import org.iccsp.platform.web.Caller;
import org.iccsp.platform.web.CurrentCaller;

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

    @GET
    public List<RateView> list(@QueryParam("currency") String currency, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        return rates.list(currency, from, to).stream().map(RateView::of).toList();
    }
}
