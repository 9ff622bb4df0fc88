package org.iccsp.events.registration.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.iccsp.events.registration.domain.Register;

/**
 * Body of POST /api/v1/events/{id}/registrations. Who registers comes from the token: a CSO user may
 * register on behalf of the organisation its organization_id claim names; a government user may bring
 * a delegation for the government its government_code claim names.
 */
public record RegistrationRequest(
        @Size(max = 200) String name,
        Boolean onBehalfOfOrganization,
        @Valid Delegation delegation,
        @Size(max = 200) String invitationToken,
        @Size(max = 40) String representationGroup) {

    /** The head of delegation comes first in protocol order, then the members in the order given. */
    public record Delegation(@NotNull @Valid Delegate head, @Size(max = 50) List<@NotNull @Valid Delegate> members) {
    }

    public record Delegate(@NotBlank @Size(max = 200) String name, @Size(max = 200) String title) {
        Register.Delegate command() {
            return new Register.Delegate(name, title);
        }
    }

    public boolean forOrganization() {
        return Boolean.TRUE.equals(onBehalfOfOrganization);
    }

    /** The domain's command. */
    public Register command() {
        Register.Delegation party = delegation == null ? null : new Register.Delegation(delegation.head().command(),
                delegation.members() == null ? null : delegation.members().stream().map(Delegate::command).toList());
        return new Register(name, forOrganization(), party, invitationToken, representationGroup);
    }
}
