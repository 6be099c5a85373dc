package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.cli.ReportCommandLine;
import org.rtkconformance.reports.features.FeatureScanner;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Command line: builds {@code index.html} and {@code rulebook.md} of the rule book. */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = "Builds the rule book from the catalog, the feature files and the latest results.")
public final class RuleBookMain implements Callable<Integer> {

    @Option(names = "--catalog", required = true, description = "catalog.yaml")
    Path catalog;

    @Option(names = "--features", required = true, description = "the directory holding the *.feature files")
    Path features;

    @Option(names = "--results", description = "results.json of the latest run; without it, coverage only")
    Path results;

    @Option(names = "--require-results", description = "fail when the results file is missing")
    boolean requireResults;

    @Option(names = "--allure-report", description = "the generated Allure report (single-file index.html, "
            + "or a multi-file report directory) to link each result to")
    Path allureReport;

    @Option(names = "--out", required = true, description = "the output directory")
    Path out;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        ReportCommandLine.runAndExit(new RuleBookMain(), args);
    }

    @Override
    public Integer call() {
        catalog = ReportCommandLine.normalized(catalog);
        features = ReportCommandLine.normalized(features);
        results = ReportCommandLine.normalized(results);
        allureReport = ReportCommandLine.normalized(allureReport);
        out = ReportCommandLine.normalized(out);
        Catalog read = new CatalogReader().read(catalog);
        Optional<RunResults> run = Optional.empty();
        if (results != null && (requireResults || Files.exists(results))) {
            run = Optional.of(new RunResultsReader().read(results));
        }
        Path outDir = out.toAbsolutePath().normalize();
        RuleBook book = RuleBookFiles.write(read, new FeatureScanner().scan(features), run,
                Optional.ofNullable(allureReport), outDir);
        boolean linked = allureReport != null && Files.exists(allureReport);
        spec.commandLine().getOut().println("rtk-conformance rule book: " + outDir.resolve("index.html")
                + " (" + book.total().statements() + " statements, " + book.total().untraced() + " untraced"
                + (run.isPresent() ? "" : ", no results") + (linked ? "" : ", no Allure links") + ")");
        return 0;
    }
}
