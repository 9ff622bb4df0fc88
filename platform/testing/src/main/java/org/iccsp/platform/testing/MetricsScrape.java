package org.iccsp.platform.testing;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a Prometheus text exposition ({@code /q/metrics}), read as a test would read a
 * dashboard: the value of a series, or of the sum of the series matching some labels.
 */
public final class MetricsScrape {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+(\\S+)(\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private MetricsScrape(List<Sample> samples) {
        this.samples = samples;
    }

    /** Scrapes {@code /q/metrics} of the application under test, on its management interface. */
    public static MetricsScrape now() {
        return parse(given().when().get(Management.url("/metrics")).then().statusCode(200).extract().asString());
    }

    public static MetricsScrape parse(String exposition) {
        return new MetricsScrape(exposition.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(MetricsScrape::sample).toList());
    }

    private static Sample sample(String line) {
        int exemplar = line.indexOf(" # "); // OpenMetrics exemplar (trace id of a sample) after the value
        Matcher m = SAMPLE.matcher((exemplar < 0 ? line : line.substring(0, exemplar)).strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a Prometheus sample line: " + line);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (m.group(3) != null) {
            Matcher l = LABEL.matcher(m.group(3));
            while (l.find()) {
                labels.put(l.group(1), l.group(2));
            }
        }
        return new Sample(m.group(1), labels, number(m.group(4)));
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    /** Every series name in the scrape (histogram parts as exposed: {@code _bucket}, {@code _count}…). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        samples.forEach(s -> names.add(s.name()));
        return names;
    }

    /**
     * @param labels alternating label names and values the series must have (others are ignored)
     * @return the sum of the matching series; 0 when none matches (a counter never incremented)
     */
    public double value(String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name) && has(s, labels)).mapToDouble(Sample::value).sum();
    }

    /** @return whether at least one series of that name has those labels */
    public boolean has(String name, String... labels) {
        return samples.stream().anyMatch(s -> s.name().equals(name) && has(s, labels));
    }

    private static boolean has(Sample sample, String... labels) {
        for (int i = 0; i + 1 < labels.length; i += 2) {
            if (!labels[i + 1].equals(sample.labels().get(labels[i]))) {
                return false;
            }
        }
        return true;
    }
}
