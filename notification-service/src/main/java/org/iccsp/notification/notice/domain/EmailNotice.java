package org.iccsp.notification.notice.domain;

/**
 * A rendered email for one recipient, with an optional iCalendar attachment and the recipient's
 * unsubscribe link (null for critical categories and for mail that carries none).
 */
public record EmailNotice(String category, String recipient, String language, String subject, String text,
        String html, String ics, String unsubscribeUrl) {

    public EmailNotice(String category, String recipient, String language, String subject, String text, String html) {
        this(category, recipient, language, subject, text, html, null, null);
    }
}
