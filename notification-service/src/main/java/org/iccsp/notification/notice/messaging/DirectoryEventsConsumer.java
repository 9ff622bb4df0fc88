package org.iccsp.notification.notice.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.notification.notice.domain.Letters;
import org.iccsp.notification.notice.domain.Letters.Letter;
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
    private final Letters letters;

    public DirectoryEventsConsumer(IdempotentConsumer consumer, Letters letters) {
        this.consumer = consumer;
        this.letters = letters;
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

    /** Told in the contact's language and subject to their preferences, like every other letter. */
    private void registered(CloudEvent event) {
        var data = event.data();
        boolean verified = "verified".equals(EventData.optional(data, "status"));
        letters.send(event, EventData.required(data, "contactEmail"), new Letter(Categories.DIRECTORY,
                verified ? "organization-listed" : "organization-registered",
                Map.of("legalName", EventData.required(data, "legalName"),
                        "organizationId", EventData.required(data, "organizationId")), List.of(), null, null));
    }
}
