package org.iccsp.notification.notice.domain;

/** A rendered email for one recipient, with an optional iCalendar attachment. */
public record EmailNotice(String category, String recipient, String language, String subject, String text,
        String html, String ics) {

    public EmailNotice(String category, String recipient, String language, String subject, String text, String html) {
        this(category, recipient, language, subject, text, html, null);
    }
}
