package org.iccsp.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes one benchmark's figures into docs/benchmarks.md, between the markers
 * {@code <!-- bench:NAME -->} and {@code <!-- /bench:NAME -->}; the text around them is kept.
 */
final class Report {
    private final String name;
    private final StringBuilder body = new StringBuilder();

    Report(String name, String load) {
        this.name = name;
        body.append("Measured ").append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" with `bench/run ").append(name).append("` on ").append(machine()).append(".  \n")
                .append("Load: ").append(load).append(".  \n")
                .append("Load average when it started: ").append(loadAverage()).append(" (other work on the machine).\n\n");
    }

    Report line(String text) {
        body.append(text).append('\n');
        return this;
    }

    Report table(Stats system, Stats baseline) {
        System.out.println(system);
        System.out.println(baseline);
        System.out.println("ratio median " + Stats.x(system.median() / baseline.median()) + ", p95 "
                + Stats.x(system.p95() / baseline.p95()));
        return line(Stats.header()).line(system.row()).line(baseline.row()).line(system.ratioRow(baseline));
    }

    void write() {
        Path doc = Path.of(System.getenv().getOrDefault("BENCH_DOC", "docs/benchmarks.md"));
        String begin = "<!-- bench:" + name + " -->";
        String end = "<!-- /bench:" + name + " -->";
        try {
            String text = Files.readString(doc);
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            if (from < 0 || to < from) {
                throw new IllegalStateException(doc + " has no " + begin + " … " + end + " section");
            }
            Files.writeString(doc, text.substring(0, from + begin.length()) + "\n" + body + text.substring(to));
            System.out.println("wrote the figures into " + doc + " (section " + name + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String machine() {
        String model = "unknown CPU";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(model);
        } catch (IOException e) {
            // keep "unknown CPU"
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + model + "), "
                + "driver on JDK " + Runtime.version().feature();
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
