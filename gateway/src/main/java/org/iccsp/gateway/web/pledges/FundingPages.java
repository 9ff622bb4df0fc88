package org.iccsp.gateway.web.pledges;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.charts.BarChart;
import org.iccsp.gateway.web.charts.CodeLabels;
import org.iccsp.gateway.web.common.MoneyFormats;
import org.iccsp.gateway.web.common.PageLinks;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.TimeFormats;
import org.iccsp.gateway.web.events.EventClient;
import org.iccsp.gateway.web.i18n.ChartMessages;

/**
 * The funding dashboard: pledged, committed and disbursed totals, the same per bloc, vertical, member,
 * event or year, and per year, as bar charts drawn on the server in inline SVG ({@link BarChart}; no
 * script) with the same figures in a table; a year filter and the time the figures last changed.
 * Every bar and every row links to the pledges behind it ({@code /funding/pledges}), which the
 * pledge-service lists as it counts them for the reader: the figures and the lists hold only money the
 * reader may see (sealed pledges and members not yet announced are in none, ADR 0007).
 */
@Path("/funding")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class FundingPages {
    static final List<String> GROUPINGS = List.of("bloc", "vertical", "member", "event", "year");
    static final Set<String> CURRENCIES = Set.of("USD", "EUR");
    static final List<String> SERIES = List.of("pledged", "committed", "disbursed");

    private final PledgeClient pledges;
    private final EventClient events;
    private final Pages pages;
    private final Template dashboard;
    private final Template breakdown;

    public FundingPages(@RestClient PledgeClient pledges, @RestClient EventClient events, Pages pages,
            @Location("funding/dashboard.html") Template dashboard, @Location("funding/pledges.html") Template breakdown) {
        this.pledges = pledges;
        this.events = events;
        this.pages = pages;
        this.dashboard = dashboard;
        this.breakdown = breakdown;
    }

    /** A group as the table shows it: its label, the link to its pledges and its figures. */
    public record Row(String key, String label, String href, int members, int pledges, String announced,
            String committed, String disbursed) {
    }

    @GET
    public Response dashboard(@QueryParam("groupBy") String groupBy, @QueryParam("currency") String currency,
            @QueryParam("year") String year) {
        String grouping = grouping(groupBy);
        String reporting = reporting(currency);
        Integer chosenYear = year(year);
        String lang = pages.lang();
        boolean rtl = "ar".equals(lang) || "he".equals(lang);
        ChartMessages m = MessageBundles.get(ChartMessages.class, Localized.Literal.of(lang));
        FundingSummary summary = pledges.fundingSummary(grouping, reporting, chosenYear);
        FundingSummary byYear = "year".equals(grouping) && chosenYear == null ? summary
                : pledges.fundingSummary("year", reporting, null);
        Map<String, String> eventTitles = "event".equals(grouping) ? eventTitles() : Map.of();
        List<Row> rows = rows(summary, grouping, reporting, chosenYear, lang, m, eventTitles);
        List<Row> yearRows = rows(byYear, "year", reporting, null, lang, m, Map.of());

        FundingSummary.GroupTotal total = summary == null ? null : summary.total();
        String allHref = drill(grouping, null, reporting, chosenYear);
        List<BarChart.Group> flow = total == null ? List.of() : List.of(
                flowGroup(m.pledged(), "pledged", total.announced(), allHref, reporting, lang, m),
                flowGroup(m.committed(), "committed", total.committed(), allHref, reporting, lang, m),
                flowGroup(m.disbursed(), "disbursed", total.disbursed(), allHref, reporting, lang, m));
        List<Integer> years = summary == null || summary.years() == null ? List.of() : summary.years();
        return pages.render(dashboard.data("summary", summary).data("groups", rows).data("yearRows", yearRows)
                .data("groupBy", grouping).data("groupings", GROUPINGS).data("currency", reporting)
                .data("year", chosenYear).data("years", years).data("allHref", allHref)
                .data("updatedText", summary == null || summary.lastUpdated() == null ? null
                        : TimeFormats.utc(summary.lastUpdated(), lang))
                .data("groupingLabel", groupingLabel(grouping, lang, m))
                .data("flowChart", BarChart.of("chart-flow", flow, lang, rtl))
                .data("groupChart", BarChart.of("chart-groups", chartGroups(rows, reporting, lang, m), lang, rtl))
                .data("yearChart", "year".equals(grouping) ? null
                        : BarChart.of("chart-years", chartGroups(yearRows, reporting, lang, m), lang, rtl)));
    }

    /** The pledges behind one bar: the parts the pledge-service counts in that group for the reader. */
    @GET
    @Path("pledges")
    public Response pledges(@QueryParam("groupBy") String groupBy, @QueryParam("key") String key,
            @QueryParam("currency") String currency, @QueryParam("year") String year) {
        String grouping = grouping(groupBy);
        String reporting = reporting(currency);
        Integer chosenYear = year(year);
        String chosenKey = key == null || key.isBlank() ? null : key.strip();
        String lang = pages.lang();
        ChartMessages m = MessageBundles.get(ChartMessages.class, Localized.Literal.of(lang));
        FundingBreakdown found = pledges.fundingPledges(grouping, chosenKey, reporting, chosenYear);
        Map<String, String> eventTitles = "event".equals(grouping) ? eventTitles() : Map.of();
        String label = chosenKey == null ? null : label(grouping, chosenKey, lang, m, eventTitles);
        Map<String, List<String>> back = new LinkedHashMap<>();
        back.put("groupBy", List.of(grouping));
        back.put("currency", List.of(reporting));
        back.put("year", chosenYear == null ? List.of() : List.of(String.valueOf(chosenYear)));
        return pages.render(breakdown.data("breakdown", found).data("label", label).data("groupBy", grouping)
                .data("groupingLabel", groupingLabel(grouping, lang, m)).data("currency", reporting)
                .data("year", chosenYear).data("backHref", "/funding" + PageLinks.queryString(back)));
    }

    static String grouping(String groupBy) {
        return groupBy != null && GROUPINGS.contains(groupBy) ? groupBy : "bloc";
    }

    static String reporting(String currency) {
        return currency != null && CURRENCIES.contains(currency.toUpperCase(Locale.ROOT))
                ? currency.toUpperCase(Locale.ROOT) : "USD";
    }

    /** A four-digit year, or none (all years): anything else is not a year filter and shows every year. */
    static Integer year(String year) {
        return year != null && year.strip().matches("[12][0-9]{3}") ? Integer.valueOf(year.strip()) : null;
    }

    /** The address of the pledges behind a group (every pledge counted when key is null). */
    static String drill(String grouping, String key, String currency, Integer year) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("groupBy", List.of(grouping));
        query.put("key", key == null ? List.of() : List.of(key));
        query.put("currency", List.of(currency));
        query.put("year", year == null ? List.of() : List.of(String.valueOf(year)));
        return "/funding/pledges" + PageLinks.queryString(query);
    }

    private List<Row> rows(FundingSummary summary, String grouping, String currency, Integer year, String lang,
            ChartMessages m, Map<String, String> eventTitles) {
        if (summary == null || summary.groups() == null) {
            return List.of();
        }
        return summary.groups().stream().map(g -> new Row(g.key(), label(grouping, g.key(), lang, m, eventTitles),
                drill(grouping, g.key(), currency, "year".equals(grouping) ? null : year), g.members(), g.pledges(),
                g.announced(), g.committed(), g.disbursed())).toList();
    }

    private static List<BarChart.Group> chartGroups(List<Row> rows, String currency, String lang, ChartMessages m) {
        return rows.stream().map(r -> new BarChart.Group(r.label(), r.href(),
                m.groupLink(r.label(), money(r.announced(), lang), money(r.committed(), lang), money(r.disbursed(), lang),
                        currency),
                List.of(new BarChart.Series("pledged", r.announced()), new BarChart.Series("committed", r.committed()),
                        new BarChart.Series("disbursed", r.disbursed())))).toList();
    }

    private static BarChart.Group flowGroup(String name, String series, String amount, String href, String currency,
            String lang, ChartMessages m) {
        return new BarChart.Group(name, href, m.totalLink(name, money(amount, lang), currency),
                List.of(new BarChart.Series(series, amount)));
    }

    private static String money(String amount, String lang) {
        return MoneyFormats.amount(amount == null ? "0" : amount, Locale.forLanguageTag(lang));
    }

    /** A group's name for readers: a sector's name, a country's, an event's title, "No event"; blocs and years as they are. */
    static String label(String grouping, String key, String lang, ChartMessages m, Map<String, String> eventTitles) {
        return switch (grouping) {
            case "vertical" -> CodeLabels.of(lang, "sector-", key);
            case "member" -> org.iccsp.gateway.web.common.CountryNames.of(key, lang);
            case "event" -> "none".equals(key) ? m.noEvent() : eventTitles.getOrDefault(key, key);
            default -> key;
        };
    }

    private static String groupingLabel(String grouping, String lang, ChartMessages m) {
        return "year".equals(grouping) ? m.year() : CodeLabels.of(lang, "group-", grouping);
    }

    /** The titles of the events the reader may see; an event it may not see keeps its id. */
    private Map<String, String> eventTitles() {
        Map<String, String> titles = new HashMap<>();
        for (Map<String, Object> event : events.eventsOrNone()) {
            if (event.get("id") != null && event.get("title") != null) {
                titles.put(String.valueOf(event.get("id")), String.valueOf(event.get("title")));
            }
        }
        return titles;
    }
}
