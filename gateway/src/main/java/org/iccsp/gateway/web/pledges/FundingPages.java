package org.iccsp.gateway.web.pledges;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.events.EventClient;
import org.iccsp.gateway.web.common.Pages;

/**
 * The funding dashboard: announced and committed totals per bloc, vertical, member or event, as
 * bar charts drawn in HTML (no script) with the same figures in a table for screen readers.
 */
@Path("/funding")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class FundingPages {
    static final List<String> GROUPINGS = List.of("bloc", "vertical", "member", "event");
    static final Set<String> CURRENCIES = Set.of("USD", "EUR");

    private final PledgeClient pledges;
    private final Pages pages;
    private final Template dashboard;
    private final EventClient events;

    public FundingPages(@RestClient PledgeClient pledges, Pages pages, @Location("funding/dashboard.html") Template dashboard,
            @RestClient EventClient events) {
        this.events = events;
        this.pledges = pledges;
        this.pages = pages;
        this.dashboard = dashboard;
    }

    /** A group's bar: its totals with each bar's length as a percentage of the largest announced total. */
    public record Bar(String key, int members, int pledges, String announced, String committed, int announcedPct,
            int committedPct) {
    }

    @GET
    public Response dashboard(@QueryParam("groupBy") String groupBy, @QueryParam("currency") String currency) {
        String grouping = groupBy != null && GROUPINGS.contains(groupBy) ? groupBy : "bloc";
        String reporting = currency != null && CURRENCIES.contains(currency.toUpperCase()) ? currency.toUpperCase() : "USD";
        FundingSummary summary = pledges.fundingSummary(grouping, reporting);
        List<Bar> groups = scaleBars(summary == null || summary.groups() == null ? List.of() : summary.groups());
        return pages.render(dashboard.data("summary", summary).data("groups", groups)
                .data("groupBy", grouping).data("groupings", GROUPINGS).data("currency", reporting)
                .data("eventTitles", "event".equals(grouping) ? eventTitles() : Map.of()));
    }

    /** The titles of the events the reader may see, by id, to name the event groups (none when unreadable). */
    private Map<String, Object> eventTitles() {
        Map<String, Object> titles = new java.util.HashMap<>();
        try {
            for (Map<String, Object> event : events.eventsOrNone()) {
                if (event.get("id") != null && event.get("title") != null) {
                    titles.put(event.get("id").toString(), event.get("title"));
                }
            }
        } catch (jakarta.ws.rs.ProcessingException | jakarta.ws.rs.WebApplicationException e) {
            return Map.of();
        }
        return titles;
    }

    /** Each bar's length as a percentage of the largest announced total (committed ≤ announced). */
    static List<Bar> scaleBars(List<FundingSummary.GroupTotal> groups) {
        BigDecimal largest = groups.stream().map(g -> amount(g.announced()))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return groups.stream().map(g -> new Bar(g.key(), g.members(), g.pledges(), g.announced(), g.committed(),
                percent(amount(g.announced()), largest), percent(amount(g.committed()), largest))).toList();
    }

    private static int percent(BigDecimal value, BigDecimal largest) {
        if (largest.signum() <= 0) {
            return 0;
        }
        // 0..100: the page draws it with the stylesheet's pct-N class (no inline style under the CSP)
        int percent = value.multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
        return Math.max(0, Math.min(100, percent));
    }

    private static BigDecimal amount(String decimal) {
        try {
            return decimal == null ? BigDecimal.ZERO : new BigDecimal(decimal);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
