package org.iccsp.directory.organization.domain;

import org.iccsp.platform.web.Caller;

/** How much of an organisation a caller may see. */
public enum Audience {
    /** Anonymous readers and users of other organisations: public fields only. */
    PUBLIC,
    /** Consortium members (governments, organisers): public and members-only fields. */
    MEMBERS,
    /** The organisation's own users and admins: everything. */
    OWNER;

    public static Audience of(Caller caller, String organizationId) {
        if (caller.isAdmin() || caller.actsFor(organizationId)) {
            return OWNER;
        }
        return caller.isConsortiumMember() ? MEMBERS : PUBLIC;
    }

    /** For listings, where no single organisation is the caller's own. */
    public static Audience ofReader(Caller caller) {
        if (caller.isAdmin()) {
            return OWNER;
        }
        return caller.isConsortiumMember() ? MEMBERS : PUBLIC;
    }

    public boolean sees(Visibility visibility) {
        return switch (visibility) {
            case PUBLIC -> true;
            case MEMBERS -> this != PUBLIC;
            case PRIVATE -> this == OWNER;
        };
    }
}
