package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.features.FeatureScanner;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.rulebook.RuleBook;
import org.rtkconformance.reports.rulebook.RuleBookFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The rule book of one run folder, so that the statement links of its Allure reports resolve. */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = "Builds the rule book (index.html, rulebook.md) of a run folder: every statement with its "
                + "scenarios and their results, each statement's state under the roll-up rule, linked to the run's "
                + "Allure report when there is one.")
final class RuleBookCommand implements Callable<Integer> {

    /** Where a run folder's single-file Allure report is looked for, when --allure-report is not given. */
    static final String SINGLE_FILE_REPORT = "allure-report-single/index.html";

    @Parameters(index = "0", paramLabel = "<run>", description = "the run folder (holding rtk-results/results.json) or the results file")
    Path run;

    @Option(names = {"-o", "--out"}, paramLabel = "<dir>", description = "where the rule book goes (default: <run>/rulebook, "
            + "where the run's Allure results link to)")
    Path out;

    @Option(names = {"-a", "--allure-report"}, paramLabel = "<index.html>", description = "the generated Allure report "
            + "to link each result to (default: <run>/" + SINGLE_FILE_REPORT + " when it exists)")
    Path allureReport;

    @Mixin
    SpecificationOptions specification;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunDirectory directory = RunDirectory.open(run);
        Path target = out != null ? out : directory.root().resolve("rulebook");
        Path report = allureReport != null ? allureReport : directory.root().resolve(SINGLE_FILE_REPORT);
        if (allureReport != null && !Files.isRegularFile(allureReport) && !Files.isDirectory(allureReport)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--allure-report " + allureReport + ": no such report");
        }
        RuleBook book = write(Optional.of(directory.results()), specification.catalog(), specification.features(),
                Optional.of(report), target);
        spec.commandLine().getOut().println("rtk-kit: rule book " + target.toAbsolutePath().normalize().resolve("index.html")
                + " (" + book.total().statements() + " statements" + (Files.exists(report) ? "" : ", no Allure links") + ")");
        return RtkKit.EXIT_OK;
    }

    /** Writes the rule book of the kit's features into {@code target}; see {@link #write(Optional, Optional, Optional, Optional, Path)}. */
    static RuleBook write(Optional<RunResults> results, Optional<Path> catalog, Optional<Path> allureReport, Path target) {
        return write(results, catalog, Optional.empty(), allureReport, target);
    }

    /**
     * Writes the rule book of {@code results} (coverage only without) into {@code target} from the given or the
     * kit's catalog and features.
     */
    static RuleBook write(Optional<RunResults> results, Optional<Path> catalog, Optional<Path> features,
                          Optional<Path> allureReport, Path target) {
        try (ScratchFolder scratch = new ScratchFolder()) {
            var read = new CatalogReader().read(PackagedFeatures.catalog(catalog, scratch.path()));
            var scenarios = new FeatureScanner().scan(PackagedFeatures.features(features, scratch.path()));
            return RuleBookFiles.write(read, scenarios, results, allureReport, target);
        }
    }

    /** The folder of a run's rule book under a combined report's {@code rulebook/}: the column title, made a safe name. */
    static String folderName(String column) {
        return column.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
