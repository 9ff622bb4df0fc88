package org.iccsp.notification.preference.persistence;

import java.util.List;
import java.util.Set;

/** Notification categories a recipient can opt out of; critical ones are always delivered. */
public final class Categories {
    public static final String DIRECTORY = "directory";
    public static final String REGISTRATIONS = "registrations";
    public static final String INVITATIONS = "invitations";
    public static final String EVENT_UPDATES = "event-updates";
    public static final String CANCELLATIONS = "cancellations";
    public static final String SECURITY = "security";
    public static final String PLEDGE_RECEIPTS = "pledge-receipts";
    /** Webhook-only categories. */
    public static final String PLEDGES = "pledges";
    public static final String EVENTS = "events";

    public static final List<String> PERSONAL = List.of(DIRECTORY, REGISTRATIONS, INVITATIONS, EVENT_UPDATES,
            CANCELLATIONS, SECURITY, PLEDGE_RECEIPTS);
    public static final Set<String> CRITICAL = Set.of(SECURITY, CANCELLATIONS);
    public static final List<String> WEBHOOK = List.of(PLEDGES, EVENTS);
    public static final List<String> LANGUAGES = List.of("en", "ar", "he", "fr");

    private Categories() {
    }

    public static boolean isCritical(String category) {
        return CRITICAL.contains(category);
    }
}
