package org.rtkconformance.reports.kit;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.rtkconformance.adapter.api.discovery.BackendSelection;
import org.rtkconformance.reports.allure.ProbeOutcomes;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResultsReader;
import org.rtkconformance.reports.verdict.RunVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * Runs the kit's features against a backend in this JVM through the JUnit Platform Launcher, with the
 * same glue and plugins as the Maven suite, and judges the run.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the conformance suite against a backend, prints progress and a summary table, and "
                + "writes results, Allure results, Cucumber messages, JUnit XML and the verdict into the report folder.")
final class RunCommand implements Callable<Integer> {

    @Option(names = {"-b", "--backend"}, defaultValue = "reference", paramLabel = "<id>",
            description = "the backend to certify: reference or posix, or another on the class path (default: ${DEFAULT-VALUE})")
    String backend;

    @Option(names = {"-t", "--tags"}, paramLabel = "<expression>",
            description = "a Cucumber tag expression choosing the scenarios, such as '@required and not @statement:OPEN-IRQL-1'")
    String tags;

    @Option(names = {"-o", "--report-dir"}, defaultValue = "rtk-report", paramLabel = "<dir>",
            description = "where the run's files go (default: ${DEFAULT-VALUE}); its earlier results are replaced")
    Path reportDir;

    @Option(names = {"-s", "--setting"}, paramLabel = "<key=value>",
            description = "a backend setting, passed as the system property rtk.<backend>.<key>")
    Map<String, String> settings = Map.of();

    @Option(names = "--certification", description = "judge in certification mode: no waiver may cover a required statement")
    boolean certification;

    @Option(names = {"-q", "--quiet"}, description = "no line per scenario, only the summary")
    boolean quiet;

    @Mixin
    JudgeOptions judging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        checkBackend();
        checkTags();
        Expectations expectations = judging.readExpectations(backend);
        Path dir = reportDir.toAbsolutePath().normalize();
        clean(dir);
        System.setProperty(BackendSelection.PROPERTY, backend);
        System.setProperty("rtk.results.dir", dir.resolve("rtk-results").toString());
        System.setProperty("allure.results.directory", dir.resolve(RunDirectory.ALLURE_RESULTS).toString());
        System.setProperty("rtk.command", command());
        settings.forEach((key, value) -> System.setProperty("rtk." + backend + "." + key, value));

        String plugins = String.join(",", "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm",
                "org.rtkconformance.steps.allure.AllureBackendLabelsPlugin",
                "message:" + dir.resolve(RunDirectory.CUCUMBER_MESSAGES),
                "junit:" + dir.resolve("cucumber/junit.xml"),
                "org.rtkconformance.steps.results.ConformanceResultsPlugin");
        var builder = request().selectors(selectPackage(PackagedFeatures.PACKAGE)).filters(includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "org.rtkconformance.steps")
                .configurationParameter("cucumber.plugin", plugins)
                .configurationParameter("cucumber.publish.quiet", "true")
                // Outline rows are named by the scenario, not "Example #2.1", in the progress lines.
                .configurationParameter("cucumber.junit-platform.naming-strategy.short.example-name", "pickle");
        if (tags != null && !tags.isBlank()) {
            builder.configurationParameter("cucumber.filter.tags", tags);
        }
        LauncherDiscoveryRequest discovery = builder.build();
        Launcher launcher = LauncherFactory.create();
        RunProgress progress = new RunProgress(System.out, quiet);
        launcher.execute(discovery, progress);

        Path results = dir.resolve(RunDirectory.RESULTS);
        if (!Files.isRegularFile(results)) {
            throw new ReportInputException(results, "the run wrote no results: " + progress.containerFailure()
                    .orElse("no scenario ran (is the tag expression right?)"));
        }
        RunResults judged = new RunResultsReader().read(results);
        // Allure recorded the probes' raw outcomes; make its results say what results.json says.
        ProbeOutcomes.apply(dir.resolve(RunDirectory.ALLURE_RESULTS), judged);
        try (ScratchFolder scratch = new ScratchFolder()) {
            RunVerdict verdict = judging.judge(judged, expectations, certification, scratch);
            JudgeOptions.write(verdict, dir.resolve("verdict"));
            // Beside allure-results/: the statement links of any Allure report generated there point to ../rulebook/.
            RuleBookCommand.write(Optional.of(verdict.run()), Optional.ofNullable(judging.catalog),
                    Optional.of(dir.resolve(RuleBookCommand.SINGLE_FILE_REPORT)), dir.resolve("rulebook"));
            spec.commandLine().getOut().print(SummaryTable.of(verdict));
            spec.commandLine().getOut().println("report folder: " + dir + " (verdict in verdict/verdict.html, rule book in "
                    + "rulebook/index.html)");
            return verdict.exitCode();
        }
    }

    private void checkBackend() {
        BackendSelection selection = BackendSelection.discover(RunCommand.class.getClassLoader());
        try {
            selection.select(backend);
        } catch (IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), "--backend " + backend + ": no such backend; available: "
                    + selection.providers().stream().map(p -> p.manifest().id()).sorted().collect(Collectors.joining(", ")));
        }
        if (!System.getProperty(BackendSelection.PROPERTY, backend).equals(backend)) {
            // The steps choose the backend once per JVM; a second run with another one would silently reuse the first.
            throw new ParameterException(spec.commandLine(), "--backend " + backend + ": this JVM already ran backend "
                    + System.getProperty(BackendSelection.PROPERTY) + "; run each backend in its own process");
        }
    }

    private void checkTags() {
        if (tags == null || tags.isBlank()) {
            return;
        }
        try {
            io.cucumber.tagexpressions.TagExpressionParser.parse(tags);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "--tags '" + tags + "' is not a tag expression: " + e.getMessage());
        }
    }

    private String command() {
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        return "java -jar rtk-kit.jar " + args.stream().map(RunCommand::quote).collect(Collectors.joining(" "));
    }

    private static String quote(String arg) {
        return arg.matches("[A-Za-z0-9_./:=@,+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    /** Removes what an earlier run left in the folders this run writes, so that nothing stale is mixed in. */
    private static void clean(Path dir) {
        for (String part : List.of("rtk-results", RunDirectory.ALLURE_RESULTS, "cucumber", "verdict", "rulebook")) {
            Path folder = dir.resolve(part);
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            } catch (IOException e) {
                throw new ReportInputException(folder, "cannot clear the earlier run's files: " + e.getMessage(), e);
            }
        }
    }
}
