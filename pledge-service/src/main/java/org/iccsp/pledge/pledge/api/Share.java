package org.iccsp.pledge.pledge.api;

import org.iccsp.platform.web.OpenApiConventions;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One member's share of a joint pledge, in its own currency. */
public record Share(
        @Schema(nullable = true, description = "the member (required in requests); null in answers where the reader may not name it (a confidential member)")
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code or EU") String memberCode,
        @Schema(description = "the share in the member's currency: answers give a decimal string; requests may send a string or a JSON number", extensions = @Extension(name = OpenApiConventions.DECIMAL, value = "true"))
        @NotNull @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency) {
}
