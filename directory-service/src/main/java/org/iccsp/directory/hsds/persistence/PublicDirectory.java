package org.iccsp.directory.hsds.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.iccsp.directory.organization.domain.OrganizationLifecycle;
import org.iccsp.directory.organization.domain.OrganizationStatus;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.directory.project.persistence.Project;
import org.iccsp.platform.web.Freshness;

/**
 * The public part of the directory, as the open-data surfaces read it: verified, publicly listed, active
 * organisations and their active projects. Lists are ordered by id (stable); batches are loaded by keyset
 * so that an export never holds more than one batch.
 */
@ApplicationScoped
public class PublicDirectory {
    static final String PUBLIC = "status = ?1 and publicListing = true and lifecycle = ?2";

    private final EntityManager em;

    public PublicDirectory(EntityManager em) {
        this.em = em;
    }

    /** What a conditional GET compares: changes to any organisation or project, and the public counts. */
    public Freshness freshness() {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select max(updated_at) from organization), (select coalesce(sum(version), 0) from organization),
                       (select max(updated_at) from project), (select coalesce(sum(version), 0) from project),
                       (select count(*) from organization where status = 'verified' and public_listing and lifecycle = 'active'),
                       (select count(*) from project where lifecycle = 'active')
                """).getSingleResult();
        OffsetDateTime organizations = toOffset(row[0]);
        OffsetDateTime projects = toOffset(row[2]);
        OffsetDateTime last = organizations == null ? projects
                : projects == null || organizations.isAfter(projects) ? organizations : projects;
        String key = row[0] + "|" + row[1] + "|" + row[2] + "|" + row[3] + "|" + row[4] + "|" + row[5];
        return new Freshness(last == null ? null : last.toInstant(), digest(key));
    }

    public long countOrganizations() {
        return Organization.count(PUBLIC, OrganizationStatus.VERIFIED, OrganizationLifecycle.ACTIVE);
    }

    /** Page {@code page} (1-based) of {@code size} organisations, by id. */
    public List<Organization> organizations(int page, int size) {
        return Organization.<Organization>find(PUBLIC, Sort.by("id"), OrganizationStatus.VERIFIED, OrganizationLifecycle.ACTIVE)
                .page(page - 1, size).list();
    }

    /** The next {@code size} organisations after {@code afterId} (null: from the first), by id. */
    public List<Organization> organizationsAfter(String afterId, int size) {
        if (afterId == null) {
            return Organization.<Organization>find(PUBLIC, Sort.by("id"), OrganizationStatus.VERIFIED,
                    OrganizationLifecycle.ACTIVE).range(0, size - 1).list();
        }
        return Organization.<Organization>find(PUBLIC + " and id > ?3", Sort.by("id"), OrganizationStatus.VERIFIED,
                OrganizationLifecycle.ACTIVE, afterId).range(0, size - 1).list();
    }

    /** The most recent additions to the public directory: by when they were verified (or added verified). */
    public List<Organization> recentlyAdded(int size) {
        return Organization.<Organization>find(PUBLIC + " order by coalesce(reviewedAt, createdAt) desc, id",
                OrganizationStatus.VERIFIED, OrganizationLifecycle.ACTIVE).range(0, size - 1).list();
    }

    /** The public organisation with this HSDS id. */
    public Optional<Organization> organization(UUID hsdsId) {
        List<?> ids = em.createNativeQuery("select id from organization where hsds_id = ?1").setParameter(1, hsdsId)
                .getResultList();
        return ids.stream().map(id -> Organization.<Organization>findById(id)).filter(o -> o != null && isPublic(o))
                .findFirst();
    }

    /** The active project with this HSDS id (whether its organisation is public is the caller's question). */
    public Optional<Project> project(UUID hsdsId) {
        List<?> ids = em.createNativeQuery("select id from project where hsds_id = ?1").setParameter(1, hsdsId)
                .getResultList();
        return ids.stream().map(id -> Project.<Project>findById(id)).filter(p -> p != null && "active".equals(p.lifecycle))
                .findFirst();
    }

    /** The active projects of these organisations, grouped by organisation id, each by title then id. */
    public Map<String, List<Project>> projectsOf(List<String> organizationIds) {
        Map<String, List<Project>> byOrganization = new LinkedHashMap<>();
        organizationIds.forEach(id -> byOrganization.put(id, new ArrayList<>()));
        if (organizationIds.isEmpty()) {
            return byOrganization;
        }
        Project.<Project>list("organizationId in ?1 and lifecycle = 'active' order by lower(title), id", organizationIds)
                .forEach(p -> byOrganization.get(p.organizationId).add(p));
        return byOrganization;
    }

    /** Services: active projects of public organisations ({@code organizationId} null: of all), by id. */
    public long countServices(String organizationId) {
        return Project.count(servicesWhere(organizationId), servicesParameters(organizationId));
    }

    public List<Project> services(String organizationId, int page, int size) {
        return Project.<Project>find(servicesWhere(organizationId), Sort.by("id"), servicesParameters(organizationId))
                .page(page - 1, size).list();
    }

    /** Detaches what a batch loaded, so that a long export does not grow the persistence context. */
    public void clear() {
        Panache.getEntityManager().clear();
    }

    private static String servicesWhere(String organizationId) {
        return "lifecycle = 'active' and organizationId in (select o.id from Organization o where o.status = ?1"
                + " and o.publicListing = true and o.lifecycle = ?2)" + (organizationId == null ? "" : " and organizationId = ?3");
    }

    private static Object[] servicesParameters(String organizationId) {
        return organizationId == null ? new Object[] {OrganizationStatus.VERIFIED, OrganizationLifecycle.ACTIVE}
                : new Object[] {OrganizationStatus.VERIFIED, OrganizationLifecycle.ACTIVE, organizationId};
    }

    private static boolean isPublic(Organization o) {
        return o.status == OrganizationStatus.VERIFIED && o.publicListing && o.lifecycle == OrganizationLifecycle.ACTIVE;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    private static String digest(String key) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
