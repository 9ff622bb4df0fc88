package org.iccsp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iccsp.platform.testing.ProjectLayout;
import org.junit.jupiter.api.Test;

/**
 * Every page and form of the gateway × every caller with a browser session, from one table
 * ({@link PageAccessMatrix}): the page, the redirect to the sign-in page, or the 403/404 page the
 * rules say, never a 5xx; a form a role may not use is refused with the session's valid CSRF fields
 * and changes nothing. {@link #everyPageOfTheGatewayHasALine()} reads the gateway's {@code web/*}
 * resources so that a new page cannot be left out.
 */
@RealStack
class PageAccessMatrixIT {
    private static final Path WEB = ProjectLayout.root().resolve("gateway/src/main/java/org/iccsp/gateway/web");
    private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    private static final String SIGN_IN = LocalStack.KEYCLOAK + "/realms/iccsp/protocol/openid-connect/auth";

    @Test
    void everyPageAndFormAnswersEachCallerAsTheRulesSay() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        List<PageAccessMatrix.Line> lines = PageAccessMatrix.lines();
        Map<Callers, PageSession> sessions = new LinkedHashMap<>();
        for (Callers who : PageAccessMatrix.CALLERS) {
            sessions.put(who, PageSession.of(who));
        }
        List<String> failures = new ArrayList<>();
        int cells = 0;
        int pages = 0;
        int forms = 0;
        for (PageAccessMatrix.Line line : lines) {
            String path = fixtures.resolve(line.path());
            boolean post = line.method().equals("POST");
            if (post) {
                forms++;
            } else {
                pages++;
            }
            String witness = post ? fixtures.resolve(line.witness()) : null;
            JsonNode before = post ? Api.get(Callers.ADMIN, witness) : null;
            for (Callers who : PageAccessMatrix.CALLERS) {
                String expected = line.cell(who);
                if (expected.equals("-")) {
                    continue;
                }
                cells++;
                PageSession session = sessions.get(who);
                Http.Reply reply;
                if (post) {
                    Map<String, String> form = new LinkedHashMap<>(session.csrf());
                    PageAccessMatrix.FORMS.get(line.form()).forEach((k, v) -> form.put(k, fixtures.resolve(v)));
                    reply = session.post(path, form);
                } else {
                    reply = session.get(path);
                }
                String problem = check(expected, reply, path);
                if (problem != null) {
                    failures.add(line.method() + " " + line.path() + " as " + who.column + " (" + who.user + "): expected "
                            + expected + ", " + problem);
                }
            }
            if (post) {
                JsonNode after = Api.get(Callers.ADMIN, witness);
                if (!before.equals(after)) {
                    failures.add(line.method() + " " + line.path() + ": refused posts changed " + witness + "\n  before " + before
                            + "\n  after  " + after);
                }
            }
        }
        System.out.printf("PageAccessMatrixIT: %d pages and %d forms × %d callers: %d cells checked, %d failures%n",
                pages, forms, PageAccessMatrix.CALLERS.size(), cells, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " of " + cells + " page cells failed:\n" + String.join("\n", failures));
    }

    /** null when the answer is the cell's; else what was wrong. */
    private static String check(String expected, Http.Reply reply, String path) {
        String got = "got " + reply.status() + " " + PageSession.header(reply, "location") + " "
                + reply.body().substring(0, Math.min(200, reply.body().length())).replace('\n', ' ');
        if (reply.status() >= 500) {
            return got;
        }
        if (expected.equals("R")) {
            String location = PageSession.header(reply, "location");
            return reply.status() / 100 == 3 && location != null && location.startsWith(SIGN_IN) ? null : got;
        }
        if (reply.status() != Integer.parseInt(expected)) {
            return got;
        }
        if ((reply.status() == 403 || reply.status() == 404) && !path.startsWith("/api/")
                && !reply.contentType().equals("text/html")) {
            return "the refusal is not a page: " + reply.contentType();
        }
        return null;
    }

    /**
     * Each GET and POST of the gateway's page resources ({@code @Path} of the class and the method,
     * read from the sources) has at least one line, and each line is one of them: a new page or form
     * joins the matrix in the same change.
     */
    @Test
    void everyPageOfTheGatewayHasALine() throws IOException {
        TreeSet<String> routes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEB)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Pages.java") || f.toString().endsWith("Page.java")).toList()) {
                routes.addAll(routes(Files.readString(file)));
            }
        }
        assertTrue(routes.size() > 30, "the gateway's page routes were found: " + routes);
        TreeSet<String> covered = new TreeSet<>();
        List<String> strays = new ArrayList<>();
        for (PageAccessMatrix.Line line : PageAccessMatrix.lines()) {
            String path = line.path().split("\\?", 2)[0];
            if (path.startsWith("/api/") || path.equals("/no-such-page") || path.startsWith("/directory/org-")) {
                continue;
            }
            String route = routes.stream().filter(r -> matches(r, line.method(), path)).findFirst().orElse(null);
            if (route == null) {
                strays.add(line.text());
            } else {
                covered.add(route);
            }
        }
        TreeSet<String> missing = new TreeSet<>(routes);
        missing.removeAll(covered);
        System.out.printf("PageAccessMatrixIT: %d page routes of the gateway, %d without a line%n", routes.size(), missing.size());
        assertEquals(List.of(), List.copyOf(missing), "page routes without a line in PageAccessMatrix");
        assertEquals(List.of(), strays, "page matrix lines that are no route of the gateway");
    }

    /** "GET /my/pledges/{id}/edit" for each resource method of a page class. */
    static List<String> routes(String source) {
        List<String> found = new ArrayList<>();
        int classAt = source.indexOf("public class ");
        Matcher classPath = PATH.matcher(source.substring(0, Math.max(0, classAt)));
        String base = classPath.find() ? classPath.group(1) : "";
        String[] lines = source.substring(Math.max(0, classAt)).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String method = lines[i].strip();
            if (!method.equals("@GET") && !method.equals("@POST")) {
                continue;
            }
            String sub = "";
            for (int j = i + 1; j < lines.length && !lines[j].contains(" public ") && !lines[j].strip().startsWith("public "); j++) {
                Matcher m = PATH.matcher(lines[j]);
                if (m.find()) {
                    sub = m.group(1);
                }
            }
            String path = (base + (sub.isEmpty() ? "" : "/" + sub)).replaceAll("//+", "/");
            found.add(method.substring(1) + " " + (path.isEmpty() ? "/" : path));
        }
        return found;
    }

    private static boolean matches(String route, String method, String path) {
        String[] r = route.split(" ", 2);
        if (!r[0].equals(method)) {
            return false;
        }
        String[] want = r[1].split("/");
        String[] got = path.split("/");
        if (want.length != got.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (!want[i].startsWith("{") && !want[i].equals(got[i])) {
                return false;
            }
        }
        return true;
    }
}
