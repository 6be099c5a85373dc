package org.rtkconformance.reports.kit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.rtkconformance.reports.bundle.BundleWriter;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.input.JsonFiles;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.RunVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Judges a run in certification mode and packs the evidence into one bundle. */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = "Judges a run in certification mode (no waiver on a required statement, every ambiguity "
                + "declared, no declared reading contradicted) and writes the "
                + "certification bundle: a zip with the catalog, the expectations, the raw results, the verdict, "
                + "the command that reproduces the run and a SHA-256 of every file. The bundle is written whatever "
                + "the verdict; the exit code is the verdict's.")
final class CertifyCommand implements Callable<Integer> {

    @Option(names = {"-r", "--run"}, defaultValue = "steps/target", paramLabel = "<dir>",
            description = "the run folder: rtk-results/, allure-results/, cucumber/ and JUnit XML (default: ${DEFAULT-VALUE})")
    Path run;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "<bundle.zip>", description = "the bundle to write")
    Path out;

    @Option(names = "--command", paramLabel = "<command line>",
            description = "the exact command that reproduces the run; needed when the results do not record it "
                    + "(rtk-kit run records it; a Maven run records it with -Drtk.command=...)")
    String command;

    @Mixin
    JudgeOptions judging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunDirectory directory = RunDirectory.open(run);
        RunResults results = directory.results();
        String reproduce = command != null ? command : recordedCommand(results).orElseThrow(() -> new ReportInputException(
                results.file(), "the results do not record the command that produced them (run.command); "
                + "pass it with --command '<the exact command>'"));
        try (ScratchFolder scratch = new ScratchFolder()) {
            RunVerdict verdict = judging.judge(results, judging.readExpectations(results.backend().id()), true, scratch);
            int files = new BundleWriter().write(out, directory, judging.catalogFile(scratch),
                    Optional.ofNullable(judging.expectations), verdict, reproduce, Instant.now());
            spec.commandLine().getOut().print(SummaryTable.of(verdict));
            spec.commandLine().getOut().println("bundle: " + out.toAbsolutePath().normalize() + " (" + files
                    + " files; check it with: rtk-kit validate " + out + ")");
            return verdict.exitCode();
        }
    }

    private static Optional<String> recordedCommand(RunResults results) {
        String recorded = JsonFiles.read(new ObjectMapper(), results.file(), "results file").path("run").path("command").asText("");
        return recorded.isBlank() ? Optional.empty() : Optional.of(recorded);
    }
}
