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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.charts.CodeLabels;
import org.iccsp.gateway.web.common.Pages;
import org.iccsp.gateway.web.common.PageLinks;

/**
 * The public directory: search with filters, clickable facets (a link adds its value to the filter, a
 * chosen one removes it, each with its count), the number of matches, a sort (best match, name,
 * newest), an organisation's page and its projects.
 */
@Path("/directory")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class DirectoryPages {
    /** The facets the directory counts, and the search filter each one sets. */
    static final List<String> FACETS = List.of("sector", "country", "type", "network");
    static final List<String> SORTS = List.of("relevance", "name", "newest");

    private final DirectoryClient directory;
    private final Pages pages;
    private final Template search;
    private final Template organization;
    private final Template projects;

    public DirectoryPages(@RestClient DirectoryClient directory, Pages pages,
            @Location("directory/search.html") Template search,
            @Location("directory/organization.html") Template organization,
            @Location("directory/projects.html") Template projects) {
        this.directory = directory;
        this.pages = pages;
        this.search = search;
        this.organization = organization;
        this.projects = projects;
    }

    /** One facet value: its label, its count, whether it is a filter now, and the link that adds or removes it. */
    public record FacetValue(String value, String label, long count, boolean chosen, String href) {
    }

    /** A facet's values, under the facet's name. */
    public record Facet(String name, List<FacetValue> values) {
    }

    /** A sort choice: the link that sorts so, and whether it is the current one. */
    public record SortChoice(String sort, String href, boolean chosen) {
    }

    @GET
    @SuppressWarnings("unchecked")
    public Response search(@QueryParam("q") String q, @QueryParam("sector") List<String> sectors,
            @QueryParam("country") String country, @QueryParam("type") List<String> types,
            @QueryParam("network") List<String> networks, @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("q", q == null || q.isBlank() ? List.of() : List.of(q.strip()));
        filters.put("sector", distinct(sectors));
        filters.put("country", country == null || country.isBlank() ? List.of() : List.of(country.strip().toUpperCase()));
        filters.put("type", distinct(types));
        filters.put("network", distinct(networks));
        String text = first(filters.get("q"));
        // best match needs words to match; without them the directory sorts by name
        String chosenSort = sort != null && SORTS.contains(sort) && !("relevance".equals(sort) && text == null) ? sort
                : text == null ? "name" : "relevance";
        filters.put("sort", sort == null ? List.of() : List.of(chosenSort));
        Map<String, Object> page = orEmpty(directory.search(text, filters.get("sector"), first(filters.get("country")),
                filters.get("type"), filters.get("network"), chosenSort, nonBlank(cursor), "true"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.getOrDefault("items", List.of());
        String lang = pages.lang();
        items.forEach(org -> org.put("displayName", displayName(org, lang)));
        Object nextCursor = page.get("nextCursor");
        String nextHref = nextCursor == null ? null : "/directory" + PageLinks.queryString(withCursor(filters, nextCursor));
        List<Map<String, Object>> sectorList = directory.sectors();
        sectorList = sectorList == null ? List.of() : sectorList;
        sectorList.forEach(sector -> sector.put("selected", filters.get("sector").contains(String.valueOf(sector.get("code")))));
        Map<String, Map<String, Object>> counted = (Map<String, Map<String, Object>>) page.getOrDefault("facets", Map.of());
        List<Facet> facets = facets(counted == null ? Map.of() : counted, filters, lang);
        List<SortChoice> sorts = SORTS.stream().filter(s -> text != null || !"relevance".equals(s))
                .map(s -> new SortChoice(s, "/directory" + PageLinks.queryString(with(filters, "sort", List.of(s))),
                        s.equals(chosenSort))).toList();
        boolean filtered = FACETS.stream().anyMatch(f -> !filters.get(f).isEmpty()) || text != null;
        return pages.render(search.data("q", q).data("country", country)
                .data("sectors", sectorList).data("items", items)
                .data("totalText", page.get("total") instanceof Number n
                        ? java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag(lang)).format(n.longValue()) : null)
                .data("facets", facets).data("sorts", sorts).data("sort", chosenSort).data("filtered", filtered)
                .data("nextHref", nextHref));
    }

    @GET
    @Path("{id}")
    public Response organization(@PathParam("id") String id) {
        Map<String, Object> org = orEmpty(directory.organization(id));
        org.put("displayName", displayName(org, pages.lang()));
        return pages.render(organization.data("org", org).data("projectsHref", "/directory/" + PageLinks.encode(id) + "/projects"));
    }

    /** An organisation's projects: its page first (a 404 when the reader may not see it), then the list. */
    @GET
    @Path("{id}/projects")
    public Response projects(@PathParam("id") String id) {
        Map<String, Object> org = orEmpty(directory.organization(id));
        org.put("displayName", displayName(org, pages.lang()));
        List<Map<String, Object>> list = directory.projects(id, 500);
        return pages.render(projects.data("org", org).data("projects", list == null ? List.of() : list)
                .data("orgHref", "/directory/" + PageLinks.encode(id)));
    }

    /**
     * The facets as links: a value not chosen adds itself to its filter (a country replaces the one chosen,
     * the search takes one), a chosen one removes itself; a new filter starts again from the first page.
     */
    static List<Facet> facets(Map<String, Map<String, Object>> counted, Map<String, List<String>> filters, String lang) {
        List<Facet> facets = new ArrayList<>();
        for (String name : FACETS) {
            Map<String, Object> counts = counted.getOrDefault(name, Map.of());
            List<String> chosen = filters.get(name);
            List<FacetValue> values = new ArrayList<>();
            for (String value : chosen) {
                if (!counts.containsKey(value)) {
                    values.add(facetValue(name, value, 0, true, filters, lang)); // a filter that matches nothing stays removable
                }
            }
            counts.forEach((value, count) -> values.add(facetValue(name, value,
                    count instanceof Number n ? n.longValue() : 0, chosen.contains(value), filters, lang)));
            if (!values.isEmpty()) {
                facets.add(new Facet(name, values));
            }
        }
        return facets;
    }

    private static FacetValue facetValue(String facet, String value, long count, boolean chosen,
            Map<String, List<String>> filters, String lang) {
        List<String> now = filters.get(facet);
        List<String> next;
        if (chosen) {
            next = now.stream().filter(v -> !v.equals(value)).toList();
        } else if ("country".equals(facet)) {
            next = List.of(value);
        } else {
            next = new ArrayList<>(now);
            next.add(value);
        }
        String label = switch (facet) {
            case "sector" -> CodeLabels.of(lang, "sector-", value);
            case "type" -> CodeLabels.of(lang, "org-type-", value);
            default -> value;
        };
        return new FacetValue(value, label, count, chosen, "/directory" + PageLinks.queryString(with(filters, facet, next)));
    }

    private static Map<String, List<String>> with(Map<String, List<String>> filters, String name, List<String> values) {
        Map<String, List<String>> next = new LinkedHashMap<>(filters);
        next.put(name, values);
        return next;
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    /** A query value as the pages send it: blank is not sent. */
    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : nonBlank(values.get(0));
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
