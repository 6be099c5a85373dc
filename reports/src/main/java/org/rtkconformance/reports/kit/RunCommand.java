package org.rtkconformance.reports.kit;

import org.junit.platform.launcher.core.LauncherFactory;
import org.rtkconformance.adapter.agent.AgentBackendProvider;
import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.discovery.BackendSelection;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reports.allure.ProbeOutcomes;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResultsReader;
import org.rtkconformance.reports.verdict.RunVerdict;
import org.rtkconformance.steps.run.CapabilityMask;
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
            description = "the backend to certify: reference, posix or win32, or one from a --backend-jar (default: ${DEFAULT-VALUE})")
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

    @Option(names = "--mask", paramLabel = "<capability>",
            description = "run the backend as if it lacked this capability (repeatable), e.g. INTROSPECTION: what it"
                    + " declares is then judged through the documented calls alone")
    List<String> masked = List.of();

    @Option(names = "--certification", description = "judge in certification mode: no waiver may cover a required statement")
    boolean certification;

    @Option(names = {"-q", "--quiet"}, description = "no line per scenario, only the summary")
    boolean quiet;

    @Mixin
    JudgeOptions judging;

    @Mixin
    BackendJars backendJars;

    @Mixin
    StabilityOptions stability;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ClassLoader backends = backendJars.loader(RunCommand.class.getClassLoader());
        // Every input is checked before the first scenario: a run that cannot succeed says why at once.
        checkSettings();
        // Before the backend is chosen: an agent backend reads its configuration when it is first asked for.
        settings.forEach((key, value) -> System.setProperty("rtk." + backend + "." + key, value));
        BackendProvider provider = checkBackend(backends);
        checkTags();
        String mask = checkMask();
        if (stability.repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat is at least 1, not " + stability.repeat);
        }
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
        System.setProperty("rtk.command", command());
        System.setProperty(CapabilityMask.PROPERTY, mask);
        List<Path> earlierResults = new java.util.ArrayList<>();
        for (int run = 1; run < stability.repeat; run++) {
            Path runDir = dir.resolve("stability").resolve("run-" + run);
            clean(runDir);
            spec.commandLine().getOut().println("stability: run " + run + " of " + stability.repeat + orderText(run));
            spec.commandLine().getOut().flush();
            execute(runDir, stability.seedOf(run), true, backends);
            earlierResults.add(runDir.resolve(RunDirectory.RESULTS));
        }
        if (stability.active()) {
            spec.commandLine().getOut().println("stability: run " + stability.repeat + " of " + stability.repeat
                    + orderText(stability.repeat) + " (the reported run)");
            spec.commandLine().getOut().flush();
        }
        RunProgress progress = execute(dir, stability.seedOf(stability.repeat), quiet, backends);

        Path results = dir.resolve(RunDirectory.RESULTS);
        if (!Files.isRegularFile(results)) {
            throw new ReportInputException(results, "the run wrote no results: " + progress.containerFailure()
                    .orElse("no scenario ran (is the tag expression right?)"));
        }
        List<StabilityCheck.Unstable> unstable = List.of();
        if (stability.active()) {
            earlierResults.add(results);
            unstable = StabilityCheck.compare(earlierResults);
            List<Long> seeds = new java.util.ArrayList<>();
            for (int run = 1; run <= stability.repeat; run++) {
                seeds.add(stability.seedOf(run));
            }
            StabilityCheck.record(results, stability.repeat, seeds, unstable);
            for (StabilityCheck.Unstable entry : unstable) {
                spec.commandLine().getOut().println("UNSTABLE " + entry.scenario() + ": " + entry.results());
            }
            spec.commandLine().getOut().println("stability: " + unstable.size() + " unstable scenario(s) in "
                    + stability.repeat + " runs" + (stability.shuffle == null ? "" : ", order seeds from " + stability.shuffle));
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
            return unstable.isEmpty() ? verdict.exitCode() : Math.max(verdict.exitCode(), RtkKit.EXIT_NON_CONFORMANT);
        }
    }

    /** One run of the features into {@code out}, in the order {@code orderSeed} shuffles them to (null: as written). */
    private RunProgress execute(Path out, Long orderSeed, boolean quietRun, ClassLoader backends) {
        System.setProperty("rtk.results.dir", out.resolve("rtk-results").toString());
        System.setProperty("allure.results.directory", out.resolve(RunDirectory.ALLURE_RESULTS).toString());
        String plugins = String.join(",", "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm",
                "org.rtkconformance.steps.allure.AllureBackendLabelsPlugin",
                "message:" + out.resolve(RunDirectory.CUCUMBER_MESSAGES),
                "junit:" + out.resolve("cucumber/junit.xml"),
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
        if (orderSeed != null) {
            builder.configurationParameter("cucumber.execution.order", "random")
                    .configurationParameter("cucumber.execution.order.random.seed", Long.toString(orderSeed));
        }
        RunProgress progress = new RunProgress(System.out, quietRun);
        // The steps find the backend through the context class loader: the one that also sees --backend-jar.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(backends);
        try {
            LauncherFactory.create().execute(builder.build(), progress);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return progress;
    }

    private String orderText(int run) {
        Long seed = stability.seedOf(run);
        return seed == null ? "" : ", order seed " + seed;
    }

    private BackendProvider checkBackend(ClassLoader backends) {
        BackendSelection selection = BackendSelection.discover(backends);
        BackendProvider provider;
        try {
            // An agent backend's id is known without its probe agent: choosing one must not start the others'.
            provider = selection.providers().stream().filter(p -> p instanceof AgentBackendProvider agent
                            ? agent.backendId().equals(backend) : p.manifest().id().equals(backend))
                    .findFirst().orElseGet(() -> selection.select(backend));
        } catch (IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), "--backend " + backend + ": no such backend; available: "
                    + selection.providers().stream().map(p -> p.id()).sorted().collect(Collectors.joining(", ")));
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

    /** The --mask values as -Drtk.mask takes them; an unknown capability is a usage error listing the valid ones. */
    private String checkMask() {
        String joined = String.join(",", masked);
        try {
            return CapabilityMask.parse(joined, "--mask").toString();
        } catch (IllegalArgumentException unknown) {
            throw new ParameterException(spec.commandLine(), unknown.getMessage());
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
        List<String> args = backendJars.reproducible(spec.root().commandLine().getParseResult().originalArgs());
        // The readings of the reference (and of any backend built on it) are a JVM property, not an argument.
        String readings = System.getProperty(ReferenceBackendProvider.READINGS_PROPERTY);
        String jvm = readings == null ? "" : quote("-D" + ReferenceBackendProvider.READINGS_PROPERTY + "=" + readings) + " ";
        return "java " + jvm + "-jar rtk-kit.jar " + args.stream().map(RunCommand::quote).collect(Collectors.joining(" "));
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
