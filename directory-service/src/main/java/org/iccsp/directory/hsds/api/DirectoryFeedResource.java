package org.iccsp.directory.hsds.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.iccsp.directory.hsds.domain.Hsds;
import org.iccsp.directory.hsds.domain.HsdsMapping;
import org.iccsp.directory.hsds.persistence.PublicDirectory;
import org.iccsp.directory.organization.persistence.Organization;
import org.iccsp.platform.web.Freshness;

/**
 * An Atom feed (RFC 4287) of the latest additions to the public directory: the {@value #ENTRIES}
 * organisations most recently verified (or added verified by the secretariat) that are publicly listed and
 * active, newest first, with only their public fields. Entry ids are the organisations' HSDS ids, so a
 * reader matches them with the HSDS export.
 */
@Path("/api/v1/feeds/directory.atom")
public class DirectoryFeedResource {
    static final int ENTRIES = 50;
    static final String ATOM = "application/atom+xml";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final PublicDirectory directory;
    private final String publicUrl;

    public DirectoryFeedResource(PublicDirectory directory,
            @ConfigProperty(name = "iccsp.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.directory = directory;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    private record Entry(String id, Hsds.Organization organization, OffsetDateTime added) {
    }

    @GET
    @Produces(ATOM)
    @Operation(operationId = "directoryAtomFeed", summary = "Atom feed of the latest public, verified organisations (CC BY 4.0)")
    @APIResponse(responseCode = "200", description = "The feed, newest first",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING, description = "an Atom 1.0 feed")))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the client sent")
    public Response feed(@Context UriInfo uri, @Context Request request) {
        Freshness.onlyParameters(uri);
        Freshness freshness = QuarkusTransaction.requiringNew().call(directory::freshness);
        return freshness.notModified(request).orElseGet(() -> {
            List<Entry> entries = QuarkusTransaction.requiringNew().call(() -> directory.recentlyAdded(ENTRIES).stream()
                    .map(o -> new Entry(o.id, HsdsMapping.organization(o, null), added(o))).toList());
            return freshness.validators(Response.ok((StreamingOutput) out -> write(out, entries, freshness),
                    ATOM + "; charset=UTF-8")).build();
        });
    }

    private static OffsetDateTime added(Organization o) {
        return o.reviewedAt != null ? o.reviewedAt : o.createdAt;
    }

    private void write(OutputStream out, List<Entry> entries, Freshness freshness) throws java.io.IOException {
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "id", "urn:iccsp:feeds:directory");
            element(xml, "title", "ICCSP directory: new organisations");
            element(xml, "updated", time(freshness.lastModified().atOffset(ZoneOffset.UTC)));
            link(xml, "self", publicUrl + "/api/v1/feeds/directory.atom", "application/atom+xml");
            link(xml, "alternate", publicUrl + "/directory", "text/html");
            element(xml, "rights", "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)");
            xml.writeStartElement("author");
            element(xml, "name", "ICCSP secretariat");
            xml.writeEndElement();
            for (Entry entry : entries) {
                Hsds.Organization o = entry.organization();
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + o.id());
                element(xml, "title", o.name());
                element(xml, "updated", time(entry.added()));
                element(xml, "published", time(entry.added()));
                link(xml, "alternate", publicUrl + "/directory/" + URLEncoder.encode(entry.id(), StandardCharsets.UTF_8), "text/html");
                link(xml, "related", publicUrl + "/api/v1/hsds/organizations/" + o.id(), "application/json");
                if (o.attributes() != null) {
                    for (Hsds.Attribute sector : o.attributes()) {
                        xml.writeEmptyElement("category");
                        xml.writeAttribute("term", sector.taxonomyTerm().code());
                        xml.writeAttribute("label", sector.taxonomyTerm().name());
                        xml.writeAttribute("scheme", "urn:iccsp:sectors");
                    }
                }
                if (!o.description().isEmpty()) {
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "text");
                    xml.writeCharacters(o.description());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new java.io.IOException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String time(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
