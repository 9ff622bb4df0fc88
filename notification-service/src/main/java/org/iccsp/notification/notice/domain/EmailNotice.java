package org.iccsp.notification.notice.domain;

/** A rendered email for one recipient. */
public record EmailNotice(String category, String recipient, String language, String subject, String text,
        String html) {
}
