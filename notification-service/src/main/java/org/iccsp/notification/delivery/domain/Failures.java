package org.iccsp.notification.delivery.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The real cause of a failed attempt, for the delivery log and the logs: every exception of the chain,
 * by class and message, since many (a timeout, a closed connection) have no message of their own.
 */
public final class Failures {
    static final int MAX_LENGTH = 1000;

    private Failures() {
    }

    public static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String message = t.getMessage();
            // a wrapper's default message is its cause's toString(): the cause says it next
            if (message != null && t.getCause() != null && message.equals(t.getCause().toString())) {
                message = null;
            }
            parts.add(message == null || message.isBlank() ? t.getClass().getName()
                    : t.getClass().getName() + ": " + message.strip());
        }
        String detail = String.join(" <- caused by ", parts);
        return detail.length() <= MAX_LENGTH ? detail : detail.substring(0, MAX_LENGTH - 1) + "…";
    }
}
