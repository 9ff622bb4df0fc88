package org.iccsp.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One gauge series per value of a label (pledges per status, records per dead-letter topic), set
 * from a sample its owner reads on a schedule (a query, an admin call) rather than at scrape time, so
 * a slow source never stalls a scrape. Label values the sample lacks report 0; when the source cannot
 * be read the series disappear ("no data") rather than show a stale number.
 */
public final class SampledGauge {
    private static final Logger LOG = Logger.getLogger(SampledGauge.class);

    private final MultiGauge gauge;
    private final String label;
    private final Collection<String> values;

    public SampledGauge(MeterRegistry meters, String name, String description, String label, Collection<String> values) {
        this.gauge = MultiGauge.builder(name).description(description).register(meters);
        this.label = label;
        this.values = List.copyOf(values);
    }

    /** @param sample label value → number; values outside the known ones are reported too */
    public void publish(Map<String, ? extends Number> sample) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (String value : values) {
            rows.add(MultiGauge.Row.of(Tags.of(label, value), sample.containsKey(value) ? sample.get(value) : 0));
        }
        sample.forEach((value, number) -> {
            if (!values.contains(value)) {
                rows.add(MultiGauge.Row.of(Tags.of(label, value), number));
            }
        });
        gauge.register(rows, true);
    }

    /**
     * Publishes the rows of a {@code select <label>, count(*) … group by <label>} query; when the query
     * fails (database down), no data until the next sample.
     */
    public void sample(Supplier<List<?>> query) {
        try {
            Map<String, Number> sample = new HashMap<>();
            for (Object row : query.get()) {
                Object[] columns = (Object[]) row;
                sample.put(String.valueOf(columns[0]), (Number) columns[1]);
            }
            publish(sample);
        } catch (RuntimeException e) {
            clear();
            LOG.debugf("cannot sample %s: %s", gauge, e.getMessage());
        }
    }

    /** The source could not be read: no data until the next sample. */
    public void clear() {
        gauge.register(List.of(), true);
    }
}
