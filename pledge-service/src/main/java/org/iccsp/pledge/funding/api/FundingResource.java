package org.iccsp.pledge.funding.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.iccsp.pledge.funding.domain.FundingSummary;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.ProblemException;

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
public class FundingResource {
    private final FundingSummary summary;
    private final CurrentCaller caller;

    public FundingResource(FundingSummary summary, CurrentCaller caller) {
        this.summary = summary;
        this.caller = caller;
    }

    /** Announced and committed totals by member, bloc, vertical or event, in USD or EUR. */
    @GET
    @Path("summary")
    public SummaryView summary(@QueryParam("groupBy") @DefaultValue("bloc") String groupBy,
            @QueryParam("currency") @DefaultValue("USD") String currency) {
        FundingSummary.GroupBy grouping;
        try {
            grouping = FundingSummary.GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("groupBy", "must be member, bloc, vertical or event");
        }
        if (!"USD".equals(currency) && !"EUR".equals(currency)) {
            throw ProblemException.invalid("currency", "the reporting currency is USD or EUR");
        }
        return SummaryView.of(summary.summarise(caller.get(), grouping, currency));
    }
}
