package org.iccsp.pledge.funding.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.iccsp.pledge.funding.domain.FundingSummary;
import org.iccsp.platform.web.CurrentCaller;
import org.iccsp.platform.web.ProblemException;

@Path("/api/v1/funding")
@Produces(MediaType.APPLICATION_JSON)
public class FundingResource {
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;

    private final FundingSummary summary;
    private final CurrentCaller caller;

    public FundingResource(FundingSummary summary, CurrentCaller caller) {
        this.summary = summary;
        this.caller = caller;
    }

    /** Announced, committed and disbursed totals by member, bloc, vertical, event or year, in USD or EUR. */
    @GET
    @Path("summary")
    public SummaryView summary(
            @Parameter(description = "member, bloc, vertical, event or year") @QueryParam("groupBy") @DefaultValue("bloc") String groupBy,
            @Parameter(description = "USD or EUR") @QueryParam("currency") @DefaultValue("USD") String currency,
            @Parameter(description = "only pledges whose value date falls in this year") @QueryParam("year") String year) {
        return SummaryView.of(summary.summarise(caller.get(), grouping(groupBy), reporting(currency), year(year)));
    }

    /**
     * The pledges behind one group of the summary (one bar of the dashboard's charts), as the caller may
     * see them: the same parts the summary counts in that group, so they add up to its figures.
     */
    @GET
    @Path("pledges")
    public BreakdownView pledges(
            @Parameter(description = "member, bloc, vertical, event or year") @QueryParam("groupBy") @DefaultValue("bloc") String groupBy,
            @Parameter(description = "the group's key as the summary names it (a bloc, a member code, a vertical, an event id or none, a year); every part when absent")
            @QueryParam("key") String key,
            @Parameter(description = "USD or EUR") @QueryParam("currency") @DefaultValue("USD") String currency,
            @Parameter(description = "only pledges whose value date falls in this year") @QueryParam("year") String year) {
        if (key != null && key.length() > 100) {
            throw ProblemException.invalid("key", "must name a group of the summary (at most 100 characters)");
        }
        return BreakdownView.of(summary.breakdown(caller.get(), grouping(groupBy), key, reporting(currency), year(year)));
    }

    private static FundingSummary.GroupBy grouping(String groupBy) {
        try {
            return FundingSummary.GroupBy.valueOf(groupBy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("groupBy", "must be member, bloc, vertical, event or year");
        }
    }

    private static String reporting(String currency) {
        if (!"USD".equals(currency) && !"EUR".equals(currency)) {
            throw ProblemException.invalid("currency", "the reporting currency is USD or EUR");
        }
        return currency;
    }

    private static Integer year(String year) {
        if (year == null) {
            return null;
        }
        if (!year.matches("[0-9]{4}") || Integer.parseInt(year) < FIRST_YEAR || Integer.parseInt(year) > LAST_YEAR) {
            throw ProblemException.invalid("year", "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return Integer.parseInt(year);
    }
}
