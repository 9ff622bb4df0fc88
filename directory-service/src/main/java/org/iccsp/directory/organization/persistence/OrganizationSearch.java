package org.iccsp.directory.organization.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iccsp.directory.organization.domain.Audience;
import org.iccsp.directory.organization.domain.SearchCriteria;
import org.iccsp.directory.organization.domain.SearchCriteria.Order;
import org.iccsp.directory.organization.domain.SearchCriteria.SearchCursor;
import org.iccsp.directory.organization.domain.SearchResult;

/**
 * Directory search in SQL, on the indexes of V2: a generated tsvector per audience ('simple'
 * configuration, every word as a prefix); when no organisation matches every word, a trigram word
 * similarity on the names instead (typos). GIN indexes on sectors and networks, keyset pagination
 * on (sort key, id); only the page's ids are read before loading the rows.
 */
@ApplicationScoped
public class OrganizationSearch {
    private static final int FACET_SIZE = 50;

    private final EntityManager em;

    public OrganizationSearch(EntityManager em) {
        this.em = em;
    }

    public SearchResult search(SearchCriteria criteria, Audience audience) {
        Filter filter = Filter.of(criteria, audience, false);
        List<Object[]> rows = page(criteria, filter);
        // An empty page is the only case that can need the fallback, so the common search costs one
        // query; past the first page, an empty one means "no more" unless nothing matches at all.
        if (rows.isEmpty() && criteria.text() != null && (criteria.after() == null || !exists(filter))) {
            // nothing matches every word: fall back to trigram similarity of the names (typos)
            filter = Filter.of(criteria, audience, true);
            rows = page(criteria, filter);
        }
        boolean more = rows.size() > criteria.limit();
        List<Object[]> page = more ? rows.subList(0, criteria.limit()) : rows;
        List<String> ids = page.stream().map(row -> (String) row[0]).toList();
        Map<String, Organization> loaded = ids.isEmpty() ? Map.of()
                : Organization.<Organization>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(o -> o.id, Function.identity()));
        SearchCursor next = null;
        if (more) {
            Object[] last = page.get(page.size() - 1);
            next = new SearchCursor(criteria.order(), keyText(last[1]), (String) last[0]);
        }
        return new SearchResult(ids.stream().map(loaded::get).toList(), next,
                criteria.facets() ? facets(filter, audience) : null, criteria.facets() ? total(filter) : null);
    }

    /** The page's ids and sort keys, one row more than the limit (is there a next page?). */
    private List<Object[]> page(SearchCriteria criteria, Filter filter) {
        Map<String, Object> params = new HashMap<>(filter.params);
        String key = sortKey(criteria, filter);
        List<String> where = new ArrayList<>(filter.clauses);
        if (criteria.after() != null) {
            where.add(keysetClause(criteria.order(), key));
            params.put("afterKey", keyParameter(criteria.order(), criteria.after().key()));
            params.put("afterId", criteria.after().id());
        }
        String direction = criteria.order() == Order.RELEVANCE || criteria.order() == Order.NEWEST ? " desc" : "";
        String sql = "select id, " + key + " as sort_key from organization" + whereSql(where)
                + " order by sort_key" + direction + ", id limit :limit";
        params.put("limit", criteria.limit() + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), params).getResultList();
        return rows;
    }

    private boolean exists(Filter filter) {
        return !bind(em.createNativeQuery("select 1 from organization" + whereSql(filter.clauses) + " limit 1"),
                filter.params).getResultList().isEmpty();
    }

    /** How many organisations match in all (the facets' filter: what the audience may see). */
    private long total(Filter filter) {
        return ((Number) bind(em.createNativeQuery("select count(*) from organization" + whereSql(filter.clauses)),
                filter.params).getSingleResult()).longValue();
    }

    private Map<String, Map<String, Long>> facets(Filter filter, Audience audience) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        String where = whereSql(filter.clauses);
        facets.put("sector", count("select v, count(*) from organization, unnest(sectors) v" + where, filter));
        facets.put("country", count("select country, count(*) from organization" + where, filter));
        facets.put("type", count("select type, count(*) from organization" + where, filter));
        List<String> networkClauses = new ArrayList<>(filter.clauses);
        networkClauses.add(visibleClause("networks", audience));
        facets.put("network", count("select v, count(*) from organization, unnest(networks) v"
                + whereSql(networkClauses), filter));
        return facets;
    }

    private Map<String, Long> count(String selectWhere, Filter filter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(selectWhere + " group by 1 order by 2 desc, 1 limit "
                + FACET_SIZE), filter.params).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static String sortKey(SearchCriteria criteria, Filter filter) {
        return switch (criteria.order()) {
            case NAME -> "lower(legal_name)";
            case MODIFIED -> "updated_at";
            case NEWEST -> "created_at";
            case RELEVANCE -> filter.fuzzy ? "word_similarity(:text, search_names)"
                    : "ts_rank(" + filter.vector + ", to_tsquery('simple', :tsquery))";
        };
    }

    private static String keysetClause(Order order, String key) {
        return switch (order) {
            case NAME -> "(lower(legal_name), id) > (:afterKey, :afterId)";
            case MODIFIED -> "(updated_at, id) > (:afterKey, :afterId)";
            // newest first, ids ascend among equal times
            case NEWEST -> "(created_at < :afterKey or (created_at = :afterKey and id > :afterId))";
            // relevance descends, ids ascend among equal ranks
            case RELEVANCE -> "(" + key + " < :afterKey or (" + key + " = :afterKey and id > :afterId))";
        };
    }

    /** The cursor's key as the SQL type of the sort key. */
    public static Object keyParameter(Order order, String key) {
        return switch (order) {
            case NAME -> key;
            case MODIFIED, NEWEST -> OffsetDateTime.ofInstant(Instant.parse(key), ZoneOffset.UTC);
            case RELEVANCE -> Float.parseFloat(key);
        };
    }

    private static String keyText(Object key) {
        if (key instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (key instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (key instanceof Number number) {
            return Float.toString(number.floatValue());
        }
        return key.toString(); // names; Instant prints as ISO-8601 too
    }

    private static String whereSql(List<String> clauses) {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    /** A hideable field may be filtered or counted only where the audience may see it. */
    private static String visibleClause(String field, Audience audience) {
        return switch (audience) {
            case PUBLIC -> "coalesce(field_visibility ->> '" + field + "', 'public') = 'public'";
            case MEMBERS -> "coalesce(field_visibility ->> '" + field + "', 'public') <> 'private'";
            case OWNER -> "true";
        };
    }

    /** The where clauses and parameters shared by a page and its facets. */
    private record Filter(List<String> clauses, Map<String, Object> params, String vector, boolean fuzzy) {

        static Filter of(SearchCriteria c, Audience audience, boolean fuzzy) {
            List<String> clauses = new ArrayList<>();
            Map<String, Object> params = new HashMap<>();
            String vector = audience == Audience.PUBLIC ? "search_public" : "search_members";
            switch (audience) {
                case PUBLIC -> clauses.add("status = 'verified' and public_listing and lifecycle = 'active'");
                case MEMBERS -> clauses.add("status = 'verified' and lifecycle = 'active'");
                case OWNER -> {
                    // admins also find deactivated ones and erasure requests; an erased one has no name to find
                    clauses.add("lifecycle <> 'erased'");
                    if (c.verified() != null) {
                        clauses.add(c.verified() ? "status = 'verified'" : "status <> 'verified'");
                    }
                }
            }
            if (c.text() != null && fuzzy) {
                clauses.add(":text <% search_names");
                params.put("text", c.text());
            } else if (c.text() != null) {
                clauses.add(vector + " @@ to_tsquery('simple', :tsquery)");
                params.put("tsquery", prefixQuery(c.text()));
            }
            if (!c.sectors().isEmpty()) {
                clauses.add("sectors && " + textArray("sector", c.sectors(), params));
            }
            if (!c.networks().isEmpty()) {
                clauses.add("networks && " + textArray("network", c.networks(), params));
                clauses.add(visibleClause("networks", audience));
            }
            if (!c.types().isEmpty()) {
                clauses.add("type = any(" + textArray("type", c.types(), params) + ")");
            }
            if (!c.countries().isEmpty()) {
                List<String> any = new ArrayList<>();
                for (int i = 0; i < c.countries().size(); i++) {
                    String code = c.countries().get(i);
                    params.put("country" + i, code);
                    // a country matches its subdivisions too: PS finds PS-GZA (indexed, V4)
                    any.add((code.contains("-") ? "country" : "split_part(country, '-', 1)") + " = :country" + i);
                }
                clauses.add("(" + String.join(" or ", any) + ")");
            }
            if (c.modifiedAfter() != null) {
                clauses.add("updated_at > :modifiedAfter");
                params.put("modifiedAfter", c.modifiedAfter());
            }
            return new Filter(clauses, params, vector, fuzzy);
        }

        private static String textArray(String name, List<String> values, Map<String, Object> params) {
            List<String> placeholders = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                params.put(name + i, values.get(i));
                placeholders.add(":" + name + i);
            }
            return "cast(array[" + String.join(", ", placeholders) + "] as text[])";
        }

        /** Every word as a prefix, all required: "arava env" matches "Arava Institute for Environmental…". */
        static String prefixQuery(String text) {
            return java.util.Arrays.stream(text.split("[^\\p{L}\\p{M}\\p{N}]+"))
                    .filter(word -> !word.isEmpty())
                    .map(word -> word + ":*")
                    .collect(Collectors.joining(" & "));
        }
    }
}
