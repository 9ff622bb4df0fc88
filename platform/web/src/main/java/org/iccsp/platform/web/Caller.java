package org.iccsp.platform.web;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, from the token's claims: {@code realm_access.roles}, {@code government_code}
 * (government users) and {@code organization_id} (CSO users). Services authorise with this,
 * never with anything the request body says about the caller.
 */
public record Caller(String subject, String username, String email, Set<String> roles,
        Optional<String> governmentCode, Optional<String> organizationId) {

    public static final String GOVERNMENT = "government";
    public static final String CSO = "cso";
    public static final String ORGANIZER = "organizer";
    public static final String ADMIN = "admin";

    public static Caller anonymous() {
        return new Caller(null, null, null, Set.of(), Optional.empty(), Optional.empty());
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(ADMIN);
    }

    /** Consortium members see "members only" data: governments, organisers and admins. */
    public boolean isConsortiumMember() {
        return hasRole(GOVERNMENT) || hasRole(ORGANIZER) || hasRole(ADMIN);
    }

    public boolean actsFor(String organization) {
        return hasRole(CSO) && organizationId.filter(organization::equals).isPresent();
    }

    public boolean representsGovernment(String code) {
        return hasRole(GOVERNMENT) && governmentCode.filter(code::equalsIgnoreCase).isPresent();
    }

    public void require(boolean allowed, String detail) {
        if (!allowed) {
            throw ProblemException.forbidden(detail);
        }
    }
}
