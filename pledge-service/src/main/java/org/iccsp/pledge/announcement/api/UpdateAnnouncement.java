package org.iccsp.pledge.announcement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Body of PATCH /api/v1/announcements/{id}: absent fields keep their value; {@code texts}, {@code embargoIds} and
 * {@code memberCodes} replace the whole list when given. Any change voids the approvals (back to draft).
 */
public record UpdateAnnouncement(
        @Valid CommuniqueTexts texts,
        @Pattern(regexp = "en|fr|ar|he", message = "must be one of en, fr, ar, he") String authoritativeLanguage,
        OffsetDateTime releaseAt,
        @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a lower-case slug such as g7-working-session") String trigger,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> embargoIds,
        @Size(max = 100) List<@NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a member code such as SA") String> memberCodes) {
}
