package org.iccsp.gateway.web.common;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Times as people read them, in the templates' {@code when:} namespace: a wall-clock time at a venue
 * ({@code {when:local(event.startsAt)}} is "2027-02-01 09:00") and an instant in UTC
 * ({@code {when:utc(registration.offerExpiresAt)}} is "2026-12-03 17:21 UTC"). The machine-readable
 * value stays in the {@code <time datetime>} attribute; anything that is not such a time is shown as it came.
 */
@TemplateExtension(namespace = "when")
public final class TimeFormats {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimeFormats() {
    }

    public static String local(Object isoLocal) {
        if (isoLocal == null) {
            return "";
        }
        try {
            return LocalDateTime.parse(isoLocal.toString()).format(MINUTES);
        } catch (DateTimeParseException e) {
            return isoLocal.toString();
        }
    }

    public static String utc(Object isoInstant) {
        if (isoInstant == null) {
            return "";
        }
        try {
            return OffsetDateTime.parse(isoInstant.toString()).withOffsetSameInstant(ZoneOffset.UTC).format(MINUTES) + " UTC";
        } catch (DateTimeParseException e) {
            return isoInstant.toString();
        }
    }
}
