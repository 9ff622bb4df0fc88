package org.iccsp.directory.hsds.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The HSDS 3.0 objects the directory publishes (Open Referral's Human Services Data Specification,
 * docs/adr/0015): only the properties the platform has a value for, with HSDS's own (snake_case) names.
 * Absent values are left out, never {@code null} (HSDS's JSON Schemas type them as plain strings).
 */
public final class Hsds {
    private Hsds() {
    }

    /** The stable name-based UUID (version 3) of anything the platform names by text; V6 computes the same in SQL. */
    public static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("iccsp:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Schema(name = "HsdsOrganization", description = "An HSDS 3.0 organization: a publicly listed, verified organisation of the directory")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Organization(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @JsonProperty("alternate_name") String alternateName,
            @Schema(required = true, description = "empty when the organisation keeps its description from the public")
            @JsonInclude(JsonInclude.Include.ALWAYS) String description,
            String email, String website,
            @JsonProperty("legal_status") String legalStatus,
            String uri,
            List<Contact> contacts, List<Location> locations,
            @JsonProperty("organization_identifiers") List<Identifier> organizationIdentifiers,
            List<Attribute> attributes,
            @Schema(description = "the organisation's projects as HSDS services (only on one organisation and in the bulk export)")
            List<Service> services) {
    }

    @Schema(name = "HsdsService", description = "An HSDS 3.0 service: one active project of a publicly listed organisation")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Service(
            @Schema(required = true) UUID id,
            @JsonProperty("organization_id") UUID organizationId,
            @Schema(required = true) String name,
            String description,
            @Schema(required = true, enumeration = {"active", "inactive", "defunct", "temporarily closed"}) String status,
            @JsonProperty("last_modified") OffsetDateTime lastModified,
            @JsonProperty("service_areas") List<ServiceArea> serviceAreas,
            List<Attribute> attributes) {
    }

    @Schema(name = "HsdsContact")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Contact(@Schema(required = true) UUID id, @JsonProperty("organization_id") UUID organizationId,
            String name, String title, String email, List<Phone> phones) {
    }

    @Schema(name = "HsdsPhone")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Phone(@Schema(required = true) UUID id, @JsonProperty("contact_id") UUID contactId,
            @Schema(required = true) String number) {
    }

    @Schema(name = "HsdsLocation")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Location(@Schema(required = true) UUID id,
            @Schema(required = true, enumeration = {"physical", "postal", "virtual"}) @JsonProperty("location_type") String locationType,
            @JsonProperty("organization_id") UUID organizationId, String name, String description,
            List<Language> languages) {
    }

    @Schema(name = "HsdsLanguage")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Language(@Schema(required = true) UUID id, @JsonProperty("location_id") UUID locationId, String code) {
    }

    @Schema(name = "HsdsOrganizationIdentifier")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Identifier(@Schema(required = true) UUID id, @JsonProperty("organization_id") UUID organizationId,
            @JsonProperty("identifier_scheme") String identifierScheme,
            @Schema(required = true) @JsonProperty("identifier_type") String identifierType,
            @Schema(required = true) String identifier) {
    }

    @Schema(name = "HsdsServiceArea")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ServiceArea(@Schema(required = true) UUID id, @JsonProperty("service_id") UUID serviceId, String name,
            String description) {
    }

    @Schema(name = "HsdsAttribute", description = "a classification: a sector of the consortium's taxonomy")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Attribute(@Schema(required = true) UUID id, @JsonProperty("link_id") UUID linkId,
            @JsonProperty("link_type") String linkType, @JsonProperty("link_entity") String linkEntity,
            @JsonProperty("taxonomy_term") TaxonomyTerm taxonomyTerm) {
    }

    @Schema(name = "HsdsTaxonomyTerm")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TaxonomyTerm(@Schema(required = true) UUID id, String code, @Schema(required = true) String name,
            @Schema(required = true) String description, String taxonomy, String language) {
    }
}
