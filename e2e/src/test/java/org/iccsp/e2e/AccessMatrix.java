package org.iccsp.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one table of expected statuses, {@code security/access-matrix.txt}: a line per request,
 * a column per caller. Parsing is strict, so a mistyped line fails with its line number.
 */
final class AccessMatrix {
    static final String RESOURCE = "security/access-matrix.txt";
    /** The columns, in {@link Callers} order. */
    static final List<Callers> COLUMNS = Arrays.stream(Callers.values()).filter(Callers::inAccessMatrix).toList();

    private static final Pattern LINE = Pattern.compile("(GET|POST|PUT|PATCH|DELETE)\\s+(/\\S+)(?:\\s+(\\S+))?\\s*\\|(.*)");

    /** One line: the request (path with placeholders, optional body name) and what each caller gets. */
    record Row(int line, String method, String target, String body, Map<Callers, Integer> expected) {
        /** The path without its query, placeholders included: what is matched against the OpenAPI. */
        String path() {
            int query = target.indexOf('?');
            return query < 0 ? target : target.substring(0, query);
        }

        String describe() {
            return method + " " + target + (body == null ? "" : " [" + body + "]");
        }
    }

    private AccessMatrix() {
    }

    static List<Row> load() {
        try (InputStream in = AccessMatrix.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": not 'METHOD /path [body] | statuses': " + line);
            }
            String[] statuses = m.group(4).strip().split("\\s+");
            if (statuses.length != COLUMNS.size()) {
                throw new IllegalArgumentException(RESOURCE + ":" + (i + 1) + ": " + statuses.length + " statuses for "
                        + COLUMNS.size() + " callers (" + header() + "): " + line);
            }
            Map<Callers, Integer> expected = new EnumMap<>(Callers.class);
            for (int c = 0; c < statuses.length; c++) {
                expected.put(COLUMNS.get(c), Integer.parseInt(statuses[c]));
            }
            rows.add(new Row(i + 1, m.group(1), m.group(2), m.group(3), expected));
        }
        return rows;
    }

    /** The column names, as the table's header comment spells them. */
    static String header() {
        return String.join(" ", COLUMNS.stream().map(c -> c.column).toList());
    }

    /** A line to paste for a missing operation, every status still to be decided. */
    static String template(String method, String path) {
        String placeholders = path.replaceAll("\\{([^}]+)}", "{<fixture for $1>}");
        return String.format(Locale.ROOT, "%-6s %s | %s", method, placeholders,
                String.join(" ", COLUMNS.stream().map(c -> c.refusedEverywhere() ? "401" : "???").toList()));
    }
}
