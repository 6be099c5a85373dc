package org.rtkconformance.reports.allure;

import org.rtkconformance.reports.cli.ReportCommandLine;
import org.rtkconformance.reports.results.RunResultsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
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

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        ReportCommandLine.runAndExit(new PrepareAllureResults(), args);
    }

    @Override
    public Integer call() {
        AllureResultsDirectory directory = new AllureResultsDirectory(to.toAbsolutePath());
        int copied = directory.copyFrom(from);
        directory.addCategories();
        boolean carried = history != null && directory.addHistory(history);
        if (results != null && Files.exists(results)) {
            directory.addEnvironment(new RunResultsReader().read(results));
        }
        spec.commandLine().getOut().println("rtk-conformance: " + copied + " Allure results copied to " + directory.path()
                + (carried ? ", history carried over from " + history.toAbsolutePath() : ", no previous history"));
        return 0;
    }
}
