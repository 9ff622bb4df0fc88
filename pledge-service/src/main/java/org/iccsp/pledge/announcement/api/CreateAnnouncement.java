package org.iccsp.pledge.announcement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of POST /api/v1/announcements: the communiqué ({@code texts}, with {@code authoritativeLanguage} among them),
 * when it is released ({@code releaseAt} and/or the {@code trigger} an admin fires) and its parts: the embargoes it
 * releases (each with the pledges sealed under it) and the confidential members it reveals.
 */
public record CreateAnnouncement(
        @NotNull @Valid CommuniqueTexts texts,
        @NotNull @Pattern(regexp = "en|fr|ar|he", message = "must be one of en, fr, ar, he") String authoritativeLanguage,
        OffsetDateTime releaseAt,
        @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lower-case slug such as g7-working-session") String trigger,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> embargoIds,
        @Size(max = 100) List<@NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a member code such as SA") String> memberCodes) {
}
