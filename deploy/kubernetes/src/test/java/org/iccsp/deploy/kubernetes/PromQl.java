package org.iccsp.deploy.kubernetes;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough PromQL to tell which metrics an expression reads (no evaluation, no full grammar). */
final class PromQl {
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*\\}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*\\]");
    private static final Pattern LABEL_LIST = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
            "on", "ignoring", "group_left", "group_right", "inf", "nan");

    private PromQl() {
    }

    /** @return the metric names {@code expr} selects: identifiers that are neither functions nor keywords */
    static Set<String> metrics(String expr) {
        String bare = RANGE.matcher(MATCHERS.matcher(STRING.matcher(expr).replaceAll("\"\"")).replaceAll(" ")).replaceAll(" ");
        bare = LABEL_LIST.matcher(bare).replaceAll(" ");
        Set<String> metrics = new TreeSet<>();
        Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            String name = m.group();
            boolean call = bare.substring(m.end()).stripLeading().startsWith("(");
            boolean partOfNumber = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
            if (!call && !partOfNumber && !KEYWORDS.contains(name.toLowerCase())) {
                metrics.add(name);
            }
        }
        return metrics;
    }
}
