package org.iccsp.directory.organization.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person to reach at the organisation. */
public record Contact(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) String role,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "must be a phone number such as +972 2 555 0100") String phone) {
}
