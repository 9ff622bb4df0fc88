package org.iccsp.notification.delivery.domain;

/** What one delivery attempt on a channel came to, with a detail for the delivery log. */
public record Attempt(Outcome outcome, String detail) {
    public enum Outcome {
        /** Delivered. */
        SENT,
        /** Not delivered; another attempt is due unless the retry budget is spent. */
        FAILED,
        /** Not delivered, and no attempt will ever be (the endpoint is gone or disabled). */
        GIVE_UP
    }

    public static Attempt sent(String detail) {
        return new Attempt(Outcome.SENT, detail);
    }

    public static Attempt failed(String detail) {
        return new Attempt(Outcome.FAILED, detail);
    }

    public static Attempt failed(Throwable cause) {
        return failed(Failures.describe(cause));
    }

    public static Attempt giveUp(String detail) {
        return new Attempt(Outcome.GIVE_UP, detail);
    }
}
