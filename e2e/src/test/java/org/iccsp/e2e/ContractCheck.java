package org.iccsp.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.iccsp.platform.testing.ProjectLayout;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Issue 16: every answer a {@link RealStack} class received from the gateway's API ({@link Exchanges})
 * is checked against the merged OpenAPI document after the class ({@link OpenApiContract}); the class
 * fails with the list of mismatches (operation, status, JSON path, expected, actual). The figures of
 * the whole run are printed at its end and written to {@code e2e/target/openapi-contract.txt}.
 */
final class ContractCheck implements BeforeAllCallback, AfterAllCallback {
    static final Path FIGURES = ProjectLayout.root().resolve("e2e/target/openapi-contract.txt");
    private static final AtomicLong ANSWERS = new AtomicLong();
    private static final AtomicLong MISMATCHES = new AtomicLong();
    private static final Set<String> COVERED = ConcurrentHashMap.newKeySet();
    private static final Set<String> CLASSES = ConcurrentHashMap.newKeySet();
    private static OpenApiContract contract;

    @Override
    public void beforeAll(ExtensionContext context) {
        Exchanges.drain(); // what a class before this one (not a RealStack class) sent is not this class's
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(ContractCheck.class,
                key -> (ExtensionContext.Store.CloseableResource) ContractCheck::report);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        List<Exchanges.Exchange> exchanges = Exchanges.drain();
        if (exchanges.isEmpty()) {
            return;
        }
        OpenApiContract check = contract();
        Map<String, List<OpenApiContract.Mismatch>> grouped = new LinkedHashMap<>();
        for (Exchanges.Exchange exchange : exchanges) {
            check.operation(exchange.method(), exchange.path()).ifPresent(op -> COVERED.add(op.method() + " " + op.path()));
            List<OpenApiContract.Mismatch> found = check.check(exchange);
            for (OpenApiContract.Mismatch m : found) {
                grouped.computeIfAbsent(m.operation() + " → " + m.status() + " " + m.jsonPath().replaceAll("\\[\\d+]", "[*]")
                        + " " + m.expected(), k -> new ArrayList<>()).add(m);
            }
            MISMATCHES.addAndGet(found.size());
        }
        ANSWERS.addAndGet(exchanges.size());
        CLASSES.add(context.getRequiredTestClass().getSimpleName());
        if (!grouped.isEmpty()) {
            StringBuilder text = new StringBuilder(context.getRequiredTestClass().getSimpleName()).append(": ")
                    .append(grouped.size()).append(" kind(s) of answer differ from the merged OpenAPI document (")
                    .append(exchanges.size()).append(" answers checked):");
            grouped.values().forEach(list -> text.append("\n  ").append(list.get(0))
                    .append(list.size() > 1 ? "   (and " + (list.size() - 1) + " more like it)" : ""));
            throw new AssertionError(text.toString());
        }
    }

    private static synchronized OpenApiContract contract() {
        if (contract == null) {
            contract = new OpenApiContract(ApiOperations.document());
        }
        return contract;
    }

    /** The figures the lead quotes: operations covered, answers validated, mismatches. */
    static String figures() {
        int operations = contract == null ? ApiOperations.all().size() : contract.operations().size();
        return "OpenAPI contract: " + ANSWERS.get() + " answers validated (status, media type, required headers, JSON body)"
                + " against the merged document; " + COVERED.size() + " of " + operations + " operations covered; "
                + MISMATCHES.get() + " mismatches; classes: " + String.join(", ", CLASSES.stream().sorted().toList());
    }

    private static void report() {
        if (ANSWERS.get() == 0) {
            return;
        }
        String figures = figures();
        System.out.println("\n" + figures + "\n");
        try {
            Files.createDirectories(FIGURES.getParent());
            Files.writeString(FIGURES, figures + "\n");
        } catch (IOException e) {
            System.err.println("could not write " + FIGURES + ": " + e);
        }
    }
}
