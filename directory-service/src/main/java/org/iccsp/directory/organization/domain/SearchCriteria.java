package org.iccsp.directory.organization.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A directory search: optional text, filters (any of the values within one filter, all filters
 * together), the change-feed bound, the order and the keyset position.
 *
 * @param verified only honoured for admins; everyone else sees verified organisations only
 */
public record SearchCriteria(String text, List<String> sectors, List<String> countries, List<String> types,
        List<String> networks, Boolean verified, OffsetDateTime modifiedAfter, Order order, SearchCursor after,
        int limit, boolean facets) {

    public enum Order {
        /** Best match first (text searches only). */
        RELEVANCE,
        /** By legal name, case-insensitively. */
        NAME,
        /** Least recently changed first: with modified_after, a change feed. */
        MODIFIED,
        /** Most recently registered first. */
        NEWEST;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The position after the last row of a page: its sort key and id. */
    public record SearchCursor(Order order, String key, String id) {
    }
}
