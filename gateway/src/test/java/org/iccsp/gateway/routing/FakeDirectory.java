package org.iccsp.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The stand-in directory-service: a search page, two organisations, the sector list, the verification
 * queue, and a CSO's own profile ({@code org-cso}) that merge patches change, refusing what the real
 * service refuses, naming the field. {@code org-new} is not registered until a CSO registers it.
 */
class FakeDirectory implements FakeUpstreams.Canned {
    /** The profile a CSO user edits, as the stand-in keeps it. */
    private final JsonObject ownProfile = new JsonObject().put("id", "org-cso").put("legalName", "Olive Branch")
            .put("nameEn", "Olive Branch").put("type", "ngo").put("country", "PS").put("city", "Ramallah")
            .put("contactEmail", "info@olive.example").put("sectors", new JsonArray().add("health"))
            .put("contacts", new JsonArray().add(new JsonObject().put("name", "Rana <R>").put("role", "director")))
            .put("status", "verified").put("publicListing", false).put("visibility", new JsonObject().put("city", "members"));
    /** The organisation a CSO registers through the pages (null until then). */
    private volatile JsonObject registered;

    @Override
    public Object answer(HttpServerRequest req, String body) {
        String method = req.method().name();
        if (method.equals("GET") && req.path().equals("/api/v1/projects") && req.getParam("limit") != null) {
            // the pledge form's target picker (it asks with a limit; the proxy tests use the echo of other calls)
            return new JsonArray().add(new JsonObject().put("id", "prj-wells").put("organizationId", "org-1")
                    .put("title", "Wells for Jenin").put("status", "active"));
        }
        if (method.equals("POST") && req.path().equals("/api/v1/organizations/org-p/verification")) {
            JsonObject review = new JsonObject(body);
            return "reject".equals(review.getString("decision")) && review.getString("reason") == null
                    ? FakeUpstreams.Reply.refusal(400, "reason", "a rejection needs a reason")
                    : FakeUpstreams.Reply.json(200, review.put("id", "org-p").put("legalName", "Pending <Org>"));
        }
        if (method.equals("POST") && req.path().equals("/api/v1/organizations") && body.contains("\"sectors\"")) {
            return register(new JsonObject(body));
        }
        if (method.equals("PATCH") && req.path().equals("/api/v1/organizations/org-cso")) {
            return edit(new JsonObject(body));
        }
        if (!method.equals("GET")) {
            return null;
        }
        if (req.path().equals("/api/v1/organizations/org-cso")) {
            return ownProfile;
        }
        if (req.path().equals("/api/v1/organizations/org-garbled")) {
            return new FakeUpstreams.Reply(200, "application/json", "{\"id\": \"org-garbled\", no JSON");
        }
        if (req.path().equals("/api/v1/organizations/org-echo")) {
            // what the page's call carried, shown back as the description
            String auth = req.getHeader("Authorization");
            return new JsonObject().put("id", "org-echo").put("legalName", "Echo").put("type", "ngo").put("country", "PS")
                    .put("description", "request=" + req.getHeader("X-Request-Id") + " bearer="
                            + (auth != null && auth.startsWith("Bearer ") && auth.length() > 20));
        }
        if (req.path().equals("/api/v1/organizations/org-new")) {
            return registered == null ? (Object) 404 : registered;
        }
        // what the real directory refuses in a search (its 400 problem naming the query parameter)
        if (req.path().equals("/api/v1/organizations") && req.getParam("country") != null
                && !req.getParam("country").matches("[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?")) {
            return FakeUpstreams.Reply.refusal(400, "country", "unknown ISO 3166 country or territory " + req.getParam("country"));
        }
        if (req.path().equals("/api/v1/organizations") && req.getParam("cursor") != null && !req.getParam("cursor").startsWith("c")) {
            return FakeUpstreams.Reply.refusal(400, "cursor", "is not a cursor this service issued");
        }
        if (req.path().equals("/api/v1/organizations") && "false".equals(req.getParam("verified"))) {
            return new JsonObject().put("items", new JsonArray().add(new JsonObject().put("id", "org-p")
                    .put("legalName", "Pending <Org>").put("country", "IL").put("status", "pending")));
        }
        return switch (req.path()) {
            case "/q/openapi" -> FakeUpstreams.openApi("/api/v1/organizations",
                    new JsonObject().put("title", new JsonObject().put("type", "string")),
                    new JsonObject().put("Organization", new JsonObject().put("type", "object")));
            case "/api/v1/organizations" -> new JsonObject()
                    .put("items", new JsonArray()
                            .add(new JsonObject().put("id", "org-1").put("legalName", FakeUpstreams.HOSTILE_NAME)
                                    .put("nameAr", "سلام").put("type", "ngo").put("country", "PS")
                                    // the search words the service received, shown back as the city
                                    .put("city", String.valueOf(req.getParam("q"))))
                            .add(new JsonObject().put("id", "org-2").put("legalName", "Second Org")
                                    .put("type", "think-tank").put("country", "IL")))
                    .put("nextCursor", "c2")
                    .put("total", 1234)
                    // the sort the service was asked for, shown back as a type's facet
                    .put("facets", new JsonObject().put("sector", new JsonObject().put("health", 7).put("education", 3))
                            .put("type", new JsonObject().put("ngo", 9).put("sort-" + req.getParam("sort"), 1))
                            .put("network", new JsonObject())); // no organisation names a network: no heading
            case "/api/v1/sectors" -> new JsonArray()
                    .add(new JsonObject().put("code", "health").put("label", "Health"))
                    .add(new JsonObject().put("code", "education").put("label", "Education"));
            case "/api/v1/organizations/org-1" -> new JsonObject().put("id", "org-1").put("legalName", FakeUpstreams.HOSTILE_NAME)
                    .put("nameHe", "שלום").put("type", "ngo").put("country", "PS-GZA").put("status", "verified")
                    .put("sectors", new JsonArray().add("health").add("education"))
                    .put("description", "Works <b>across</b> borders");
            case "/api/v1/projects/large" -> FakeUpstreams.Chunked.jsonArrayOf(120_000);
            case "/api/v1/organizations/org-1/projects" -> new JsonArray()
                    .add(new JsonObject().put("id", "prj-1").put("organizationId", "org-1").put("title", "Clinics <north>")
                            .put("description", "Mobile clinics").put("sectors", new JsonArray().add("health"))
                            .put("country", "PS").put("city", "Jenin").put("crossBorder", true)
                            .put("beneficiariesPerYear", 1200).put("startDate", "2026-01-01").put("status", "active"));
            case "/api/v1/organizations/org-2/projects" -> new JsonArray();
            case "/api/v1/organizations/hidden" -> 404;
            case "/api/v1/organizations/forbidden" -> 403;
            default -> null;
        };
    }

