package org.iccsp.gateway.web.common;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Times as people read them, with the weekday, in the page's language, in the templates' {@code when:} namespace:
 * a wall-clock time at a venue ({@code {when:local(event.startsAt)}} is "Monday, 1 February 2027, 09:00"), an
 * instant in the venue's time zone ({@code {when:zoned(waiting.offerExpiresAt, event.timeZone)}}, with the zone's
 * name), an instant in UTC when no venue is concerned ({@code {when:utc(line.at)}}) and a day
 * ({@code {when:day(pledge.valueDate)}}); {@code {when:zone(event.timeZone)}} names a venue's zone ("Hebron Time"). The machine-readable value stays in the {@code <time datetime>}
 * attribute; anything that is not such a time is shown as it came.
 */
@TemplateExtension(namespace = "when")
public final class TimeFormats {
    private static final String DAY_AND_TIME = "yMMMMEEEEdHHmm";
    private static final String DAY = "yMMMMEEEEd";

    private TimeFormats() {
    }

    public static String local(Object isoLocal, @TemplateAttribute("locale") Object locale) {
        if (isoLocal == null) {
            return "";
        }
        try {
            LocalDateTime time = LocalDateTime.parse(isoLocal.toString());
            return format(DAY_AND_TIME, time.toInstant(ZoneOffset.UTC), ZoneOffset.UTC, locale);
        } catch (DateTimeParseException e) {
            return isoLocal.toString();
        }
    }

    public static String utc(Object isoInstant, @TemplateAttribute("locale") Object locale) {
        return zoned(isoInstant, "UTC", locale);
    }

    /** An instant in the time zone {@code zone} (a venue's), named after the time; UTC when the zone is unknown. */
    public static String zoned(Object isoInstant, Object zone, @TemplateAttribute("locale") Object locale) {
        if (isoInstant == null) {
            return "";
        }
        ZoneId id;
        try {
            id = zone == null || zone.toString().isBlank() ? ZoneOffset.UTC : ZoneId.of(zone.toString());
        } catch (DateTimeException e) {
            id = ZoneOffset.UTC;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(isoInstant.toString());
            String shown = format(DAY_AND_TIME, time.toInstant(), id, locale);
            return shown + " " + (id.equals(ZoneOffset.UTC) || "UTC".equals(id.getId()) ? "UTC" : zoneName(id, locale));
        } catch (DateTimeParseException e) {
            return isoInstant.toString();
        }
    }

    /** A venue's time zone by its name in the page's language ("Hebron Time"), its id when ICU has no name. */
    public static String zone(Object zone, @TemplateAttribute("locale") Object locale) {
        if (zone == null || zone.toString().isBlank()) {
            return "";
        }
        try {
            return zoneName(ZoneId.of(zone.toString()), locale);
        } catch (DateTimeException e) {
            return zone.toString();
        }
    }

    /** A day ({@code 2027-02-01}) with its weekday: "Monday, 1 February 2027". */
    public static String day(Object isoDate, @TemplateAttribute("locale") Object locale) {
        if (isoDate == null) {
            return "";
        }
        try {
            LocalDate date = LocalDate.parse(isoDate.toString());
            return format(DAY, date.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC, locale);
        } catch (DateTimeParseException e) {
            return isoDate.toString();
        }
    }

    private static String format(String skeleton, java.time.Instant instant, ZoneId zone, Object locale) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLanguageTag(CountryNames.language(locale)));
        format.setTimeZone(TimeZone.getTimeZone(zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId()));
        return format.format(Date.from(instant));
    }

    /** The zone's city-style name in the page's language ("Jerusalem time"), else its id. */
    private static String zoneName(ZoneId zone, Object locale) {
        TimeZone tz = TimeZone.getTimeZone(zone.getId());
        String name = tz.getDisplayName(false, TimeZone.GENERIC_LOCATION, ULocale.forLanguageTag(CountryNames.language(locale)));
        return name == null || name.isBlank() ? zone.getId() : name;
    }
}
