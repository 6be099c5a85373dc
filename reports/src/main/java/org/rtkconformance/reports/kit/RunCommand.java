package org.rtkconformance.reports.kit;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;
import org.rtkconformance.adapter.agent.AgentBackendProvider;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.discovery.BackendSelection;
import org.rtkconformance.reports.compare.RunDirectory;
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
        // Every input is checked before the first scenario: a run that cannot succeed says why at once.
        checkSettings();
        // Before the backend is chosen: an agent backend reads its configuration when it is first asked for.
        settings.forEach((key, value) -> System.setProperty("rtk." + backend + "." + key, value));
        BackendProvider provider = checkBackend();
        checkTags();
        Expectations expectations = judging.readExpectations(backend);
        Path dir = reportDir.toAbsolutePath().normalize();
        checkWritable(dir);
        if (judging.catalog != null) {
            try (ScratchFolder scratch = new ScratchFolder()) {
                judging.readCatalog(scratch);
            }
        }
        BackendPreflight.check(provider, settings);
        clean(dir);
        System.setProperty(BackendSelection.PROPERTY, backend);
        System.setProperty("rtk.results.dir", dir.resolve("rtk-results").toString());
        System.setProperty("allure.results.directory", dir.resolve(RunDirectory.ALLURE_RESULTS).toString());
        System.setProperty("rtk.command", command());

        String plugins = String.join(",", "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm",
                "org.rtkconformance.steps.allure.AllureBackendLabelsPlugin",
                "message:" + dir.resolve(RunDirectory.CUCUMBER_MESSAGES),
                "junit:" + dir.resolve("cucumber/junit.xml"),
                "org.rtkconformance.steps.results.ConformanceResultsPlugin");
        var builder = request().selectors(selectPackage(PackagedFeatures.PACKAGE)).filters(includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", "org.rtkconformance.steps")
                .configurationParameter("cucumber.plugin", plugins)
                .configurationParameter("cucumber.publish.quiet", "true");
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
        try (ScratchFolder scratch = new ScratchFolder()) {
            RunVerdict verdict = judging.judge(new RunResultsReader().read(results), expectations, certification, scratch);
            JudgeOptions.write(verdict, dir.resolve("verdict"));
            spec.commandLine().getOut().print(SummaryTable.of(verdict));
            spec.commandLine().getOut().println("report folder: " + dir + " (verdict in verdict/verdict.html)");
            return verdict.exitCode();
        }
    }

    private BackendProvider checkBackend() {
        BackendSelection selection = BackendSelection.discover(RunCommand.class.getClassLoader());
        BackendProvider provider;
        try {
            // An agent backend's id is known without its probe agent: choosing one must not start the others'.
            provider = selection.providers().stream().filter(p -> p instanceof AgentBackendProvider agent
                            ? agent.backendId().equals(backend) : p.manifest().id().equals(backend))
                    .findFirst().orElseGet(() -> selection.select(backend));
        } catch (IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), "--backend " + backend + ": no such backend; available: "
                    + selection.providers().stream().map(p -> p.manifest().id()).sorted().collect(Collectors.joining(", ")));
        }
        if (!System.getProperty(BackendSelection.PROPERTY, backend).equals(backend)) {
            // The steps choose the backend once per JVM; a second run with another one would silently reuse the first.
            throw new ParameterException(spec.commandLine(), "--backend " + backend + ": this JVM already ran backend "
                    + System.getProperty(BackendSelection.PROPERTY) + "; run each backend in its own process");
        }
        return provider;
    }

    /** A key is a property name part (the backend judges the key and the value when the preflight starts it). */
    private void checkSettings() {
        settings.forEach((key, value) -> {
            if (!key.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
                throw new ParameterException(spec.commandLine(), "-s " + key + "=" + value + ": the key must be a name "
                        + "such as timeoutMillis (letters, digits, '.', '_', '-')");
            }
        });
    }

    /**
     * The report folder must take files now, not after the run (Cucumber would then fail with a message about
     * its plugin); a folder that does not exist yet is checked through its nearest existing parent, so a refused
     * run leaves nothing behind.
     */
    private static void checkWritable(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                Files.delete(Files.createTempFile(dir, ".rtk-write-check", ""));
                return;
            }
            Path existing = dir;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null || !Files.isDirectory(existing)) {
                throw new IOException((existing == null ? "no part of it exists" : existing + " is not a folder"));
            }
            if (!Files.isWritable(existing)) {
                throw new IOException(existing + " does not let this user create " + existing.relativize(dir));
            }
        } catch (IOException | SecurityException e) {
            throw new ReportInputException(dir, "the report folder is not writable: " + e.getMessage());
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
        for (String part : List.of("rtk-results", RunDirectory.ALLURE_RESULTS, "cucumber", "verdict")) {
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
