package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.catalog.Ambiguity;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.catalog.Statement;
import org.rtkconformance.reports.features.FeatureScanner;
import org.rtkconformance.reports.features.FeatureScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The catalog's statements, or one statement with the scenarios that check it. */
@Command(name = "statements", mixinStandardHelpOptions = true,
        description = "Lists every statement of the catalog by section, or shows one with its ambiguities and the "
                + "scenarios that check it.")
final class StatementsCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "<id>", description = "a statement id such as OPEN-NAME-2")
    String id;

    @Mixin
    SpecificationOptions specification;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ScratchFolder scratch = new ScratchFolder()) {
            Catalog read = new CatalogReader().read(PackagedFeatures.catalog(specification.catalog(), scratch.path()));
            if (id == null) {
                read.bySection().forEach((section, statements) -> {
                    out.println(section);
                    statements.forEach(s -> out.printf("  %-20s %-15s %s%s%n", s.id(), s.strength(), s.text(),
                            s.withdrawn() ? " (withdrawn)" : ""));
                });
                out.println(read.statements().size() + " statements");
                return RtkKit.EXIT_OK;
            }
            Statement statement = read.find(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no statement " + id + " in the catalog; 'rtk-kit statements' lists them"));
            show(statement, read, out);
            List<FeatureScenario> scenarios = new FeatureScanner()
                    .scan(PackagedFeatures.features(specification.features(), scratch.path().resolve("features")))
                    .stream().filter(s -> s.statements().contains(statement.id())).toList();
            out.println("scenarios:  " + (scenarios.isEmpty() ? "none" + statement.untestedReason()
                    .map(r -> " (untested: " + r + ")").orElse("") : String.valueOf(scenarios.size())));
            scenarios.forEach(s -> out.println("  " + s.path() + ":" + s.line() + "  " + s.name() + "  ["
                    + s.strength().orElse("?") + (s.readings().isEmpty() ? "" : " " + String.join(" ", s.readings())) + "]"));
            return RtkKit.EXIT_OK;
        }
    }

    private static void show(Statement statement, Catalog catalog, PrintWriter out) {
        out.println(statement.id() + (statement.withdrawn() ? " (withdrawn)" : ""));
        out.println("section:    " + statement.section());
        out.println("kind:       " + statement.kind() + ", strength " + statement.strength());
        out.println("text:       " + statement.text());
        statement.quote().ifPresent(q -> out.println("page says:  \"" + q + "\""));
        for (String ambiguity : statement.ambiguities()) {
            Optional<Ambiguity> described = catalog.ambiguity(ambiguity);
            out.println("ambiguity:  " + ambiguity + described.map(a -> " " + a.title()).orElse(""));
            described.ifPresent(a -> a.readings().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(r -> out.println("            " + ambiguity + "." + r.getKey() + ": " + r.getValue())));
        }
    }
}
