package org.iccsp.platform.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * What every service's OpenAPI document says the same way, so that it matches the answers
 * (registered with {@code mp.openapi.filter} in platform-web's configuration):
 * <ul>
 * <li>every error an operation can answer is declared as {@code application/problem+json} with the
 * {@code Problem} schema: 400, 401, 403 and 500 on every operation, 404 where the path or a
 * query parameter names something, 409 and 422 on writes, 413 and 415 where a body is read;</li>
 * <li>an operation without an explicit {@code @Operation(operationId)} gets one from its method and
 * path ({@code POST /api/v1/organizations} → {@code createOrganization}, {@code GET
 * /api/v1/pledges} → {@code listPledges}); the paths of the services are disjoint, so the ids are
 * unique in the gateway's merged document too;</li>
 * <li>paging and concurrency (docs/errors.md): an operation with a {@code cursor} query parameter declares the
 * {@code Link} header of its 200; an operation with an {@code If-Match} header parameter declares 412 and 428 and
 * the {@code ETag} of its 2xx answers, and the GET of the same path declares the {@code ETag} of its 200;</li>
 * <li>the tags Quarkus makes from class names ({@code OrganizationResource}) become one human tag
 * per collection ({@code Organizations}); its description is {@code iccsp.openapi.tag.<segment>}
 * from the service's configuration when set.</li>
 * </ul>
 */
public class OpenApiConventions implements OASFilter {
    static final String PROBLEM = "Problem";
    /**
     * On a {@code @Schema(extensions = ...)}: the value is any JSON (a stored value returned as it was,
     * {@code @JsonRawValue}); its schema is left without a type.
     */
    public static final String ANY_JSON = "x-iccsp-any-json";
    /**
     * On a {@code @Schema(extensions = ...)} of a {@code BigDecimal} a request reads: a JSON number or a
     * string holding a decimal ({@link StrictJson} accepts both); its schema says {@code type: [string, number]}.
     */
    public static final String DECIMAL = "x-iccsp-decimal";
    private static final String API = "/api/v1/";
    private static final String JSON_NODE = "JsonNode";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(OpenApiConventions::declarePagingAndTags);
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM, problemSchema());
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(schema -> marked(schema, new HashSet<>()));
            Set<Schema> optional = new HashSet<>();
            components.getSchemas().values().forEach(schema -> optionalMayBeNull(schema, optional));
            localDateTime(components.getSchemas().get("LocalDateTime"));
            Schema jsonNode = components.getSchemas().get(JSON_NODE);
            if (jsonNode != null && jsonNode.getProperties() != null && jsonNode.getProperties().containsKey("nodeType")) {
                components.removeSchema(JSON_NODE); // Jackson's JsonNode read as a bean: its $refs became any JSON in marked()
                components.removeSchema(JSON_NODE + "Type");
            }
        }
        Set<String> ids = new HashSet<>();
        Map<String, Tag> tags = new TreeMap<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() != null) {
                ids.add(operation.getOperationId());
            }
        }));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() == null) {
                String id = operationId(method, path);
                for (int n = 2; ids.contains(id); n++) {
                    id = operationId(method, path) + n;
                }
                ids.add(id);
                operation.setOperationId(id);
            }
            Optional<String> collection = collectionOf(path);
            if (collection.isPresent() && (operation.getTags() == null
                    || operation.getTags().stream().allMatch(OpenApiConventions::generated))) {
                String name = human(collection.get());
                operation.setTags(new ArrayList<>(List.of(name)));
                tags.computeIfAbsent(name, n -> OASFactory.createTag().name(n).description(describe(collection.get())));
            }
            declareProblems(method, path, operation);
        }));
        List<Tag> kept = new ArrayList<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().stream().filter(t -> !generated(t.getName()) && !tags.containsKey(t.getName())).forEach(kept::add);
        }
        kept.addAll(tags.values());
        openAPI.setTags(kept.isEmpty() ? null : kept);
    }

    /** Applies {@link #ANY_JSON} and {@link #DECIMAL} wherever they are, properties and items included. */
    private static void marked(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (("#/components/schemas/" + JSON_NODE).equals(schema.getRef())) {
            schema.setRef(null); // a Jackson JsonNode field holds any JSON, not the bean Quarkus describes
        }
        // MicroProfile OpenAPI 4 keeps a schema's extensions among its keywords (get), not in getExtensions()
        if (schema.get(ANY_JSON) != null) {
            schema.setType(null);
            schema.setFormat(null);
        }
        if (schema.get(DECIMAL) != null) {
            schema.setType(new ArrayList<>(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NUMBER)));
            schema.setFormat("decimal");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> marked(property, seen));
        }
        marked(schema.getItems(), seen);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(part -> marked(part, seen));
            }
        }
    }

    /**
     * A property an object schema does not list as {@code required} may be absent or null: the services
     * write a field without a value as {@code null} (and read a {@code null} as no value), so its schema
     * says so: {@code "null"} joins its type (and its enum), a {@code $ref} becomes {@code anyOf: [$ref, null]}.
     */
    private static void optionalMayBeNull(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            schema.getProperties().forEach((name, property) -> {
                if (!required.contains(name)) {
                    nullable(property);
                }
                optionalMayBeNull(property, seen);
            });
        }
        optionalMayBeNull(schema.getItems(), seen);
    }

    private static void nullable(Schema property) {
        if (property.getRef() != null) {
            String ref = property.getRef();
            property.setRef(null);
            property.setAnyOf(new ArrayList<>(List.of(OASFactory.createSchema().ref(ref),
                    OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
        } else if (property.getType() != null && !property.getType().isEmpty() && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        }
    }

    /**
     * A {@code LocalDateTime} is written without an offset ({@code 2030-03-10T09:00:00}), which is not an
     * RFC 3339 {@code date-time}: the schema says what it is, so that clients do not read it as one.
     */
    private static void localDateTime(Schema schema) {
        if (schema != null && "date-time".equals(schema.getFormat())) {
            schema.setFormat("local-date-time");
            schema.setPattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$");
            schema.setDescription("a local date and time, without offset (ISO 8601), in the time zone the resource names");
            schema.setExamples(new ArrayList<>(List.of("2030-03-10T09:00:00")));
        }
    }

    /** Quarkus's automatic tag: the resource class's simple name. */
    private static boolean generated(String tag) {
        return tag.endsWith("Resource");
    }

    private static String describe(String segment) {
        try {
            return ConfigProvider.getConfig().getOptionalValue("iccsp.openapi.tag." + segment, String.class)
                    .orElse(human(segment) + ": " + API + segment + " and what is under it");
        } catch (RuntimeException | LinkageError e) {
            return human(segment) + ": " + API + segment + " and what is under it";
        }
    }

    /** Link on paged lists; ETag, 412 and 428 where If-Match is read, and ETag on the GET of that resource. */
    private static void declarePagingAndTags(PathItem item) {
        boolean tagged = false;
        for (Operation operation : item.getOperations().values()) {
            if (has(operation, org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY, "cursor")) {
                success(operation, "200").forEach(response -> header(response, "Link",
                        "<…&cursor=…>; rel=\"next\" while more rows follow (docs/errors.md, paging)"));
            }
            if (has(operation, org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER, "If-Match")) {
                tagged = true;
                APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
                operation.setResponses(responses);
                if (responses.getAPIResponse("412") == null) {
                    responses.addAPIResponse("412", OASFactory.createAPIResponse()
                            .description("Precondition failed: If-Match names a version that is no longer current"));
                }
                if (responses.getAPIResponse("428") == null) {
                    responses.addAPIResponse("428", OASFactory.createAPIResponse()
                            .description("Precondition required: send If-Match with the ETag you read"));
                }
                success(operation, null).forEach(response -> header(response, "ETag", "the new version's strong entity tag"));
            }
        }
        if (tagged && item.getGET() != null) {
            success(item.getGET(), "200").forEach(response -> header(response, "ETag",
                    "the strong entity tag of this version: send it as If-Match when changing it"));
        }
    }

    private static boolean has(Operation operation, org.eclipse.microprofile.openapi.models.parameters.Parameter.In in,
            String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == in && name.equalsIgnoreCase(p.getName()));
    }

    /** The 2xx responses of an operation (only {@code code} when given). */
    private static List<APIResponse> success(Operation operation, String code) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return List.of();
        }
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .filter(e -> code == null ? e.getKey().startsWith("2") : e.getKey().equals(code))
                .map(Map.Entry::getValue).toList();
    }

    private static void header(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().description(description)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static void declareProblems(PathItem.HttpMethod method, String path, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean body = operation.getRequestBody() != null;
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid request: a parameter or a field of the body (named in errors[].field) is refused");
        problems.put("401", "Unauthenticated: the bearer token is missing where required, expired, forged or for another audience");
        problems.put("403", "Forbidden: the caller's role or claims do not allow this");
        boolean queried = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY);
        if (path.contains("{") || queried) {
            // what the path or a parameter names (?eventId=, an unsubscribe token) may not exist or not be visible
            problems.put("404", "Not found: what the path or a parameter names does not exist or the caller may not see it");
        }
        if (write) {
            problems.put("409", "Conflict with the current state (an illegal transition, a duplicate)");
        }
        if (body) {
            problems.put("413", "The body is larger than the limit");
            problems.put("415", "The body is not of a media type this operation reads");
        }
        if (write) {
            problems.put("422", "Well-formed, but breaks a business rule");
        }
        problems.put("500", "A bug: logged on the server, no detail given");
        // the errors an operation declared itself (409 on a transition, 412...) get the problem content too
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().keySet().stream().filter(code -> code.startsWith("4") || code.startsWith("5"))
                    .forEach(code -> problems.putIfAbsent(code, "See the problem document's detail"));
        }
        problems.forEach((code, description) -> {
            APIResponse response = responses.getAPIResponse(code);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(description);
                responses.addAPIResponse(code, response);
            } else if (response.getDescription() == null || response.getDescription().startsWith("Not ")) {
                response.setDescription(description); // Quarkus's "Not Authorized" / "Not Allowed"
            }
            response.setContent(problemContent());
        });
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("a JSON path into the request body (sectors[0], contacts[1].email) or a parameter's name"))
                .addProperty("message", string)
                .addRequired("field").addRequired("message");
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document (docs/errors.md)")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addRequired("type").addRequired("title").addRequired("status");
    }

    static Optional<String> collectionOf(String path) {
        if (!path.startsWith(API)) {
            return Optional.empty();
        }
        String first = path.substring(API.length()).split("/")[0];
        return first.isEmpty() || first.startsWith("{") ? Optional.empty() : Optional.of(first);
    }

    /**
     * {@code GET /api/v1/organizations} → listOrganizations, {@code GET …/organizations/{id}} →
     * getOrganization, {@code POST …/pledges/{id}/transitions} → createPledgeTransition, {@code POST
     * …/embargoes/{id}/release} → releaseEmbargo, {@code PATCH} → update, {@code PUT} → replace.
     */
    static String operationId(PathItem.HttpMethod method, String path) {
        String rest = path.startsWith(API) ? path.substring(API.length()) : path.replaceFirst("^/", "");
        List<String> segments = new ArrayList<>(List.of(rest.split("/")));
        segments.removeIf(String::isEmpty);
        boolean endsWithParameter = !segments.isEmpty() && segments.get(segments.size() - 1).startsWith("{");
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{")) {
                continue;
            }
            boolean followedByParameter = i + 1 < segments.size() && segments.get(i + 1).startsWith("{");
            boolean last = i == segments.size() - 1;
            literals.add(followedByParameter || last && method != PathItem.HttpMethod.GET ? singular(segment) : segment);
        }
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        String verb;
        if (endsWithParameter) {
            verb = switch (method) {
                case GET -> "get";
                case PATCH -> "update";
                case PUT -> "replace";
                case DELETE -> "delete";
                default -> method.name().toLowerCase(Locale.ROOT);
            };
        } else if (method == PathItem.HttpMethod.POST && segments.size() > 1 && !plural(last)) {
            // an action on a resource: POST /embargoes/{id}/release → releaseEmbargo
            verb = camel(last, false);
            literals.remove(literals.size() - 1);
        } else {
            verb = switch (method) {
                case GET -> plural(last) ? "list" : "get";
                case POST -> "create";
                case PUT -> "replace";
                case PATCH -> "update";
                case DELETE -> "delete";
                default -> method.name().toLowerCase(Locale.ROOT);
            };
            if (method != PathItem.HttpMethod.GET && !literals.isEmpty()) {
                literals.set(literals.size() - 1, plural(last) && method != PathItem.HttpMethod.POST ? last : singular(last));
            }
        }
        StringBuilder id = new StringBuilder(verb);
        literals.forEach(l -> id.append(camel(l, true)));
        return id.toString();
    }

    private static boolean plural(String segment) {
        return segment.endsWith("s") && !segment.endsWith("ss");
    }

    private static String singular(String segment) {
        if (segment.endsWith("ies")) {
            return segment.substring(0, segment.length() - 3) + "y";
        }
        if (segment.endsWith("oes") || segment.endsWith("sses") || segment.endsWith("xes")) {
            return segment.substring(0, segment.length() - 2);
        }
        return plural(segment) ? segment.substring(0, segment.length() - 1) : segment;
    }

    private static String camel(String segment, boolean upperFirst) {
        StringBuilder out = new StringBuilder();
        boolean upper = upperFirst;
        for (char c : segment.toCharArray()) {
            if (c == '-' || c == '_' || c == '.') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** working-groups → Working groups */
    static String human(String segment) {
        String words = segment.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
