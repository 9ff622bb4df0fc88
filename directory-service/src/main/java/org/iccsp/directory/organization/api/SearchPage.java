package org.iccsp.directory.organization.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** A page of search results: pass nextCursor as cursor for the next page (absent on the last page). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchPage(List<OrganizationView> items, String nextCursor, Map<String, Map<String, Long>> facets) {
}
