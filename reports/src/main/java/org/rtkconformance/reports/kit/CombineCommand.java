package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.allure.AllureBehaviors;
import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.compare.AllureGenerator;
import org.rtkconformance.reports.compare.ComparisonMatrix;
import org.rtkconformance.reports.compare.CombinedAllureResults;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.results.RunResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** One Allure results folder, and optionally one report, for several backends' runs. */
@Command(name = "combine", mixinStandardHelpOptions = true,
        description = "Puts the Allure results of several runs into one folder (each backend stays distinct by its "
                + "parameter, label and history id), carries a previous combined report's history over, and with "
                + "--allure generates the report.")
final class CombineCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<run>", description = "run folders (holding rtk-results/ and allure-results/)")
    List<Path> runs;

    @Option(names = {"-o", "--out"}, defaultValue = "rtk-combined/allure-results", paramLabel = "<dir>",
            description = "the combined results folder, emptied first (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--history", paramLabel = "<dir>",
            description = "the history/ folder of the previous combined report, for trends; absent is fine")
    Path history;

    @Option(names = "--allure", paramLabel = "<bin/allure>",
            description = "the Allure command line, such as .allure/allure-2.34.0/bin/allure; with it the report is generated")
    Path allure;

    @Option(names = "--report", paramLabel = "<dir>", description = "where the multi-file report goes, with history/ for "
            + "the next one's trends; the single-file report goes to <dir>-single (default: <out>/../allure-report)")
    Path report;

    @Option(names = "--catalog", paramLabel = "<catalog.yaml>", description = "the statement catalog (default: the kit's)")
    Path catalog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (report != null && allure == null) {
            throw new ParameterException(spec.commandLine(), "--report needs --allure <bin/allure> to generate the report");
        }
        List<RunDirectory> directories = runs.stream().map(RunDirectory::open).toList();
        Path results = out.toAbsolutePath().normalize();
        int count = new CombinedAllureResults(results).combine(directories, history);
        spec.commandLine().getOut().println("rtk-kit: " + count + " Allure results of " + directories.size()
                + " runs (" + String.join(", ", directories.stream().map(d -> d.results().backend().id()).toList())
                + ") in " + results);
        Path target = report != null ? report.toAbsolutePath().normalize() : results.resolveSibling("allure-report");
        try (ScratchFolder scratch = new ScratchFolder()) {
            Catalog read = new CatalogReader().read(PackagedFeatures.catalog(Optional.ofNullable(catalog), scratch.path()));
            List<RunResults> runs = directories.stream().map(RunDirectory::results).toList();
            List<String> columns = ComparisonMatrix.columns(runs);
            // With several runs each links to its own rule book; one run's rule book is rulebook/ itself.
            List<String> ruleBooks = runs.size() == 1 ? List.of(AllureBehaviors.RULE_BOOK)
                    : columns.stream().map(c -> "../rulebook/" + RuleBookCommand.folderName(c) + "/index.html").toList();
            new AllureBehaviors(read).apply(results, runs, ruleBooks);
        }
        Path singleReport = target.resolveSibling(target.getFileName() + "-single").resolve("index.html");
        if (allure != null) {
            AllureGenerator generator = new AllureGenerator(allure);
            Path multi = generator.generate(results, target, false);
            Path single = generator.generate(results, target.resolveSibling(target.getFileName() + "-single"), true);
            spec.commandLine().getOut().println("rtk-kit: combined report " + single + " (multi-file, with history: "
                    + multi + ")");
        }
        writeRuleBooks(directories, target.resolveSibling("rulebook"), singleReport);
        return RtkKit.EXIT_OK;
    }

    /**
     * The rule books the reports' statement links point to: with one run its rule book in {@code rulebook/}; with
     * several, each run's in {@code rulebook/<column>/} (where {@link AllureBehaviors} points that run's results)
     * and the coverage of the catalog in {@code rulebook/}.
     */
    private void writeRuleBooks(List<RunDirectory> directories, Path folder, Path singleReport) {
        List<RunResults> runs = directories.stream().map(RunDirectory::results).toList();
        if (runs.size() == 1) {
            RuleBookCommand.write(Optional.of(runs.get(0)), Optional.ofNullable(catalog), Optional.of(singleReport), folder);
            return;
        }
        RuleBookCommand.write(Optional.empty(), Optional.ofNullable(catalog), Optional.empty(), folder);
        List<String> columns = ComparisonMatrix.columns(runs);
        for (int i = 0; i < runs.size(); i++) {
            RuleBookCommand.write(Optional.of(runs.get(i)), Optional.ofNullable(catalog), Optional.of(singleReport),
                    folder.resolve(RuleBookCommand.folderName(columns.get(i))));
        }
        spec.commandLine().getOut().println("rtk-kit: rule book " + folder.resolve("index.html")
                + (directories.size() > 1 ? " (coverage; each run's in " + folder + "/<backend>/)" : ""));
    }
}
