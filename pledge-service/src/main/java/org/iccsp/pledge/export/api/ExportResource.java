package org.iccsp.pledge.export.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iccsp.pledge.export.domain.Flows;
import org.iccsp.pledge.export.domain.IatiWriter;
import org.iccsp.pledge.export.domain.MoneyPath;
import org.iccsp.pledge.export.domain.PublicPledge;
import org.iccsp.pledge.export.domain.PublicPledges;
import org.iccsp.pledge.export.domain.Publisher;
import org.iccsp.platform.web.EntityTags;
import org.iccsp.platform.web.ProblemException;

/**
 * The open data the secretariat publishes (issue 20): IATI 2.03 files and FTS-style flows. Public for everyone and
 * the same for everyone, token or not: only public pledges are read ({@link PublicPledges}). Each answer has a strong
 * {@code ETag} and a {@code Last-Modified} and honours {@code If-None-Match} / {@code If-Modified-Since} (304); the
 * body is streamed as the pledges are read, never built in memory. Parameters are checked before the first byte: a
 * bad one is a 400 problem, never a partial file.
 */
@Path("/api/v1/exports")
public class ExportResource {
    static final String XML = "application/xml";
    static final String CSV = "text/csv";
    static final String JSON = "application/json";

    private final PublicPledges pledges;
    private final ObjectMapper json;
    private final Clock clock;
    private final Publisher publisher;

