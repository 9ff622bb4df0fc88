package org.iccsp.directory.project.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iccsp.directory.organization.domain.Audience;

/**
 * Project search in SQL: prefix full-text over title and description, filters, only projects of
 * organisations the audience may see, keyset pagination by title.
 */
@ApplicationScoped
public class ProjectSearch {
    private final EntityManager em;

    public ProjectSearch(EntityManager em) {
        this.em = em;
    }

    /**
     * @param afterTitle lower-cased title (as PostgreSQL lower-cases it) of the last row of the previous page
     */
    public List<Hit> search(Criteria c, Audience audience, String afterTitle, String afterId, int rows) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        switch (audience) {
            case PUBLIC -> where.add("o.status = 'verified' and o.public_listing and o.lifecycle = 'active'"
                    + " and p.lifecycle = 'active'");
            case MEMBERS -> where.add("o.status = 'verified' and o.lifecycle = 'active' and p.lifecycle = 'active'");
            case OWNER -> where.add("p.lifecycle <> 'erased'"); // admins: deactivated ones too
        }
        if (c.text() != null) {
            where.add("p.search_vector @@ to_tsquery('simple', :tsquery)");
            params.put("tsquery", java.util.Arrays.stream(c.text().split("[^\\p{L}\\p{M}\\p{N}]+"))
                    .filter(w -> !w.isEmpty()).map(w -> w + ":*").collect(Collectors.joining(" & ")));
        }
        if (c.sector() != null) {
            where.add("p.sectors @> cast(array[:sector] as text[])");
            params.put("sector", c.sector());
        }
        if (c.country() != null) {
            // a country matches its subdivisions too: PS finds PS-GZA (indexed, V4)
            where.add((c.country().contains("-") ? "p.country" : "split_part(p.country, '-', 1)") + " = :country");
            params.put("country", c.country());
        }
        if (c.organizationId() != null) {
            // an organisation's projects include those it is a partner in
            where.add("(p.organization_id = :organization or p.partner_ids @> cast(array[:organization] as text[]))");
            params.put("organization", c.organizationId());
        }
        if (c.crossBorder() != null) {
            where.add("p.cross_border = :crossBorder");
            params.put("crossBorder", c.crossBorder());
        }
        if (c.status() != null) {
            where.add("p.status = :status");
            params.put("status", c.status());
        }
        if (afterId != null) {
            where.add("(lower(p.title), p.id) > (:afterTitle, :afterId)");
            params.put("afterTitle", afterTitle);
            params.put("afterId", afterId);
        }
        String sql = "select p.id, lower(p.title) from project p join organization o on o.id = p.organization_id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by lower(p.title), p.id limit :limit";
        params.put("limit", rows);
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        List<String> ids = found.stream().map(row -> (String) row[0]).toList();
        Map<String, Project> loaded = ids.isEmpty() ? Map.of() : Project.<Project>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return found.stream().map(row -> new Hit(loaded.get((String) row[0]), (String) row[1])).toList();
    }

    /** A project found, with its sort key (the title as PostgreSQL lower-cases it) for the next page's cursor. */
    public record Hit(Project project, String sortTitle) {
    }

    /** Filters of a project search; null means "any". */
    public record Criteria(String text, String sector, String country, String organizationId, Boolean crossBorder,
            String status) {
    }
}
