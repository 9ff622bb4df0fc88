package org.iccsp.gateway.web.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as inline SVG (no script, no style attribute: the
 * Content-Security-Policy allows neither): one entry per group, each a link (to the pledges behind it)
 * holding a label line and one bar per series (pledged, committed, disbursed), with the amount after
 * the bar in the page's short number format. Coordinates are in a fixed {@link #WIDTH}-unit viewBox
 * that the page scales to its width, so the text keeps its proportion on a 390 px phone; in a
 * right-to-left page every x is mirrored, so bars grow from the right and labels start there.
 * The chart is decoration for sighted readers: each link carries the full figures as its accessible
 * name, and the page gives the same figures in a table.
 */
public record BarChart(String id, int width, int height, boolean rtl, List<Entry> entries) {
    public static final int WIDTH = 360;
    static final int LABEL_HEIGHT = 18;
    static final int BAR_HEIGHT = 11;
    static final int BAR_GAP = 3;
    static final int ENTRY_GAP = 10;
    /** The longest bar, leaving room after it for its amount. */
    static final int BAR_SPACE = 220;

    /** One group: where its link goes, its accessible name, its label and its bars. */
    public record Entry(String href, String ariaLabel, String label, int labelX, int labelY, int top, int bottom,
            List<Bar> bars) {
        /** The height of the entry's link area. */
        public int height() {
            return bottom - top;
        }
    }

    /** One bar: its series (the CSS class that colours it), its box, and its amount's text and position. */
    public record Bar(String series, int x, int y, int width, int height, String value, int valueX, int valueY) {
    }

    /** A group before layout: label, link, accessible name and one amount per series. */
    public record Group(String label, String href, String ariaLabel, List<Series> series) {
    }

    /** One series' amount in a group (a decimal string as the service writes it). */
    public record Series(String name, String amount) {
    }

    /** Lays out the groups, each bar scaled to the largest amount of any series in any group. */
    public static BarChart of(String id, List<Group> groups, String lang, boolean rtl) {
        BigDecimal largest = groups.stream().flatMap(g -> g.series().stream()).map(s -> amount(s.amount()))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        NumberFormat shortFormat = NumberFormat.getCompactNumberInstance(Locale.forLanguageTag(lang),
                NumberFormat.Style.SHORT);
        shortFormat.setMaximumFractionDigits(1);
        List<Entry> entries = new ArrayList<>();
        int y = 0;
        for (Group group : groups) {
            int top = y;
            int labelY = y + LABEL_HEIGHT - 5;
            y += LABEL_HEIGHT;
            List<Bar> bars = new ArrayList<>();
            for (Series s : group.series()) {
                BigDecimal value = amount(s.amount());
                int length = largest.signum() <= 0 ? 0
                        : value.multiply(BigDecimal.valueOf(BAR_SPACE)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
                // a group with money shows at least a sliver, so no bar with an amount looks empty
                length = value.signum() > 0 ? Math.max(2, length) : 0;
                int valueStart = length + 4;
                bars.add(new Bar(s.name(), rtl ? WIDTH - length : 0, y, length, BAR_HEIGHT,
                        shortFormat.format(value), rtl ? WIDTH - valueStart : valueStart, y + BAR_HEIGHT - 2));
                y += BAR_HEIGHT + BAR_GAP;
            }
            entries.add(new Entry(group.href(), group.ariaLabel(), group.label(), rtl ? WIDTH : 0, labelY, top, y,
                    bars));
            y += ENTRY_GAP;
        }
        return new BarChart(id, WIDTH, Math.max(y, 1), rtl, entries);
    }

    private static BigDecimal amount(String decimal) {
        try {
            return decimal == null ? BigDecimal.ZERO : new BigDecimal(decimal);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
