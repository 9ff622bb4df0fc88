package org.iccsp.platform.messaging;

/**
 * Naming rules shared by the DLQ configuration. Topic names and CloudEvent types themselves live in the
 * producers' contract modules ({@code org.iccsp.contracts.EventType}).
 */
public final class EventTopic {
    public static final String DLQ_SUFFIX = ".dlq";

    private EventTopic() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
