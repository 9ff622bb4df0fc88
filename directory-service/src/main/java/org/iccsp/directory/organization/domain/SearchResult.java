package org.iccsp.directory.organization.domain;

import java.util.List;
import java.util.Map;
import org.iccsp.directory.organization.persistence.Organization;

/** One page of organisations, the cursor of the next page (null on the last) and optional facet counts. */
public record SearchResult(List<Organization> organizations, SearchCriteria.SearchCursor next,
        Map<String, Map<String, Long>> facets) {
}
