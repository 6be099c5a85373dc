package org.rtkconformance.reports.allure;

import org.rtkconformance.reports.cli.ReportCommandLine;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.RunResultsReader;
import org.rtkconformance.reports.results.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Command line, the last step of the main job: prints where the reports are and the verdict counts, and
 * exits 1 when the run had a FAIL or UNRESOLVED scenario, so that the job fails only after the report exists.
 */
@Command(name = "report-summary", mixinStandardHelpOptions = true,
        description = "Prints where the conformance reports are and fails on non-conformance.")
public final class ReportSummary implements Callable<Integer> {

    /** The exit code of a run with a FAIL or UNRESOLVED scenario. */
    public static final int EXIT_NON_CONFORMING = 1;

    @Option(names = "--report", required = true, description = "the single-file Allure report (index.html)")
    Path report;

    @Option(names = "--multi-file-report", description = "the multi-file Allure report (index.html)")
    Path multiFileReport;

    @Option(names = "--rulebook", description = "the rule book (index.html)")
    Path rulebook;

    @Option(names = "--results", description = "results.json of the run")
    Path results;

    @Option(names = "--fail-on-nonconformance", arity = "1", defaultValue = "true",
            description = "exit 1 when a scenario is FAIL or UNRESOLVED (default: ${DEFAULT-VALUE})")
    boolean failOnNonConformance;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        ReportCommandLine.runAndExit(new ReportSummary(), args);
    }

    @Override
    public Integer call() {
        report = ReportCommandLine.normalized(report);
        multiFileReport = ReportCommandLine.normalized(multiFileReport);
        rulebook = ReportCommandLine.normalized(rulebook);
        results = ReportCommandLine.normalized(results);
        if (!Files.isRegularFile(report)) {
            throw new ReportInputException(report, "the Allure report was not generated");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("rtk-conformance report: " + report.toAbsolutePath().normalize());
        if (multiFileReport != null && Files.isRegularFile(multiFileReport)) {
            out.println("rtk-conformance report (multi-file, serve it over HTTP): "
                    + multiFileReport.toAbsolutePath().normalize());
        }
        if (rulebook != null && Files.isRegularFile(rulebook)) {
            out.println("rtk-conformance rule book: " + rulebook.toAbsolutePath().normalize());
        }
        if (results == null || !Files.exists(results)) {
            out.println("rtk-conformance verdict: no results.json, so no verdict");
            return 0;
        }
        RunResults run = new RunResultsReader().read(results);
        Map<Verdict, Integer> counts = run.counts();
        out.println("rtk-conformance verdict for backend " + run.backend().id() + ": " + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        int blocking = counts.get(Verdict.FAIL) + counts.get(Verdict.UNRESOLVED);
        if (blocking > 0 && failOnNonConformance) {
            spec.commandLine().getErr().println("rtk-conformance: " + blocking
                    + " scenario(s) FAIL or UNRESOLVED; see the report above");
            return EXIT_NON_CONFORMING;
        }
        return 0;
    }
}
