package org.iccsp.directory.organization.domain;

import java.util.List;
import java.util.Map;
import org.iccsp.directory.organization.persistence.Organization;

/**
 * One page of organisations, the cursor of the next page (null on the last), and with facets the
 * facet counts and how many organisations match in all (null without).
 */
public record SearchResult(List<Organization> organizations, SearchCriteria.SearchCursor next,
        Map<String, Map<String, Long>> facets, Long total) {
}
