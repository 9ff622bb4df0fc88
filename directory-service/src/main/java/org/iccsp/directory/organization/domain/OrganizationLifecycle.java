package org.iccsp.directory.organization.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Where an organisation stands apart from its verification: {@code active → deactivated → active};
 * {@code active|deactivated → erasure-requested → erased} (or back to deactivated when the request is withdrawn).
 * Erased is final. Only an active organisation appears to the public and to consortium members; the others are
 * shown to their own users and admins only (erased ones as a tombstone). Pure rules, no framework: each move
 * answers the next state or throws {@link IllegalMove}.
 */
public enum OrganizationLifecycle {
    ACTIVE("active"), DEACTIVATED("deactivated"), ERASURE_REQUESTED("erasure-requested"), ERASED("erased");

    private final String code;

    OrganizationLifecycle(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static OrganizationLifecycle fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown lifecycle " + code));
    }

    /** Listed, searchable and counted for everyone who may see the organisation. */
    public boolean isListed() {
        return this == ACTIVE;
    }

    public OrganizationLifecycle deactivate() {
        return move(this == ACTIVE, DEACTIVATED, "only an active organisation can be deactivated");
    }

    public OrganizationLifecycle reactivate() {
        return move(this == DEACTIVATED, ACTIVE, "only a deactivated organisation can be reactivated");
    }

    public OrganizationLifecycle requestErasure() {
        return move(this == ACTIVE || this == DEACTIVATED, ERASURE_REQUESTED,
                "erasure can be requested only for an active or deactivated organisation");
    }

    /** A withdrawn request leaves the organisation deactivated: its owner reactivates it if they wish. */
    public OrganizationLifecycle withdrawErasure() {
        return move(this == ERASURE_REQUESTED, DEACTIVATED, "there is no erasure request to withdraw");
    }

    public OrganizationLifecycle confirmErasure() {
        return move(this == ERASURE_REQUESTED, ERASED, "erasure needs the owner's request first");
    }

    private OrganizationLifecycle move(boolean allowed, OrganizationLifecycle next, String why) {
        if (!allowed) {
            throw new IllegalMove(this, why);
        }
        return next;
    }

    /** A move the current state does not allow (a 409 at the API). */
    public static final class IllegalMove extends RuntimeException {
        private final OrganizationLifecycle from;

        IllegalMove(OrganizationLifecycle from, String why) {
            super(why + " (it is " + from.code + ")");
            this.from = from;
        }

        public OrganizationLifecycle from() {
            return from;
        }
    }
}
