package org.iccsp.notification.delivery.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message to one recipient on one channel, with its delivery state. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String EMAIL = "email";
    public static final String WEBHOOK = "webhook";
    public static final String IN_APP = "in-app";

    @Id
    public UUID id;
    @Column(name = "event_source", nullable = false)
    public String eventSource;
    @Column(name = "event_id", nullable = false)
    public String eventId;
    @Column(name = "event_type", nullable = false)
    public String eventType;
    @Column(nullable = false)
    public String category;
    @Column(nullable = false)
    public String channel;
    @Column(nullable = false)
    public String recipient;
    @Column(nullable = false)
    public String language;
    @Column(nullable = false)
    public String subject;
    @Column(name = "body_text", nullable = false)
    public String bodyText;
    @Column(name = "body_html")
    public String bodyHtml;
    @Column(nullable = false)
    public String status;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    @Column(name = "read_at")
    public OffsetDateTime readAt;
    /** An RFC 5545 calendar object sent as a text/calendar attachment (email only). */
    @Column(name = "attachment_ics")
    public String attachmentIcs;
    /** The recipient's one-click unsubscribe link for this category (RFC 8058); null for critical mail. */
    @Column(name = "unsubscribe_url")
    public String unsubscribeUrl;
    /** The trace the notice was created in, as propagation fields (JSON); its delivery joins that trace. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "trace_context", columnDefinition = "jsonb")
    public String traceContext;
}
