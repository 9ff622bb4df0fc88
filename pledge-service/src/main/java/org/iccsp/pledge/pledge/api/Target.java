package org.iccsp.pledge.pledge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.iccsp.pledge.pledge.domain.TargetKind;

/**
 * What the pledge funds. {@code ref} names it: a directory project id, a working group's id, or a
 * common resource such as "research-and-mapping"; {@code name} is an optional human label.
 */
public record Target(@NotNull TargetKind kind, @NotBlank @Size(max = 200) String ref, @Size(max = 200) String name) {
}
