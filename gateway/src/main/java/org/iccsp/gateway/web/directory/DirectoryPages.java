package org.iccsp.gateway.web.directory;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.PageLinks;

/** The public directory: search with filters and facets, and an organisation's page. */
@Path("/directory")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DirectoryPages {
    private final DirectoryClient directory;
    private final Pages pages;
    private final Template search;
    private final Template organization;

    public DirectoryPages(@RestClient DirectoryClient directory, Pages pages,
            @Location("directory/search.html") Template search,
            @Location("directory/organization.html") Template organization) {
        this.directory = directory;
        this.pages = pages;
        this.search = search;
        this.organization = organization;
    }

    @GET
    @SuppressWarnings("unchecked")
    public Response search(@QueryParam("q") String q, @QueryParam("sector") List<String> sectors,
            @QueryParam("country") String country, @QueryParam("cursor") String cursor) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("q", q == null ? List.of() : List.of(q.strip()));
        filters.put("sector", sectors);
        filters.put("country", country == null ? List.of() : List.of(country.strip().toUpperCase()));
        Map<String, Object> page = orEmpty(directory.search(first(filters.get("q")), nonBlank(sectors),
                first(filters.get("country")), nonBlank(cursor), "true"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.getOrDefault("items", List.of());
        String lang = pages.lang();
        items.forEach(org -> org.put("displayName", displayName(org, lang)));
        Object nextCursor = page.get("nextCursor");
        String nextHref = nextCursor == null ? null : "/directory" + PageLinks.queryString(withCursor(filters, nextCursor));
        List<Map<String, Object>> sectorList = directory.sectors();
        sectorList = sectorList == null ? List.of() : sectorList;
        sectorList.forEach(sector -> sector.put("selected", sectors.contains(String.valueOf(sector.get("code")))));
        return pages.render(search.data("q", q).data("country", country)
                .data("sectors", sectorList).data("items", items)
                .data("facets", page.getOrDefault("facets", Map.of())).data("nextHref", nextHref));
    }

    @GET
    @Path("{id}")
    @SuppressWarnings("unchecked")
    public Response organization(@PathParam("id") String id) {
        Map<String, Object> org = orEmpty(directory.organization(id));
        org.put("displayName", displayName(org, pages.lang()));
        return pages.render(organization.data("org", org));
    }

    /** A query value as the pages send it: blank is not sent. */
    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : nonBlank(values.get(0));
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? null : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    /** An answer without a body reads as an empty object, as it did. */
    private static Map<String, Object> orEmpty(Map<String, Object> body) {
        return body == null ? new LinkedHashMap<>() : body;
    }

    private static Map<String, List<String>> withCursor(Map<String, List<String>> filters, Object cursor) {
        Map<String, List<String>> next = new LinkedHashMap<>(filters);
        next.put("cursor", List.of(cursor.toString()));
        return next;
    }

    /** The name in the reader's script when the organisation gave one, else its legal name. */
    static String displayName(Map<String, Object> org, String lang) {
        Object localised = switch (lang) {
            case "ar" -> org.get("nameAr");
            case "he" -> org.get("nameHe");
            default -> org.get("nameEn");
        };
        return localised instanceof String name && !name.isBlank() ? name : String.valueOf(org.get("legalName"));
    }
}
