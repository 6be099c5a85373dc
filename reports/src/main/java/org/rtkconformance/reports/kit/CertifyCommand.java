package org.rtkconformance.reports.kit;

import org.rtkconformance.reports.bundle.BundleJudgement;
import org.rtkconformance.reports.bundle.BundleWriter;
import org.rtkconformance.reports.bundle.RecordedCommand;
import org.rtkconformance.reports.bundle.SigningKeys;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.RunVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Judges a run in certification mode and packs the evidence into one bundle, signed when asked. */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = "Judges a run in certification mode (no waiver on a required statement, every ambiguity declared, no "
                + "declared reading contradicted) against the kit's own "
                + "catalog and writes the certification bundle: a zip with the catalog, the expectations, the raw "
                + "results, the verdict, the command that reproduces the run, the kit jar's SHA-256 and a SHA-256 of "
                + "every file, signed with --sign. The bundle is written whatever the verdict; the exit code is the verdict's.")
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

    @Option(names = "--sign", paramLabel = "<key>",
            description = "sign the bundle with this Ed25519 key (rtk-kit keygen writes one); validate --trust <key.pub> checks it")
    Path signingKey;

    @Mixin
    JudgeOptions judging;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Read the key first: a wrong key should not cost a judgement.
        Optional<KeyPair> key = Optional.ofNullable(signingKey).map(SigningKeys::readSigning);
        RunDirectory directory = RunDirectory.open(run);
        RunResults results = directory.results();
        String reproduce = command(results);
        try (ScratchFolder scratch = new ScratchFolder()) {
            Path catalog = kitCatalog(scratch);
            RunVerdict verdict = BundleJudgement.judge(results, judging.readExpectations(results.backend().id()),
                    judging.readCatalog(scratch), judging.judgedOn());
            int files = new BundleWriter().write(out, directory, catalog, Optional.ofNullable(judging.expectations), verdict,
                    reproduce, Instant.now(), KitJar.sha256(), key);
            spec.commandLine().getOut().print(SummaryTable.of(verdict));
            spec.commandLine().getOut().println("bundle: " + out.toAbsolutePath().normalize() + " (" + files + " files"
                    + key.map(k -> ", signed by key " + SigningKeys.fingerprint(k.getPublic())).orElse("")
                    + "; check it with: rtk-kit validate " + out + ")");
            return verdict.exitCode();
        }
    }

    /** The recorded command; --command only where none is recorded, since the results are the evidence. */
    private String command(RunResults results) {
        Optional<String> recorded = RecordedCommand.of(results);
        if (recorded.isPresent() && command != null && !command.strip().equals(recorded.get())) {
            throw new ReportInputException(results.file(), "the results record the command '" + recorded.get()
                    + "'; --command '" + command.strip() + "' would contradict them (leave --command out)");
        }
        return recorded.or(() -> Optional.ofNullable(command).map(String::strip).filter(c -> !c.isEmpty()))
                .orElseThrow(() -> new ReportInputException(results.file(), "the results do not record the command that "
                        + "produced them (run.command); pass it with --command '<the exact command>'"));
    }

    /**
     * The catalog file to judge against: the kit's own, since validate judges the bundle again against the
     * catalog of the kit version it names; a --catalog that differs from it is refused rather than bundled.
     */
    private Path kitCatalog(ScratchFolder scratch) {
        Path catalog = judging.catalogFile(scratch);
        Optional<byte[]> own = PackagedFeatures.catalogBytes();
        if (judging.catalog != null && own.isPresent()) {
            try {
                if (!Arrays.equals(Files.readAllBytes(catalog), own.get())) {
                    throw new ReportInputException(catalog, "differs from the catalog this kit carries; a certification is "
                            + "judged against the kit's own catalog (leave --catalog out)");
                }
            } catch (java.io.IOException e) {
                throw new ReportInputException(catalog, "cannot read the statement catalog: " + e.getMessage(), e);
            }
        }
        return catalog;
    }
}
