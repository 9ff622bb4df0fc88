package org.iccsp.platform.audit;

import java.util.List;
import java.util.Objects;
import org.iccsp.platform.web.Caller;

/** Who did it: the token's subject, username and roles, or a named part of the system (a scheduler). */
public record AuditActor(String subject, String name, List<String> roles) {

    public AuditActor {
        Objects.requireNonNull(subject, "an audited action has an actor");
        roles = roles == null ? List.of() : roles.stream().sorted().toList();
    }

    public static AuditActor of(Caller caller) {
        if (caller.isAnonymous()) {
            return new AuditActor("anonymous", null, List.of());
        }
        return new AuditActor(caller.subject(), caller.username(), List.copyOf(caller.roles()));
    }

    /** A part of the service acting on its own, e.g. the embargo clock: its name is its subject. */
    public static AuditActor system(String name) {
        return new AuditActor(name, name, List.of());
    }
}
