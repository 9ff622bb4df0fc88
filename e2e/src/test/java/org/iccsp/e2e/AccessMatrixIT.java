package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint × every caller, from the one table {@code security/access-matrix.txt}: one test
 * per line and caller ("GET /api/v1/pledges/{pledgeSealedFR} as govGB → 404"), through the
 * gateway, with tokens from the real Keycloak. The table must cover every operation of the merged
 * OpenAPI, so a new endpoint fails this class until its line is added (docs/security-testing.md).
 */
@RealStack
class AccessMatrixIT {
    private static final List<AccessMatrix.Row> ROWS = AccessMatrix.load();
    private static final String BODIES = "security/request-bodies.json";
    private static JsonNode bodies;

    @BeforeAll
    static void readBodies() throws IOException {
        try (InputStream in = AccessMatrixIT.class.getClassLoader().getResourceAsStream(BODIES)) {
            bodies = Http.JSON.readTree(in);
        }
    }

    @Test
    void everyOperationOfTheMergedOpenApiHasALine() {
        List<ApiOperations.Operation> operations = ApiOperations.all();
        List<String> missing = new ArrayList<>();
        for (ApiOperations.Operation op : operations) {
            boolean covered = ROWS.stream().anyMatch(row -> row.method().equals(op.method())
                    && ApiOperations.matching(operations, row.method(), row.path()).filter(op::equals).isPresent());
            if (!covered) {
                missing.add(op + "\n    add to e2e/src/test/resources/" + AccessMatrix.RESOURCE + " a line like:\n    "
                        + AccessMatrix.template(op.method(), op.path()));
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " operation(s) of the merged OpenAPI have no line in the access matrix"
                + " (columns: " + AccessMatrix.header() + "):\n  " + String.join("\n  ", missing));
    }

    @Test
    void everyLineIsAnOperationOfTheMergedOpenApi() {
        List<ApiOperations.Operation> operations = ApiOperations.all();
        List<String> stale = ROWS.stream()
                .filter(row -> ApiOperations.matching(operations, row.method(), row.path()).isEmpty())
                .map(row -> AccessMatrix.RESOURCE + ":" + row.line() + " " + row.describe()).toList();
        assertTrue(stale.isEmpty(), "lines matching no operation of the merged OpenAPI (removed or renamed?):\n  "
                + String.join("\n  ", stale));
    }

    /** The three refused tokens are refused for the reason they stand for, not for some other defect. */
    @Test
    void theRefusedTokensDifferFromAGoodOneOnlyInWhatTheyTest() {
        String good = Callers.ADMIN.token();
        assertEquals(200, Http.call("GET", LocalStack.GATEWAY + "/api/v1/exchange-rates", good, null, null).status());
        JsonNode goodClaims = Callers.claims(good);

        String forged = Callers.FORGED.token();
        assertEquals(Callers.header(good), Callers.header(forged), "the forged token names Keycloak's key (kid)");
        JsonNode keys = Http.get(LocalStack.KEYCLOAK + "/realms/iccsp/protocol/openid-connect/certs").json().get("keys");
        assertTrue(keys.findValuesAsText("kid").contains(Callers.header(forged).get("kid").asText()), "a kid the realm publishes");

        JsonNode expired = Callers.claims(Callers.EXPIRED.token());
        assertTrue(expired.get("exp").asLong() < System.currentTimeMillis() / 1000, "expired");
        assertEquals(goodClaims.get("iss"), expired.get("iss"));
        assertEquals(goodClaims.get("sub"), expired.get("sub"));

        JsonNode other = Callers.claims(Callers.OTHER_AUDIENCE.token());
        assertEquals(goodClaims.get("iss"), other.get("iss"), "same realm, same issuer");
        assertEquals(goodClaims.get("sub"), other.get("sub"));
        assertFalse(other.path("aud").toString().contains(Callers.AUDIENCE), "not for the ICCSP services: " + other.path("aud"));
    }

    /**
     * The calls run on eight threads first (the fixtures they share do not change under them: a line
     * that changes something uses a fresh fixture or repeats an idempotent change); each test then
     * checks its own answer.
     */
    @TestFactory
    Stream<DynamicNode> everyLineForEveryCaller() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        Map<String, Future<Outcome>> outcomes = new HashMap<>();
        for (AccessMatrix.Row row : ROWS) {
            for (Callers caller : AccessMatrix.COLUMNS) {
                outcomes.put(row.line() + caller.column, pool.submit(() -> call(fixtures, row, caller)));
            }
        }
        pool.shutdown();
        return ROWS.stream().map(row -> DynamicContainer.dynamicContainer(row.describe(),
                AccessMatrix.COLUMNS.stream().flatMap(caller -> Stream.of(DynamicTest.dynamicTest(
                        row.method() + " " + row.target() + " as " + caller.column + " → " + row.expected().get(caller),
                        () -> check(row, caller, outcome(outcomes.get(row.line() + caller.column)))),
                        DynamicTest.dynamicTest(row.method() + " " + row.target() + " as " + caller.column
                                + ": the answer is declared in the merged OpenAPI",
                                () -> declared(row, caller, outcome(outcomes.get(row.line() + caller.column))))))));
    }

