package org.rtkconformance.reports.allure;

import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.cli.ReportCommandLine;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Command line: builds the Allure results directory the report is generated from. */
@Command(name = "prepare-allure-results", mixinStandardHelpOptions = true,
        description = "Copies the suite's Allure results and adds categories, environment and history.")
public final class PrepareAllureResults implements Callable<Integer> {

    @Option(names = "--from", required = true, description = "the suite's Allure results directory")
    Path from;

    @Option(names = "--to", required = true, description = "the directory to build (emptied first)")
    Path to;

    @Option(names = "--history", description = "a previous report's history/ directory; absent is fine")
    Path history;

    @Option(names = "--results", description = "results.json of the run, for the Environment widget; absent is fine")
    Path results;

    @Option(names = "--catalog", description = "the statement catalog: with it and --results, the Behaviors tab is "
            + "grouped by section, statement and scenario, and statement links carry the statement's state")
    Path catalog;

    @Option(names = "--results-snapshot", description = "where to keep a copy of results.json, so that every later "
            + "step of this report build reads the same run as the Allure results copied now")
    Path resultsSnapshot;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        ReportCommandLine.runAndExit(new PrepareAllureResults(), args);
    }

    @Override
    public Integer call() {
        from = ReportCommandLine.normalized(from);
        to = ReportCommandLine.normalized(to);
        history = ReportCommandLine.normalized(history);
        results = ReportCommandLine.normalized(results);
        resultsSnapshot = ReportCommandLine.normalized(resultsSnapshot);
        AllureResultsDirectory directory = new AllureResultsDirectory(to.toAbsolutePath());
        Optional<RunResults> run = results != null && Files.exists(results)
                ? Optional.of(new RunResultsReader().read(results)) : Optional.empty();
        AllureResultsDirectory.CopiedResults copied = directory.copyFrom(from, run);
        directory.addCategories();
        boolean carried = history != null && directory.addHistory(history);
        run.ifPresent(directory::addEnvironment);
        catalog = ReportCommandLine.normalized(catalog);
        if (catalog != null && run.isPresent()) {
            new AllureBehaviors(new CatalogReader().read(catalog)).apply(directory.path(), List.of(run.get()));
        }
        if (resultsSnapshot != null) {
            snapshot();
        }
        spec.commandLine().getOut().println("rtk-conformance: " + copied.copied() + " Allure results copied to "
                + directory.path() + (copied.older() == 0 ? "" : " (" + copied.older() + " of earlier runs left out)")
                + (carried ? ", history carried over from " + history.toAbsolutePath() : ", no previous history"));
        return 0;
    }

    private void snapshot() {
        try {
            Files.deleteIfExists(resultsSnapshot);
            if (results != null && Files.exists(results)) {
                Files.createDirectories(resultsSnapshot.toAbsolutePath().getParent());
                Files.copy(results, resultsSnapshot);
            }
        } catch (IOException e) {
            throw new ReportInputException(resultsSnapshot, "cannot keep a copy of " + results + ": " + e.getMessage(), e);
        }
    }
}
