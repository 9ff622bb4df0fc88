package org.iccsp.pledge.announcement.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /api/v1/announcements/{id}/transitions: {@code ready} (check its parts), {@code approve} (If-Match
 * required), {@code release} (now, whatever its time or trigger) or {@code withdraw} ({@code reason} required).
 */
public record AnnouncementTransition(
        @NotNull @Pattern(regexp = "ready|approve|release|withdraw", message = "must be one of ready, approve, release, withdraw") String action,
        @Size(max = 2000) String reason) {
}
