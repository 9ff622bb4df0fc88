package org.iccsp.notification.notice.messaging;

import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_REGISTERED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_REJECTED;
import static org.iccsp.contracts.directory.DirectoryContract.ORGANIZATION_VERIFIED;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.iccsp.contracts.directory.OrganizationRegistered;
import org.iccsp.contracts.directory.OrganizationRejected;
import org.iccsp.contracts.directory.OrganizationVerified;
import org.iccsp.notification.notice.domain.Letters;
import org.iccsp.notification.notice.domain.Letters.Letter;
import org.iccsp.notification.preference.persistence.Categories;
import org.iccsp.platform.messaging.CloudEvent;
import org.iccsp.platform.messaging.CloudEventCodec;
import org.iccsp.platform.messaging.IdempotentConsumer;

/** Organisation events from directory-service (its contract records) → emails to the organisation's contact. */
@ApplicationScoped
public class DirectoryEventsConsumer {
    static final String CONSUMER = "notification-service.directory-organizations";

    private final IdempotentConsumer consumer;
    private final CloudEventCodec codec;
    private final Letters letters;

    public DirectoryEventsConsumer(IdempotentConsumer consumer, CloudEventCodec codec, Letters letters) {
        this.consumer = consumer;
        this.codec = codec;
        this.letters = letters;
    }

    @Incoming("directory-organizations")
    @Blocking // ordered: one record at a time per partition
    public void onOrganizationEvent(String record) {
        consumer.consume(CONSUMER, record, this::handle);
    }

    private void handle(CloudEvent event) {
        if (ORGANIZATION_REGISTERED.is(event.type())) {
            registered(event, codec.data(event, ORGANIZATION_REGISTERED));
        } else if (ORGANIZATION_VERIFIED.is(event.type())) {
            OrganizationVerified data = codec.data(event, ORGANIZATION_VERIFIED);
            letters.send(event, EventData.required(data.contactEmail(), "contactEmail"), new Letter(
                    Categories.DIRECTORY, "organization-verified",
                    Map.of("legalName", EventData.required(data.legalName(), "legalName")), List.of(), null, null));
        } else if (ORGANIZATION_REJECTED.is(event.type())) {
            OrganizationRejected data = codec.data(event, ORGANIZATION_REJECTED);
            letters.send(event, EventData.required(data.contactEmail(), "contactEmail"), new Letter(
                    Categories.DIRECTORY, "organization-rejected",
                    Map.of("legalName", EventData.required(data.legalName(), "legalName"),
                            "reason", String.valueOf(data.reason())), List.of(), null, null));
        }
        // updated: nothing to tell anyone; unknown types are ignored (docs/events.md, Versioning)
    }

    /** Told in the contact's language and subject to their preferences, like every other letter. */
    private void registered(CloudEvent event, OrganizationRegistered data) {
        boolean verified = "verified".equals(data.status());
        letters.send(event, EventData.required(data.contactEmail(), "contactEmail"), new Letter(Categories.DIRECTORY,
                verified ? "organization-listed" : "organization-registered",
                Map.of("legalName", EventData.required(data.legalName(), "legalName"),
                        "organizationId", EventData.required(data.organizationId(), "organizationId")), List.of(), null, null));
    }
}
