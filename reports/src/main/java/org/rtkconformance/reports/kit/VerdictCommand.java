package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.RunVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Judges a finished run (one the Maven suite or {@code rtk-kit run} wrote). */
@Command(name = "verdict", mixinStandardHelpOptions = true,
        description = "Judges a finished run with the backend's waivers: prints the summary table and writes "
                + "verdict.json, verdict.md and verdict.html.")
final class VerdictCommand implements Callable<Integer> {

    @Option(names = {"-r", "--run"}, defaultValue = "steps/target", paramLabel = "<dir|results.json>",
            description = "the run folder (holding rtk-results/results.json) or the results file (default: ${DEFAULT-VALUE})")
    Path run;

    @Option(names = {"-o", "--out"}, paramLabel = "<dir>", description = "where to write the verdict files (default: <run>/verdict)")
    Path out;

    @Option(names = "--certification", description = "no waiver may cover a required statement")
    boolean certification;

    @Option(names = "--report-only", description = "write the verdict and exit 0 whatever it says (the main job "
            + "uses this: its summary step judges the run once the reports are all written)")
    boolean reportOnly;

    @Mixin
    JudgeOptions judging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunDirectory directory = RunDirectory.open(run);
        RunResults results = directory.results();
        try (ScratchFolder scratch = new ScratchFolder()) {
            RunVerdict verdict = judging.judge(results, judging.readExpectations(results.backend().id()), certification, scratch);
            Path target = out != null ? out : directory.root().resolve("verdict");
            JudgeOptions.write(verdict, target);
            spec.commandLine().getOut().print(SummaryTable.of(verdict));
            spec.commandLine().getOut().println("verdict files: " + target.toAbsolutePath().normalize());
            return reportOnly ? 0 : verdict.exitCode();
        }
    }
}
