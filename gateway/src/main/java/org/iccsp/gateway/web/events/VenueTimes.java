package org.iccsp.gateway.web.events;

import io.quarkus.qute.TemplateExtension;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * An instant as read at the venue, in the templates' {@code venue:} namespace:
 * {@code {venue:time(registration.checkedInAt, event.timeZone)}} is "2027-03-10 09:15", the wall-clock time in
 * the event's zone, as the rest of the event's page shows its times (the machine-readable instant stays in the
 * {@code <time datetime>} attribute). A zone the JDK does not know falls back to UTC, saying so.
 */
@TemplateExtension(namespace = "venue")
public final class VenueTimes {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private VenueTimes() {
    }

    public static String time(Object isoInstant, Object zone) {
        if (isoInstant == null) {
            return "";
        }
        OffsetDateTime instant;
        try {
            instant = OffsetDateTime.parse(isoInstant.toString());
        } catch (DateTimeParseException e) {
            return isoInstant.toString();
        }
        try {
            return instant.atZoneSameInstant(ZoneId.of(String.valueOf(zone))).format(MINUTES);
        } catch (DateTimeException e) {
            return instant.atZoneSameInstant(ZoneId.of("UTC")).format(MINUTES) + " UTC";
        }
    }
}