    private record Outcome(String path, Http.Reply reply) {
    }

    private static Outcome outcome(Future<Outcome> future) throws Throwable {
        try {
            return future.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause(); // a fixture that could not be made, a body that does not exist
        }
    }

    private static Outcome call(SecurityFixtures fixtures, AccessMatrix.Row row, Callers caller) {
        String path = fixtures.resolve(row.target(), caller.refusedEverywhere());
        String body = Optional.ofNullable(row.body()).map(name -> {
            JsonNode json = bodies.get(name);
            if (json == null) {
                fail(AccessMatrix.RESOURCE + ":" + row.line() + ": no body '" + name + "' in " + BODIES);
            }
            return fixtures.resolve(json.toString(), caller.refusedEverywhere());
        }).orElse(null);
        return new Outcome(path, Api.call(caller, row.method(), path, body));
    }

    /**
     * Issue 16's contract check on every answer the matrix receives: its status is declared for the
     * operation in the merged OpenAPI (or a "default" is), and a body comes in a media type declared for
     * that status (errors: application/problem+json).
     */
    private static void declared(AccessMatrix.Row row, Callers caller, Outcome outcome) {
        ApiOperations.Operation op = ApiOperations.matching(ApiOperations.all(), row.method(), row.path()).orElseThrow();
        Http.Reply reply = outcome.reply();
        String where = AccessMatrix.RESOURCE + ":" + row.line() + " " + op + " as " + caller.column + ": ";
        JsonNode responses = op.spec().path("responses");
        String status = String.valueOf(reply.status());
        JsonNode response = responses.has(status) ? responses.get(status) : responses.path("default");
        assertFalse(response.isMissingNode(), () -> where + status + " is not declared (declared: "
                + responses.propertyStream().map(java.util.Map.Entry::getKey).toList() + ")");
        String type = reply.contentType();
        if (!type.isEmpty() && !reply.body().isEmpty()) {
            JsonNode content = response.path("content");
            assertTrue(content.has(type) || content.has("*/*"), () -> where + status + " answered " + type
                    + " but the document declares " + content.propertyStream().map(java.util.Map.Entry::getKey).toList());
        }
    }

    private static void check(AccessMatrix.Row row, Callers caller, Outcome outcome) {
        Http.Reply reply = outcome.reply();
        int expected = row.expected().get(caller);
        assertEquals(expected, reply.status(), () -> AccessMatrix.RESOURCE + ":" + row.line() + " " + row.method() + " "
                + outcome.path() + " as " + caller.column + " (" + caller.user + "): expected " + expected + ", got "
                + reply.status() + " " + reply.body());
        if (reply.status() >= 400) {
            assertEquals("application/problem+json", reply.contentType(),
                    () -> "a refusal is a problem document: " + reply.contentType() + " " + reply.body());
        }
    }
}
