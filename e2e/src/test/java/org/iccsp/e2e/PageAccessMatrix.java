package org.iccsp.e2e;

import static org.iccsp.e2e.Callers.ADMIN;
import static org.iccsp.e2e.Callers.ANONYMOUS;
import static org.iccsp.e2e.Callers.CSO_A;
import static org.iccsp.e2e.Callers.CSO_B;
import static org.iccsp.e2e.Callers.GOV_FR;
import static org.iccsp.e2e.Callers.GOV_GB;
import static org.iccsp.e2e.Callers.ORGANISER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages' access matrix (issue 17): every page and form the gateway serves ({@code web/*}, and
 * the notification-service's unsubscribe page through the gateway) × every caller with a browser
 * session ({@link PageSession}: signed in at Keycloak's login form, cookies kept). A cell is
 * <ul>
 * <li>{@code 200}, {@code 303}, {@code 403}, {@code 404}: that status (403 and 404 are the gateway's
 * error pages in the layout);</li>
 * <li>{@code R}: a redirect to Keycloak's sign-in page (anonymous on a page that needs a session);</li>
 * <li>{@code -}: not sent (a form the caller may use: sending it would change the fixtures).</li>
 * </ul>
 * A POST line is a form sent with the session's own CSRF fields (so a refusal is the role's, not
 * the CSRF check's); {@code witness} is an API read (as an admin) that must answer the same before
 * and after the line's refused posts: nothing changed.
 * <p>
 * Expected statuses follow the rules: the gateway checks no role, a page shows what the services
 * answer the person (their 403/404 become the 403/404 page), so a page mirrors the API matrix's
 * line for what it reads or sends (e.g. {@code /my/pledges/{pledgeSealedFR}} is a 404 to all but gov-fr
 * and admins; a CSO's transition of any pledge is the API's 403, which tells nothing of the pledge). Pages that only show what the caller may read anyway and forms the service refuses on
 * submission ({@code /organiser}, {@code /organiser/new-event}, {@code /my/pledges/new}) answer 200
 * to every signed-in caller, as the gateway's README says.
 */
final class PageAccessMatrix {
    static final List<Callers> CALLERS = List.of(ANONYMOUS, CSO_A, CSO_B, GOV_GB, GOV_FR, ORGANISER, ADMIN);

    /** method, path, [form], [witness=api path], then one cell per caller in {@link #CALLERS} order. */
    static final String TABLE = """
            # method path                                               [form]        | anon csoA csoB govGB govFR org admin
            GET  /                                                                    | 200 200 200 200 200 200 200
            GET  /login                                                               | R   303 303 303 303 303 303
            GET  /logout                                                              | 200 200 200 200 200 200 200
            GET  /no-such-page                                                        | 404 404 404 404 404 404 404
            GET  /directory                                                           | 200 200 200 200 200 200 200
            GET  /data                                                                | 200 200 200 200 200 200 200
            GET  /directory?q=peace&sector=education&country=PS                       | 200 200 200 200 200 200 200
            GET  /directory?sort=newest&type=ngo&sector=health                        | 200 200 200 200 200 200 200
            GET  /directory/{orgA}                                                    | 200 200 200 200 200 200 200
            GET  /directory/{orgB}                                                    | 404 404 200 200 200 200 200
            GET  /directory/{orgA}/projects                                           | 200 200 200 200 200 200 200
            GET  /directory/{orgB}/projects                                           | 404 404 200 200 200 200 200
            GET  /directory/org-9999/projects                                         | 404 404 404 404 404 404 404
            GET  /directory/org-9999                                                  | 404 404 404 404 404 404 404
            GET  /events                                                              | 200 200 200 200 200 200 200
            GET  /events/{eventPublic}                                                | 200 200 200 200 200 200 200
            GET  /events/{eventMembers}                                               | 404 404 404 200 200 200 200
            GET  /events/{eventInvitation}                                            | 404 404 404 404 404 200 200
            GET  /events/{eventPublic}/register                                       | R   200 200 200 200 200 200
            GET  /events/{eventMembers}/register                                      | R   404 404 200 200 200 200
            GET  /events/{eventInvitation}/register                                   | R   404 404 404 404 200 200
            GET  /funding                                                             | 200 200 200 200 200 200 200
            GET  /funding?groupBy=member&currency=EUR                                 | 200 200 200 200 200 200 200
            GET  /funding?groupBy=year&year=2026                                      | 200 200 200 200 200 200 200
            GET  /funding/pledges                                                     | 200 200 200 200 200 200 200
            GET  /funding/pledges?groupBy=member&key=GB&currency=EUR&year=2026        | 200 200 200 200 200 200 200
            GET  /announcements                                                       | 200 200 200 200 200 200 200
            GET  /announcements/{announcementGB}                                      | 404 404 404 404 404 404 404
            GET  /announcements/announcement-none                                     | 404 404 404 404 404 404 404
            GET  /my/registrations                                                    | R   200 200 200 200 200 200
            GET  /my/registrations?status=confirmed                                   | R   200 200 200 200 200 200
            GET  /my/registrations/{regAlice}                                         | R   200 404 404 404 200 200
            GET  /my/registrations/{regAlice}/invite.ics                              | R   200 404 404 404 200 200
            GET  /my/registrations/{regAlice}/letter.pdf                              | R   200 404 404 404 200 200
            GET  /my/pledges                                                          | R   200 200 200 200 200 200
            GET  /my/pledges?status=submitted                                         | R   200 200 200 200 200 200
            GET  /my/pledges/new                                                      | R   200 200 200 200 200 200
            GET  /my/pledges/{pledgeAnnouncedGB}                                      | R   200 200 200 200 200 200
            GET  /my/pledges/{pledgeDraftGB}                                          | R   404 404 200 404 200 200
            GET  /my/pledges/{pledgeSealedFR}                                         | R   404 404 404 200 404 200
            GET  /my/pledges/{pledgeDraftGB}/edit                                     | R   404 404 200 404 200 200
            GET  /my/pledges/{pledgeSealedFR}/edit                                    | R   404 404 404 200 404 200
            GET  /my/organization                                                     | R   200 200 404 404 404 404
            GET  /organiser                                                           | R   200 200 200 200 200 200
            GET  /organiser/new-event                                                 | R   200 200 200 200 200 200
            GET  /organiser/events/{eventPublic}                                      | R   403 403 403 403 200 200
            GET  /organiser/events/{eventInvitation}                                  | R   404 404 404 404 200 200
            GET  /organiser/events/{eventPublic}/sessions/{sessionPublic}             | R   403 403 403 403 200 200
            GET  /organiser/events/{eventPublic}?cursor=bm90LWEtY3Vyc29y               | R   403 403 403 403 400 400
            GET  /organiser/events/{eventPublic}/check-in                             | R   403 403 403 403 200 200
            GET  /organiser/events/{eventPublic}/check-in?q=matrix                    | R   403 403 403 403 200 200
            GET  /organiser/events/{eventInvitation}/check-in                         | R   404 404 404 404 200 200
            GET  /organiser/events/{eventPublic}/registrations/{regAlice}/reject      | R   403 403 403 403 200 200
            GET  /admin/verification                                                  | R   403 403 403 403 403 200
            GET  /admin/embargoes                                                     | R   403 403 200 200 200 200
            GET  /admin/embargoes/{embargoSeal}/release                               | R   403 403 403 403 403 200
            GET  /my/registrations/{regAlice}/cancel                                  | R   200 404 404 404 200 200
            GET  /my/registrations/{regAlice}/sessions/{sessionPublic}/leave          | R   200 404 404 404 200 200
            GET  /my/pledges/{pledgeDraftGB}/withdraw                                 | R   404 404 200 404 200 200
            GET  /my/pledges/{pledgeSealedFR}/withdraw                                | R   404 404 404 200 404 200
            GET  /invitations/accept                                                  | R   404 404 404 404 404 404
            GET  /api/v1/preferences/unsubscribe?token=not-a-token&category=directory  | 404 404 404 404 404 404 404
            POST /admin/verification/{orgA}                  verify     witness=/api/v1/organizations/{orgA}          | R 403 403 403 403 403 -
            POST /admin/embargoes                            embargo    witness=/api/v1/embargoes                     | R 403 403 403 403 403 -
            POST /admin/embargoes/{embargoSeal}/release      empty      witness=/api/v1/embargoes/{embargoSeal}       | R 403 403 403 403 403 -
            POST /my/pledges                                 pledge     witness=/api/v1/pledges?limit=500             | R 403 403 -   -   403 -
            POST /my/pledges/{pledgeDraftGB}/edit            pledgeEdit witness=/api/v1/pledges/{pledgeDraftGB}       | R 403 403 -   404 403 -
            POST /my/pledges/{pledgeDraftGB}/transitions     submit     witness=/api/v1/pledges/{pledgeDraftGB}       | R 403 403 -   404 403 -
            POST /my/pledges/{pledgeSealedFR}/transitions    announce   witness=/api/v1/pledges/{pledgeSealedFR}      | R 403 403 404 -   404 -
            POST /my/registrations/{regAlice}/cancel         empty      witness=/api/v1/registrations/{regAlice}      | R -   404 404 404 -   -
            POST /my/registrations/{regAlice}/sessions/{sessionPublic}/leave empty witness=/api/v1/events/{eventPublic}/sessions/{sessionPublic}/participants | R - 404 404 404 - -
            POST /my/organization/register                   profile    witness=/api/v1/organizations?limit=100       | R 409 409 404 404 404 -
            POST /my/registrations/{regAlice}/accept         empty      witness=/api/v1/registrations/{regAlice}      | R -   404 404 404 -   -
            POST /my/registrations/{regAlice}/sessions/{sessionOpen}/join empty witness=/api/v1/events/{eventPublic}/sessions/{sessionOpen}/participants | R - 404 404 404 - -
            POST /logout                                     empty      witness=/api/v1/sectors                       | 303 - -   -   -   -   -
            POST /my/organization                            profile    witness=/api/v1/organizations?limit=100       | R -   -   404 404 404 404
            POST /organiser/new-event                        event      witness=/api/v1/events?limit=200              | R 403 403 403 403 -   -
            POST /organiser/events/{eventPublic}/sessions    session    witness=/api/v1/events/{eventPublic}/sessions | R 403 403 403 403 -   -
            POST /organiser/events/{eventPublic}/invitations invite     witness=/api/v1/events/{eventPublic}/invitations | R 403 403 403 403 - -
            POST /organiser/events/{eventPublic}/cancel      empty      witness=/api/v1/events/{eventPublic}          | R 403 403 403 403 -   -
            POST /organiser/events/{eventPublic}/registrations/{regAlice}/decision decision witness=/api/v1/registrations/{regAlice} | R 403 403 403 403 - -
            POST /organiser/events/{eventPublic}/sessions/{sessionPublic}/participants/{regAlice}/check-in empty witness=/api/v1/events/{eventPublic}/sessions/{sessionPublic}/participants | R 403 403 403 403 - -
            POST /organiser/events/{eventPublic}/registrations/{regAlice}/reject empty witness=/api/v1/registrations/{regAlice} | R 403 403 403 403 - -
            POST /organiser/events/{eventPublic}/check-in/{regAlice} empty  witness=/api/v1/registrations/{regAlice}      | R 403 403 403 403 - -
            POST /organiser/events/{eventPublic}/check-in/{regAlice}/undo empty witness=/api/v1/registrations/{regAlice} | R 403 403 403 403 - -
            POST /organiser/events/{eventPublic}/walk-ins     walkIn     witness=/api/v1/events/{eventPublic}/registrations | R 403 403 403 403 - -
            POST /events/{eventInvitation}/register          register   witness=/api/v1/events/{eventInvitation}/registrations | R 404 404 404 404 - -
            POST /events/{eventMembers}/register             register   witness=/api/v1/events/{eventMembers}/registrations | R 404 404 - - - -
            POST /invitations/accept                         invitation witness=/api/v1/events/{eventInvitation}/registrations | R 404 404 404 404 - -
            """;

    /** The form fields each named form sends (besides the CSRF fields); {fixtures} are resolved. */
    static final Map<String, Map<String, String>> FORMS = forms();

    record Line(String method, String path, String form, String witness, List<String> cells, String text) {
        String cell(Callers who) {
            return cells.get(CALLERS.indexOf(who));
        }
    }

    private PageAccessMatrix() {
    }

    static List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        for (String raw : TABLE.lines().toList()) {
            String text = raw.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] halves = text.split("\\|");
            String[] request = halves[0].strip().split("\\s+");
            List<String> cells = List.of(halves[1].strip().split("\\s+"));
            if (cells.size() != CALLERS.size()) {
                throw new IllegalStateException("a page matrix line needs " + CALLERS.size() + " cells: " + text);
            }
            String form = null;
            String witness = null;
            for (int i = 2; i < request.length; i++) {
                if (request[i].startsWith("witness=")) {
                    witness = request[i].substring("witness=".length());
                } else {
                    form = request[i];
                }
            }
            if (request[0].equals("POST") && (form == null || witness == null || !FORMS.containsKey(form))) {
                throw new IllegalStateException("a POST line names a form of FORMS and a witness: " + text);
            }
            lines.add(new Line(request[0], request[1], form, witness, cells, text));
        }
        return lines;
    }

    private static Map<String, Map<String, String>> forms() {
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        forms.put("empty", Map.of());
        forms.put("verify", Map.of("decision", "reject", "reason", "page matrix"));
        forms.put("embargo", Map.of("name", "page-matrix-{uniq}"));
        forms.put("pledge", Map.of("amount", "250,000", "currency", "EUR", "valueDate", "2026-06-01",
                "target-kind", "cso-project", "target-ref", "page-matrix", "target-name", "Page matrix {uniq}",
                "idempotencyKey", "{uniq}-page-matrix"));
        forms.put("pledgeEdit", Map.of("amount", "999", "currency", "GBP", "valueDate", "2026-06-01"));
        forms.put("submit", Map.of("action", "submit"));
        forms.put("announce", Map.of("action", "announce"));
        forms.put("profile", Map.of("legalName", "Page matrix {uniq}", "type", "ngo", "country", "PS",
                "contactEmail", "page-matrix-{uniq}@example.org", "sectors", "education"));
        forms.put("event", Map.of("title", "Page matrix {uniq}", "kind", "convening", "venue", "Jericho",
                "timeZone", "Asia/Hebron", "startsAt", "2030-05-01T09:00", "endsAt", "2030-05-01T17:00",
                "visibility", "public", "capacity", "20"));
        forms.put("session", Map.of("session-title", "Page matrix {uniq}", "session-kind", "session",
                "session-audience", "mixed", "session-room", "B", "session-startsAt", "2030-03-10T12:00",
                "session-endsAt", "2030-03-10T13:00", "session-capacity", "10"));
        forms.put("invite", Map.of("email", "page-matrix-{uniq}@example.org"));
        forms.put("decision", Map.of("decision", "waitlist")); // "reject" goes to its confirmation page first
        forms.put("walkIn", Map.of("name", "Page matrix {uniq}", "affiliation", "Page matrix forum"));
        forms.put("register", Map.of("name", "Page matrix {uniq}"));
        forms.put("invitation", Map.of("token", "not-a-token", "event", "{eventInvitation}", "name", "Page matrix {uniq}"));
        return forms;
    }
}
