package org.iccsp.directory.organization.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Map;

/**
 * A page of search results: pass nextCursor as cursor for the next page (absent on the last page). With
 * {@code facets=true}, the facet counts and {@code total}, how many organisations match in all.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchPage(List<OrganizationView> items, String nextCursor, Map<String, Map<String, Long>> facets,
        @Schema(description = "how many organisations match in all (with facets=true only)") Long total) {
}
