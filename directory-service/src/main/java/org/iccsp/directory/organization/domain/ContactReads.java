package org.iccsp.directory.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.audit.AuditActor;
import org.iccsp.platform.audit.AuditLog;
import org.iccsp.platform.web.Caller;

/**
 * Audits who was shown an organisation's contact details that are not public ({@code contactEmail},
 * {@code contacts} at "members" or "private" visibility): one {@code contact.read} entry per organisation
 * served, in the transaction of the read. The organisation's own users reading their own profile are not
 * audited; everyone else who is shown such a field is (consortium members, organisers, admins).
 */
@ApplicationScoped
public class ContactReads {
    public static final String ACTION = "contact.read";
    static final List<String> CONTACT_FIELDS = List.of("contactEmail", "contacts");

    private final AuditLog audit;

    public ContactReads(AuditLog audit) {
        this.audit = audit;
    }

    /** @param channel how it was read: {@code organization} (one profile), {@code search}, {@code edit}, {@code review}, {@code lifecycle} */
    @Transactional(Transactional.TxType.MANDATORY)
    public void served(Caller caller, Organization org, Audience audience, String channel) {
        if (caller.actsFor(org.id)) {
            return;
        }
        List<String> fields = new ArrayList<>();
        for (String field : CONTACT_FIELDS) {
            Visibility visibility = Visibility.of(field, org.fieldVisibility);
            if (visibility != Visibility.PUBLIC && audience.sees(visibility) && present(org, field)) {
                fields.add(field);
            }
        }
        if (!fields.isEmpty()) {
            audit.record(AuditActor.of(caller), ACTION, "organization", org.id,
                    Map.of("fields", fields, "channel", channel));
        }
    }

    private static boolean present(Organization org, String field) {
        return switch (field) {
            case "contactEmail" -> org.contactEmail != null;
            case "contacts" -> org.contacts != null && !org.contacts.isEmpty();
            default -> false;
        };
    }
}
