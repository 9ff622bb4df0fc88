package org.iccsp.notification.notice.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.iccsp.notification.email.domain.EmailDispatcher;
import org.iccsp.notification.notice.persistence.Notification;
import org.iccsp.notification.webhook.domain.WebhookDispatcher;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.observability.TraceContext;

/**
 * Stores notices for delivery, in the consuming transaction (so inbox and notice commit together),
 * each with the trace of the event that caused it.
 */
@ApplicationScoped
public class Notices {
    @Inject
    TraceContext traces;
    @Inject
    EmailDispatcher emails;
    @Inject
    WebhookDispatcher webhooks;

    @Transactional(Transactional.TxType.MANDATORY)
    public Notification queueEmail(CloudEvent cause, EmailNotice notice) {
        Notification n = base(cause, notice.category(), Notification.EMAIL, notice.recipient(), notice.language(),
                notice.subject(), notice.text());
        n.bodyHtml = notice.html();
        n.attachmentIcs = notice.ics();
        n.unsubscribeUrl = notice.unsubscribeUrl();
        n.persist();
        emails.sendAfterCommit();
        return n;
    }

    /** An in-app notice is delivered by being stored: the recipient reads it through the API. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification queueInApp(CloudEvent cause, String category, String recipient, String language,
            String subject, String text) {
        Notification n = base(cause, category, Notification.IN_APP, recipient, language, subject, text);
        n.status = Notification.SENT;
        n.sentAt = n.createdAt;
        n.persist();
        return n;
    }

    /** A webhook delivery: the body is the CloudEvent itself, the recipient the subscription id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification queueWebhook(CloudEvent cause, String category, UUID subscriptionId, String cloudEventJson) {
        Notification n = base(cause, category, Notification.WEBHOOK, subscriptionId.toString(), "en", cause.type(),
                cloudEventJson);
        n.persist();
        webhooks.deliverAfterCommit();
        return n;
    }

    private Notification base(CloudEvent cause, String category, String channel, String recipient,
            String language, String subject, String text) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.eventSource = cause.source();
        n.eventId = cause.id();
        n.eventType = cause.type();
        n.category = category;
        n.channel = channel;
        n.recipient = recipient;
        n.language = language;
        n.subject = subject;
        n.bodyText = text;
        n.status = Notification.PENDING;
        n.nextAttemptAt = now;
        n.createdAt = now;
        n.traceContext = traces.current();
        return n;
    }
}