    /** A merge patch of the own profile, refused naming the field as the real service does. */
    private Object edit(JsonObject patch) {
        String website = patch.getString("website");
        if (website != null && !website.startsWith("http")) {
            return FakeUpstreams.Reply.refusal(400, "website", "must be an http(s) URL");
        }
        JsonArray contacts = patch.getJsonArray("contacts", new JsonArray());
        for (int i = 0; i < contacts.size(); i++) {
            String email = contacts.getJsonObject(i).getString("email");
            if (email != null && !email.contains("@")) {
                return FakeUpstreams.Reply.refusal(400, "contacts[" + i + "].email", "must be a well-formed email address");
            }
        }
        JsonArray languages = patch.getJsonArray("languages", new JsonArray());
        for (int i = 0; i < languages.size(); i++) {
            if (languages.getString(i).length() != 2) {
                return FakeUpstreams.Reply.refusal(400, "languages[" + i + "]", "unknown ISO 639-1 language " + languages.getString(i));
            }
        }
        patch.forEach(field -> {
            if (field.getValue() == null) {
                ownProfile.remove(field.getKey());
            } else {
                ownProfile.put(field.getKey(), field.getValue());
            }
        });
        return FakeUpstreams.Reply.json(200, ownProfile);
    }

    private Object register(JsonObject profile) {
        if (profile.getJsonArray("sectors", new JsonArray()).isEmpty()) {
            return FakeUpstreams.Reply.refusal(400, "sectors", "size must be between 1 and 11");
        }
        registered = profile.put("id", "org-new").put("status", "pending");
        return FakeUpstreams.Reply.json(201, registered);
    }
}
