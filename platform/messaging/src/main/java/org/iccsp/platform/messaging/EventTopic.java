package org.iccsp.platform.messaging;

/** Naming rules shared by producers, consumers and the DLQ configuration. */
public final class EventTopic {
    public static final String DLQ_SUFFIX = ".dlq";

    private EventTopic() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** {@code org.iccsp.<service>.<entity>.<verb>.v1} */
    public static String eventType(String service, String entity, String verb) {
        return "org.iccsp." + service + "." + entity + "." + verb + ".v1";
    }
}
