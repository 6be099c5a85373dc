package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.compare.RunDiff;
import org.rtkconformance.reports.compare.RunDiffMarkdown;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.input.ReportInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** What changed between two runs of one backend. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compares two runs of one backend: new failures, fixes, changed readings, other changes. "
                + "Exits 1 when the newer run has a new failure.")
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<before>", description = "the older run (folder or results file)")
    Path before;

    @Parameters(index = "1", paramLabel = "<after>", description = "the newer run (folder or results file)")
    Path after;

    @Option(names = {"-o", "--out"}, paramLabel = "<file.md>", description = "also write the diff to this Markdown file")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunDiff diff = RunDiff.of(RunDirectory.open(before).results(), RunDirectory.open(after).results());
        String markdown = new RunDiffMarkdown().write(diff);
        if (out != null) {
            try {
                Path parent = out.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(out, markdown, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ReportInputException(out, "cannot write the diff: " + e.getMessage(), e);
            }
        }
        spec.commandLine().getOut().print(markdown);
        return diff.regressed() ? RtkKit.EXIT_NON_CONFORMANT : RtkKit.EXIT_OK;
    }
}
