package org.iccsp.notification.notice.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iccsp.notification.notice.persistence.Notification;
import org.iccsp.platform.messaging.CloudEvent;

/** Stores notices for delivery, in the consuming transaction (so inbox and notice commit together). */
@ApplicationScoped
public class Notices {

    @Transactional(Transactional.TxType.MANDATORY)
    public Notification queueEmail(CloudEvent cause, EmailNotice notice) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventSource = cause.source();
        n.eventId = cause.id();
        n.eventType = cause.type();
        n.category = notice.category();
        n.channel = "email";
        n.recipient = notice.recipient();
        n.language = notice.language();
        n.subject = notice.subject();
        n.bodyText = notice.text();
        n.bodyHtml = notice.html();
        n.status = Notification.PENDING;
        n.nextAttemptAt = now;
        n.createdAt = now;
        n.persist();
        return n;
    }
}
