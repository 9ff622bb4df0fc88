package org.iccsp.platform.messaging;

/** A record that can never be processed; the consumer nacks it so it lands on the topic's DLQ. */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
