package org.iccsp.directory.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iccsp.directory.organization.domain.OrganizationStatus;
import org.iccsp.directory.organization.domain.ProfileMapping;
import org.iccsp.directory.organization.domain.Sector;
import org.iccsp.directory.organization.domain.OrganizationProfile;
import org.iccsp.directory.organization.domain.OrganizationType;
import org.iccsp.directory.organization.persistence.Organization;

/**
 * Seed data: the organisations named in the project's documents (stable ids org-seed-NN) and, for
 * benchmarks, generated organisations (org-gen-NNNNNN) written by one INSERT … SELECT so even
 * 100,000 rows never pass through memory. Both are idempotent. Seed rows are written directly,
 * without events: loading a directory must not send anyone e-mail.
 */
@ApplicationScoped
public class DirectorySeeder {
    static final String SEED_BY = "seed";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Clock clock;

    public DirectorySeeder(EntityManager em, ObjectMapper json, Clock clock) {
        this.em = em;
        this.json = json;
        this.clock = clock;
    }

    /** @return how many documented organisations were added (0 when already seeded) */
    @Transactional
    public int seedDocumented() {
        JsonNode organisations = read("seed/organizations.json").get("organizations");
        OffsetDateTime now = OffsetDateTime.now(clock);
        int added = 0;
        for (int i = 0; i < organisations.size(); i++) {
            String id = "org-seed-%02d".formatted(i + 1);
            if (Organization.findById(id) != null) {
                continue;
            }
            JsonNode source = organisations.get(i);
            Organization org = new Organization();
            org.id = id;
            ProfileMapping.apply(profile(source, id), org);
            org.status = OrganizationStatus.VERIFIED;
            org.createdBy = SEED_BY;
            org.createdAt = now;
            org.updatedAt = now;
            org.persist();
            added++;
        }
        return added;
    }

    /** Adds generated organisations org-gen-000001 … up to count; existing ids are kept. */
    @Transactional
    public int generate(int count) {
        int added = em.createNativeQuery(GENERATE).setParameter("count", count).executeUpdate();
        // fresh statistics at once: without them the planner guesses a few hundred rows per status
        // and picks a plan ten times slower until autovacuum gets round to the table
        em.createNativeQuery("analyze organization").executeUpdate();
        return added;
    }

    private static OrganizationProfile profile(JsonNode source, String id) {
        List<Sector> sectors = new ArrayList<>();
        source.get("sectors").forEach(code -> sectors.add(sector(code.asText())));
        String country = source.get("country").asText();
        List<String> languages = country.startsWith("PS") ? List.of("ar", "en")
                : country.equals("IL") ? List.of("he", "ar", "en") : List.of("en");
        return new OrganizationProfile(source.get("name").asText(), source.get("name").asText(), null, null,
                source.path("description").asText(null), OrganizationType.fromCode(source.get("type").asText()),
                country, null, null, id + "@example.org", sectors.stream().distinct().toList(), languages, List.of(),
                List.of(), List.of(), java.util.Map.of(), true);
    }

    /** The documents say "dialogue"; the taxonomy's code is dialogue-and-reconciliation. */
    private static Sector sector(String code) {
        return "dialogue".equals(code) ? Sector.DIALOGUE_AND_RECONCILIATION : Sector.fromCode(code.toLowerCase(Locale.ROOT));
    }

    private JsonNode read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /**
     * Realistic spread: every combination of a few words in three scripts, 11 types, 10 countries
     * and territories, two sectors each, 1 in 4 in ALLMEP, 1 in 20 pending, 2 in 3 publicly listed,
     * change times spread over the past.
     */
    private static final String GENERATE = """
            insert into organization (id, legal_name, name_en, name_ar, name_he, description, type, country, city,
                contact_email, sectors, languages, networks, status, public_listing, created_by, created_at, updated_at)
            select 'org-gen-' || lpad(cast(g as text), 6, '0'),
                (array['Green', 'Open', 'Bridge', 'Olive', 'River', 'Desert', 'Harmony', 'Shared', 'Future', 'Horizon'])[1 + g % 10]
                    || ' ' || (array['Valley', 'Hills', 'Coast', 'Springs', 'Fields', 'Roots', 'Voices', 'Hands', 'Paths', 'Stones'])[1 + (g / 10) % 10]
                    || ' ' || (array['Network', 'Forum', 'Institute', 'Association', 'Collective', 'Centre', 'Cooperative', 'Foundation', 'Alliance', 'Initiative'])[1 + (g / 100) % 10]
                    || ' ' || g,
                null,
                (array['الزيتون', 'الجسر', 'الأمل', 'النهر', 'الواحة', 'السلام', 'الغد'])[1 + g % 7] || ' ' || g,
                (array['הזית', 'הגשר', 'התקווה', 'הנהר', 'נווה', 'שלום', 'המחר'])[1 + g % 7] || ' ' || g,
                'Generated organisation working on ' || (array['youth dialogue', 'water sharing', 'community health',
                    'music education', 'olive farming', 'start-up mentoring', 'women in science', 'sports for peace'])[1 + (g / 7) % 8],
                (array['ngo', 'social-enterprise', 'educational-institution', 'think-tank', 'hospital', 'sports-club',
                    'cooperative', 'company', 'foundation', 'network', 'other'])[1 + (g / 3) % 11],
                (array['IL', 'PS', 'PS-GZA', 'PS-WBK', 'JO', 'EG', 'US', 'GB', 'FR', 'DE'])[1 + (g / 11) % 10],
                (array['Jerusalem', 'Ramallah', 'Gaza', 'Haifa', 'Nablus', 'Tel Aviv', 'Amman', 'Hebron'])[1 + (g / 17) % 8],
                'contact' || g || '@example.org',
                array[(array['agriculture', 'health', 'education', 'technology', 'environment-and-water', 'arts-and-music',
                        'sports', 'science', 'dialogue-and-reconciliation', 'economic-development', 'humanitarian'])[1 + g % 11],
                      (array['agriculture', 'health', 'education', 'technology', 'environment-and-water', 'arts-and-music',
                        'sports', 'science', 'dialogue-and-reconciliation', 'economic-development', 'humanitarian'])[1 + (g % 11 + 1 + (g / 13) % 10) % 11]],
                case when g % 3 = 0 then array['ar', 'en'] when g % 3 = 1 then array['he', 'en'] else array['he', 'ar', 'en'] end,
                case when g % 4 = 0 then array['ALLMEP'] else cast(array[] as text[]) end,
                case when g % 20 = 0 then 'pending' else 'verified' end,
                g % 3 <> 0,
                'seed-generator',
                now() - g * interval '1 minute',
                now() - g * interval '1 minute'
            from generate_series(1, :count) g
            on conflict (id) do nothing
            """;
}