    public ExportResource(PublicPledges pledges, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "iccsp.iati.reporting-org.ref", defaultValue = "XI-IATI-ICCSP") String ref,
            @ConfigProperty(name = "iccsp.iati.reporting-org.name",
                    defaultValue = "International Consortium for Civil Society Peacebuilding") String name,
            @ConfigProperty(name = "iccsp.iati.reporting-org.type", defaultValue = "40") String type,
            @ConfigProperty(name = "iccsp.iati.recipient-countries", defaultValue = "PS,IL") List<String> countries) {
        this.pledges = pledges;
        this.json = json;
        this.clock = clock;
        this.publisher = new Publisher(ref, name, type, List.copyOf(countries));
    }

    @GET
    @Path("iati/activities.xml")
    @Produces(XML)
    @Operation(summary = "IATI 2.03 activity file of the consortium's public pledges",
            description = "One iati-activity per public pledge (announced or later, every member announced): transactions "
                    + "12 (pledge), 2 (commitment) and 3 (disbursements) per member (ADR 0014). Validates against the "
                    + "IATI 2.03 schema. 404 when no public pledge matches (an IATI file holds at least one activity).")
    @APIResponse(responseCode = "200", description = "The activity file, streamed",
            headers = {@Header(name = "ETag", description = "strong tag of this content", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = "when the public data last changed", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING, description = "an iati-activities document (IATI 2.03)")))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match or If-Modified-Since still holds")
    public Response activities(@Parameter(description = "only pledges whose value date falls in this year")
            @jakarta.ws.rs.QueryParam("year") String year, @Context UriInfo uri, @Context Request request) {
        PublicPledges.Filter filter = new PublicPledges.Filter(year(uri, year), null);
        PublicPledges.Version version = pledges.version(now(), filter);
        if (version.pledges() == 0) {
            throw new ProblemException(org.iccsp.platform.web.Problem.of(404, "Not found", year == null
                    ? "no pledge has been announced yet: an IATI activity file holds at least one activity"
                    : "no announced pledge has a value date in " + year));
        }
        return conditional(request, version, "iati-activities", filter, XML, out -> xml(out, w -> {
            IatiWriter iati = new IatiWriter(w, publisher);
            iati.startActivities(now());
            pledges.forEach(filter, p -> {
                try {
                    iati.activity(p);
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            });
            iati.endDocument();
        }));
    }

    @GET
    @Path("iati/organisations/{memberCode}.xml")
    @Produces(XML)
    @Operation(summary = "IATI 2.03 organisation file of an announced member",
            description = "Its public pledges per year (by value date) as indicative total budgets and its share of their "
                    + "disbursements as total expenditure, in US dollars at each pledge's value-date rate (parts "
                    + "without a rate are left out). 404 for a member that is not announced, exactly as for no member.")
    @APIResponse(responseCode = "200", description = "The organisation file, streamed",
            headers = {@Header(name = "ETag", description = "strong tag of this content", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = "when the public data last changed", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING, description = "an iati-organisations document (IATI 2.03)")))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match or If-Modified-Since still holds")
    public Response organisation(@PathParam("memberCode") String memberCode, @Context UriInfo uri,
            @Context Request request) {
        allowOnly(uri, Set.of());
        if (!memberCode.matches("[A-Z]{2}")) {
            throw ProblemException.invalid("memberCode", "must be a member's code (ISO 3166-1 alpha-2, or EU)");
        }
        String name = pledges.announcedMember(memberCode)
                .orElseThrow(() -> ProblemException.notFound("member", memberCode));
        PublicPledges.Filter filter = new PublicPledges.Filter(null, memberCode);
        PublicPledges.Version version = pledges.version(now(), filter);
        return conditional(request, version, "iati-organisation", filter, XML, out -> xml(out, w -> {
            Map<Integer, BigDecimal[]> years = new TreeMap<>();
            Map<String, Optional<BigDecimal>> rates = new HashMap<>();
            pledges.forEach(filter, p -> {
                for (MoneyPath.PartPath path : MoneyPath.of(p)) {
                    if (!path.part().memberCode().equals(memberCode)) {
                        continue;
                    }
                    Optional<BigDecimal> rate = rates.computeIfAbsent(path.part().currency() + "@" + p.valueDate(),
                            k -> pledges.perUsd(path.part().currency(), p.valueDate()));
                    if (rate.isEmpty()) {
                        continue;
                    }
                    BigDecimal[] year = years.computeIfAbsent(p.valueDate().getYear(),
                            y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    BigDecimal paid = path.paid().stream().map(MoneyPath.Portion::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    year[0] = year[0].add(usd(path.part().amount(), rate.get()));
                    year[1] = year[1].add(usd(paid, rate.get()));
                }
            });
            List<IatiWriter.MemberYear> rows = new ArrayList<>();
            years.forEach((y, v) -> rows.add(new IatiWriter.MemberYear(y, v[0], v[1])));
            new IatiWriter(w, publisher).organisation(memberCode, name, version.modifiedAt(), now(), rows);
        }));
    }

    @GET
    @Path("flows.csv")
    @Produces(CSV)
    @Operation(summary = "FTS-style flows of the public pledges, as CSV",
            description = "One row per flow (RFC 4180, UTF-8, a header row): a member's part of a pledge is pledged while "
                    + "announced; once committed, each disbursed portion is a paid flow to its recipient and the rest one "
                    + "committed flow. Columns as the fields of flows.json; verticals joined with ';'.")
    @APIResponse(responseCode = "200", description = "The flows, streamed",
            headers = {@Header(name = "ETag", description = "strong tag of this content", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = "when the public data last changed", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match or If-Modified-Since still holds")
    public Response flowsCsv(@Parameter(description = "only pledges whose value date falls in this year")
            @jakarta.ws.rs.QueryParam("year") String year, @Context UriInfo uri, @Context Request request) {
        PublicPledges.Filter filter = new PublicPledges.Filter(year(uri, year), null);
        PublicPledges.Version version = pledges.version(now(), filter);
        return conditional(request, version, "flows-csv", filter, CSV + "; charset=UTF-8; header=present", out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csvLine(w, Flows.COLUMNS);
            RateCache rates = new RateCache(pledges);
            pledges.forEach(filter, p -> Flows.of(p, rates::perUsd).forEach(f -> csvLine(w, f.cells())));
            w.flush();
        });
    }

    @GET
    @Path("flows.json")
    @Produces(JSON)
    @Operation(summary = "FTS-style flows of the public pledges, as JSON",
            description = "The rows of flows.csv as a JSON array of objects.")
    @APIResponse(responseCode = "200", description = "The flows, streamed",
            headers = {@Header(name = "ETag", description = "strong tag of this content", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = "when the public data last changed", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FlowView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match or If-Modified-Since still holds")
    public Response flowsJson(@Parameter(description = "only pledges whose value date falls in this year")
            @jakarta.ws.rs.QueryParam("year") String year, @Context UriInfo uri, @Context Request request) {
        PublicPledges.Filter filter = new PublicPledges.Filter(year(uri, year), null);
        PublicPledges.Version version = pledges.version(now(), filter);
        return conditional(request, version, "flows-json", filter, JSON, out -> {
            JsonGenerator g = json.getFactory().createGenerator(out);
            g.writeStartArray();
            RateCache rates = new RateCache(pledges);
            pledges.forEach(filter, p -> Flows.of(p, rates::perUsd).forEach(f -> {
                try {
                    json.writeValue(g, FlowView.of(f));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            g.writeEndArray();
            g.flush();
        });
    }

    /** An export in a format we do not publish: a 400 naming the format, before anything is written. */
    @GET
    @Path("flows.{format}")
    @Operation(hidden = true)
    public Response flowsInOtherFormat(@PathParam("format") String format) {
        throw unknownFormat(format, "csv or json");
    }

    @GET
    @Path("iati/activities.{format}")
    @Operation(hidden = true)
    public Response activitiesInOtherFormat(@PathParam("format") String format) {
        throw unknownFormat(format, "xml");
    }

    @GET
    @Path("iati/organisations/{memberCode}.{format}")
    @Operation(hidden = true)
    public Response organisationInOtherFormat(@PathParam("memberCode") String memberCode,
            @PathParam("format") String format) {
        throw unknownFormat(format, "xml");
    }

    private static ProblemException unknownFormat(String format, String known) {
        return ProblemException.invalid("format", "unknown format " + format + ": this export is published as " + known);
    }

    /** The optional {@code year} (four digits, 2000 to 2100); any other query parameter is refused. */
    static Integer year(UriInfo uri, String year) {
        allowOnly(uri, Set.of("year"));
        if (year == null) {
            return null;
        }
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100) {
            throw ProblemException.invalid("year", "must be a year from 2000 to 2100, such as 2026");
        }
        return Integer.parseInt(year);
    }

    static void allowOnly(UriInfo uri, Set<String> allowed) {
        for (Map.Entry<String, List<String>> p : uri.getQueryParameters().entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw ProblemException.invalid(p.getKey(), "unknown parameter" + (allowed.isEmpty() ? ""
                        : ": this export takes " + String.join(", ", new java.util.TreeSet<>(allowed))));
            }
            if (p.getValue().size() > 1) {
                throw ProblemException.invalid(p.getKey(), "given more than once");
            }
        }
    }

    /** 304 when the client's copy is current, else the streamed body; ETag and Last-Modified on both. */
    private static Response conditional(Request request, PublicPledges.Version version, String export,
            PublicPledges.Filter filter, String type, StreamingOutput body) {
        String tag = EntityTags.ofParts(export, filter.year(), filter.memberCode(), version.digest());
        EntityTag entityTag = new EntityTag(tag.substring(1, tag.length() - 1));
        Date modified = Date.from(version.modifiedAt().toInstant());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, entityTag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(body, type);
        return answer.tag(entityTag).lastModified(modified).header("Cache-Control", "no-cache").build();
    }

    @FunctionalInterface
    interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void xml(OutputStream out, XmlBody body) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            body.write(w);
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void csvLine(Writer w, List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(csvCell(cells.get(i)));
            }
            w.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 quoting; a cell that a spreadsheet would read as a formula is prefixed with an apostrophe. */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static BigDecimal usd(BigDecimal amount, BigDecimal perUsd) {
        return amount.divide(perUsd, MathContext.DECIMAL128);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Rates looked up once per currency and day for one export. */
    private static final class RateCache {
        private final PublicPledges pledges;
        private final Map<String, Optional<BigDecimal>> seen = new HashMap<>();

        RateCache(PublicPledges pledges) {
            this.pledges = pledges;
        }

        Optional<BigDecimal> perUsd(String currency, LocalDate date) {
            return seen.computeIfAbsent(currency + "@" + date, k -> pledges.perUsd(currency, date));
        }
    }
}
