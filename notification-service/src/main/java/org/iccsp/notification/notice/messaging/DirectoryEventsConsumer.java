package org.iccsp.notification.notice.messaging;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.notification.notice.domain.EmailNotice;
import org.iccsp.notification.notice.domain.Notices;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.IdempotentConsumer;

/** Organisation events from directory-service → emails to the organisation's contact. */
@ApplicationScoped
public class DirectoryEventsConsumer {
    static final String CONSUMER = "notification-service.directory-organizations";
    static final String REGISTERED = "org.iccsp.directory.organization.registered.v1";

    private final IdempotentConsumer consumer;
    private final Notices notices;
    private final Template html;
    private final Template text;

    public DirectoryEventsConsumer(IdempotentConsumer consumer, Notices notices,
            @Location("email/organization-registered.html") Template html,
            @Location("email/organization-registered.txt") Template text) {
        this.consumer = consumer;
        this.notices = notices;
        this.html = html;
        this.text = text;
    }

    @Incoming("directory-organizations")
    @Blocking // ordered: one record at a time per partition
    public void onOrganizationEvent(String record) {
        consumer.consume(CONSUMER, record, this::handle);
    }

    private void handle(CloudEvent event) {
        if (!REGISTERED.equals(event.type())) {
            return; // other organisation events get their rules with the notification issue
        }
        var data = event.data();
        String legalName = data.path("legalName").asText();
        boolean verified = "verified".equals(data.path("status").asText());
        String subject = (verified ? "Listed in the ICCSP directory: " : "Registration received: ") + legalName;
        Map<String, Object> model = Map.of("legalName", legalName, "organizationId",
                data.path("organizationId").asText(), "verified", verified, "subject", subject);
        notices.queueEmail(event, new EmailNotice("directory", data.path("contactEmail").asText(), "en", subject,
                text.data(model).render(), html.data(model).render()));
    }
}
