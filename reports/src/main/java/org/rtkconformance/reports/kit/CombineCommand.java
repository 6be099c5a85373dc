package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.compare.AllureGenerator;
import org.rtkconformance.reports.compare.CombinedAllureResults;
import org.rtkconformance.reports.compare.RunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
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
        if (allure != null) {
            Path target = report != null ? report.toAbsolutePath().normalize() : results.resolveSibling("allure-report");
            AllureGenerator generator = new AllureGenerator(allure);
            Path multi = generator.generate(results, target, false);
            Path single = generator.generate(results, target.resolveSibling(target.getFileName() + "-single"), true);
            spec.commandLine().getOut().println("rtk-kit: combined report " + single + " (multi-file, with history: "
                    + multi + ")");
        }
        return RtkKit.EXIT_OK;
    }
}
