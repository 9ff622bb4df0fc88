package org.iccsp.notification.notice.messaging;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.notification.notice.domain.EmailNotice;
import org.iccsp.notification.notice.domain.Letters;
import org.iccsp.notification.notice.domain.Letters.Letter;
import org.iccsp.notification.notice.domain.Notices;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.IdempotentConsumer;

/** Organisation events from directory-service → emails to the organisation's contact. */
@ApplicationScoped
public class DirectoryEventsConsumer {
    static final String CONSUMER = "notification-service.directory-organizations";
    static final String REGISTERED = "org.iccsp.directory.organization.registered.v1";
    static final String VERIFIED = "org.iccsp.directory.organization.verified.v1";
    static final String REJECTED = "org.iccsp.directory.organization.rejected.v1";

    private final IdempotentConsumer consumer;
    private final Notices notices;
    private final Letters letters;
    private final Template html;
    private final Template text;

    public DirectoryEventsConsumer(IdempotentConsumer consumer, Notices notices, Letters letters,
            @Location("email/organization-registered.html") Template html,
            @Location("email/organization-registered.txt") Template text) {
        this.consumer = consumer;
        this.notices = notices;
        this.letters = letters;
        this.html = html;
        this.text = text;
    }

    @Incoming("directory-organizations")
    @Blocking // ordered: one record at a time per partition
    public void onOrganizationEvent(String record) {
        consumer.consume(CONSUMER, record, this::handle);
    }

    private void handle(CloudEvent event) {
        var data = event.data();
        switch (event.type()) {
            case REGISTERED -> registered(event);
            case VERIFIED -> letters.send(event, EventData.required(data, "contactEmail"), new Letter(
                    Categories.DIRECTORY, "organization-verified",
                    Map.of("legalName", EventData.required(data, "legalName")), List.of(), null, null));
            case REJECTED -> letters.send(event, EventData.required(data, "contactEmail"), new Letter(
                    Categories.DIRECTORY, "organization-rejected",
                    Map.of("legalName", EventData.required(data, "legalName"),
                            "reason", String.valueOf(EventData.optional(data, "reason"))), List.of(), null, null));
            default -> {
                // updated: nothing to tell anyone; unknown types are ignored (docs/events.md, Versioning)
            }
        }
    }

    private void registered(CloudEvent event) {
        var data = event.data();
        String legalName = data.path("legalName").asText();
        boolean verified = "verified".equals(data.path("status").asText());
        String subject = (verified ? "Listed in the ICCSP directory: " : "Registration received: ") + legalName;
        Map<String, Object> model = Map.of("legalName", legalName, "organizationId",
                data.path("organizationId").asText(), "verified", verified, "subject", subject);
        notices.queueEmail(event, new EmailNotice(Categories.DIRECTORY, data.path("contactEmail").asText(), "en",
                subject, text.data(model).render(), html.data(model).render()));
    }
}
