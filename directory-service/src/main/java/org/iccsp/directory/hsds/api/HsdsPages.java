package org.iccsp.directory.hsds.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.iccsp.directory.hsds.domain.Hsds;

/** HSDS 3.0's page of a list (its OpenAPI's {@code Page} with {@code contents}), numbered from 1. */
final class HsdsPages {
    private HsdsPages() {
    }

    @Schema(name = "HsdsOrganizationPage", description = "A page of HSDS organizations (HSDS 3.0 API)")
    record Organizations(@Schema(required = true) @JsonProperty("total_items") long totalItems,
            @Schema(required = true) @JsonProperty("total_pages") long totalPages,
            @Schema(required = true) @JsonProperty("page_number") int pageNumber,
            @Schema(required = true) int size,
            @Schema(required = true) @JsonProperty("first_page") boolean firstPage,
            @Schema(required = true) @JsonProperty("last_page") boolean lastPage,
            @Schema(required = true) boolean empty,
            @Schema(required = true) List<Hsds.Organization> contents) {
        static Organizations of(List<Hsds.Organization> contents, long total, int page, int perPage) {
            long pages = pages(total, perPage);
            return new Organizations(total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(), contents);
        }
    }

    @Schema(name = "HsdsServicePage", description = "A page of HSDS services (HSDS 3.0 API)")
    record Services(@Schema(required = true) @JsonProperty("total_items") long totalItems,
            @Schema(required = true) @JsonProperty("total_pages") long totalPages,
            @Schema(required = true) @JsonProperty("page_number") int pageNumber,
            @Schema(required = true) int size,
            @Schema(required = true) @JsonProperty("first_page") boolean firstPage,
            @Schema(required = true) @JsonProperty("last_page") boolean lastPage,
            @Schema(required = true) boolean empty,
            @Schema(required = true) List<Hsds.Service> contents) {
        static Services of(List<Hsds.Service> contents, long total, int page, int perPage) {
            long pages = pages(total, perPage);
            return new Services(total, pages, page, contents.size(), page == 1, page >= pages, contents.isEmpty(), contents);
        }
    }

    private static long pages(long total, int perPage) {
        return Math.max(1, (total + perPage - 1) / perPage);
    }
}
