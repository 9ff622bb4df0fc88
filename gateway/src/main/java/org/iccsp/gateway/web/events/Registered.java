package org.iccsp.gateway.web.events;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.iccsp.gateway.web.common.Flash;
import org.iccsp.gateway.web.common.PageLinks;
import org.iccsp.gateway.web.common.Sentences;
import org.iccsp.gateway.web.i18n.ConfirmMessages;

/** Where a registration form (or an invitation's) goes once the events-service took it, saying what became of it. */
final class Registered {
    private Registered() {
    }

    /** To the new registration's page, with its status in words: confirmed, sent for a decision, or waitlisted. */
    static Response redirect(Response reply, Object eventTitle, String lang) {
        Map<String, Object> created = reply.readEntity(new GenericType<Map<String, Object>>() {
        });
        ConfirmMessages m = Sentences.in(lang);
        String pattern = switch (String.valueOf(created.get("status"))) {
            case "confirmed" -> m.registeredConfirmedSaid();
            case "requested" -> m.registeredRequestedSaid();
            case "waitlisted" -> m.registeredWaitlistedSaid();
            default -> m.registeredSaid();
        };
        return Response.seeOther(URI.create("/my/registrations/" + PageLinks.encode(String.valueOf(created.get("id")))))
                .cookie(Flash.say(Sentences.say(pattern, lang, "event", eventTitle))).build();
    }
}
