package org.iccsp.gateway.web.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iccsp.gateway.web.i18n.NameMessages;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.iccsp.gateway.web.common.UpstreamProblems;

/**
 * An organisation's name in the page's language, for pages that hold only its id (a registration made on its
 * behalf): the directory's name as the reader may see it, or null when the reader may not see it or the
 * directory does not answer (the page then says it is an organisation the reader cannot see, never the id).
 */
@ApplicationScoped
public class OrganisationNames {
    private final DirectoryClient directory;

    public OrganisationNames(@RestClient DirectoryClient directory) {
        this.directory = directory;
    }

    /**
     * The names of the organisations {@code rows} (service answers: maps with an {@code organizationId}) were made
     * for, by id, each looked up once; one the reader may not see is "an organisation you cannot see", never its id.
     */
    public Map<String, String> namesIn(Object rows, String lang) {
        Map<String, String> names = new HashMap<>();
        if (rows instanceof List<?> list) {
            for (Object row : list) {
                if (row instanceof Map<?, ?> map && map.get("organizationId") != null) {
                    names.computeIfAbsent(map.get("organizationId").toString(), id -> {
                        String name = name(id, lang);
                        return name != null ? name
                                : MessageBundles.get(NameMessages.class, Localized.Literal.of(lang)).organisationHidden();
                    });
                }
            }
        }
        return names;
    }

    public String name(Object id, String lang) {
        if (id == null || id.toString().isBlank()) {
            return null;
        }
        try (Response reply = directory.organizationReply(id.toString())) {
            if (!UpstreamProblems.ok(reply)) {
                return null;
            }
            Map<String, Object> org = reply.readEntity(new GenericType<Map<String, Object>>() {
            });
            return org == null ? null : DirectoryPages.displayName(org, lang);
        } catch (ProcessingException | WebApplicationException e) {
            return null;
        }
    }
}
