package org.iccsp.notification.notice.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.iccsp.notification.delivery.domain.DeliveryPipeline;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.platform.messaging.CloudEvent;

/**
 * Stores notices to people, in the consuming transaction (so inbox and notice commit together), each
 * with the trace of the event that caused it: emails go to the delivery pipeline, in-app notices are
 * delivered by being stored.
 */
@ApplicationScoped
public class Notices {
    @Inject
    DeliveryPipeline deliveries;

    @Transactional(Transactional.TxType.MANDATORY)
    public Notification queueEmail(CloudEvent cause, EmailNotice notice) {
        Notification n = deliveries.draft(cause, Notification.EMAIL, notice.category(), notice.recipient(),
                notice.language(), notice.subject(), notice.text());
        n.bodyHtml = notice.html();
        n.attachmentIcs = notice.ics();
        n.unsubscribeUrl = notice.unsubscribeUrl();
        return deliveries.queue(n);
    }

    /** An in-app notice is delivered by being stored: the recipient reads it through the API. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification queueInApp(CloudEvent cause, String category, String recipient, String language,
            String subject, String text) {
        Notification n = deliveries.draft(cause, Notification.IN_APP, category, recipient, language, subject, text);
        n.status = Notification.SENT;
        n.sentAt = n.createdAt;
        n.persist();
        return n;
    }
}
