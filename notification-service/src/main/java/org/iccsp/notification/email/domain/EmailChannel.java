package org.iccsp.notification.email.domain;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.iccsp.notification.delivery.domain.Attempt;
import org.iccsp.notification.delivery.domain.Channel;
import org.iccsp.notification.delivery.persistence.Notification;

/**
 * Hands one email to SMTP (quarkus-mailer): HTML and text, a stable {@code Message-ID} (the same on a
 * retry or a replay, so a resend is recognisable), the one-click unsubscribe headers when the mail has
 * a link, and the calendar entry as {@code invite.ics}. Claiming, retries, the delivery log and spans
 * are the pipeline's; a send that fails or times out throws, and the pipeline records why.
 */
@ApplicationScoped
public class EmailChannel implements Channel {
    private final Mailer mailer;

    public EmailChannel(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public String name() {
        return Notification.EMAIL;
    }

    @Override
    public String spanName() {
        return "email send";
    }

    @Override
    public String configPrefix() {
        return "iccsp.email";
    }

    @Override
    public Attempt attempt(Notification n) {
        Mail mail = Mail.withHtml(n.recipient, n.subject, n.bodyHtml).setText(n.bodyText)
                .addHeader("Message-ID", "<" + n.id + "@iccsp.local>")
                .addHeader("X-ICCSP-Event", n.eventSource + "#" + n.eventId);
        if (n.unsubscribeUrl != null) {
            // RFC 2369 and RFC 8058: mail clients offer "unsubscribe" and POST to the link in one click
            mail.addHeader("List-Unsubscribe", "<" + n.unsubscribeUrl + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (n.attachmentIcs != null) {
            mail.addAttachment("invite.ics", n.attachmentIcs.getBytes(StandardCharsets.UTF_8),
                    calendarType(n.attachmentIcs));
        }
        mailer.send(mail);
        return Attempt.sent(null);
    }

    /** RFC 6047: the part's {@code method} parameter repeats the calendar's METHOD. */
    static String calendarType(String ics) {
        return "text/calendar; charset=UTF-8; method=" + (ics.contains("\r\nMETHOD:CANCEL\r\n") ? "CANCEL" : "REQUEST");
    }
}
