package org.rtkconformance.reports.kit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.bundle.Sha256;
import org.rtkconformance.reports.cli.ReportCommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite run in this JVM against the reference backend (a few statements, to keep it short), then the
 * run certified, the bundle validated, and a tampered copy refused. One test: the steps pick the backend
 * once per JVM.
 */
class KitRunTests {

    @TempDir
    Path dir;

    @Test
    void run_certify_validate_and_refuse_a_tampered_bundle() throws IOException {
        Path report = dir.resolve("report");
        ReportCommandLine run = new ReportCommandLine();
        // The suite's plugin prints its summary line on the JVM's console; kept here, so a passing build stays quiet.
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = run.run(new RtkKit(), "run", "--backend", "reference", "--tags",
                    "@statement:OPEN-PURPOSE-1 or @statement:OPEN-RTSSINST-2", "-o", report.toString(), "--quiet");
        } finally {
            System.setOut(console);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("rtk-conformance: backend=reference PASS=5");

        assertThat(code).as(run.err()).isZero();
        assertThat(run.out()).contains("verdict:     CONFORMANT (backend reference, run ").contains("@required");
        assertThat(report.resolve("rtk-results/results.json")).content().contains("\"command\" : \"java -jar rtk-kit.jar run --backend reference --tags '@statement:OPEN-PURPOSE-1 or @statement:OPEN-RTSSINST-2'");
        assertThat(report.resolve("cucumber/messages.ndjson")).isNotEmptyFile();
        assertThat(report.resolve("cucumber/junit.xml")).content().contains("<testsuite");
        assertThat(report.resolve("verdict/verdict.json")).content().contains("\"verdict\" : \"CONFORMANT\"");
        try (var files = Files.list(report.resolve("allure-results"))) {
            assertThat(files.filter(f -> f.toString().endsWith("-result.json")).count()).isPositive();
        }

        Path bundle = dir.resolve("reference.zip");
        ReportCommandLine certify = new ReportCommandLine();
        assertThat(certify.run(new RtkKit(), "certify", "--run", report.toString(), "-o", bundle.toString())).as(certify.err()).isZero();
        assertThat(certify.out()).contains("bundle: " + bundle);

        ReportCommandLine validate = new ReportCommandLine();
        assertThat(validate.run(new RtkKit(), "validate", bundle.toString())).as(validate.err()).isZero();
        assertThat(validate.out()).isEqualTo("rtk-kit: " + bundle + " is a complete, intact certification bundle\n");

        Path forged = dir.resolve("forged.zip");
        Files.copy(bundle, forged);
        tamper(forged, "COMMAND", true);
        ReportCommandLine forgery = new ReportCommandLine();
        assertThat(forgery.run(new RtkKit(), "validate", forged.toString())).as(forgery.out()).isEqualTo(RtkKit.EXIT_BUNDLE_INVALID);
        assertThat(forgery.err()).isEqualTo("rtk-kit: " + forged + ": COMMAND: is 'java -jar rtk-kit.jar run --backend "
                + "something-else' but the results record the run's command as 'java -jar rtk-kit.jar run --backend reference "
                + "--tags '@statement:OPEN-PURPOSE-1 or @statement:OPEN-RTSSINST-2' -o " + report + " --quiet'\n");

        ReportCommandLine keygen = new ReportCommandLine();
        assertThat(keygen.run(new RtkKit(), "keygen", dir.resolve("keys/lab").toString())).as(keygen.err()).isZero();
        assertThat(keygen.out()).contains("signing key: " + dir.resolve("keys/lab.key")).contains("public key:  "
                + dir.resolve("keys/lab.pub") + " SHA256:");
        Path signed = dir.resolve("signed.zip");
        ReportCommandLine sign = new ReportCommandLine();
        assertThat(sign.run(new RtkKit(), "certify", "--run", report.toString(), "-o", signed.toString(), "--sign",
                dir.resolve("keys/lab.key").toString())).as(sign.err()).isZero();
        assertThat(sign.out()).contains(", signed by key SHA256:");
        ReportCommandLine trusted = new ReportCommandLine();
        assertThat(trusted.run(new RtkKit(), "validate", signed.toString(), "--trust", dir.resolve("keys/lab.pub").toString()))
                .as(trusted.err()).isZero();
        ReportCommandLine unsigned = new ReportCommandLine();
        assertThat(unsigned.run(new RtkKit(), "validate", bundle.toString(), "--trust", dir.resolve("keys/lab.pub").toString()))
                .isEqualTo(RtkKit.EXIT_BUNDLE_INVALID);
        assertThat(unsigned.err()).contains(": SIGNATURE: missing; the bundle is not signed");

        tamper(bundle, "COMMAND", false);
        ReportCommandLine tampered = new ReportCommandLine();
        assertThat(tampered.run(new RtkKit(), "validate", bundle.toString())).isEqualTo(RtkKit.EXIT_BUNDLE_INVALID);
        assertThat(tampered.err()).startsWith("rtk-kit: " + bundle + ": COMMAND: SHA-256 is ")
                .contains("(the file was changed after the bundle was made)");
    }

    /** Replaces {@code entryName}; with {@code recomputeSums} SHA256SUMS is made to match, as a forger would. */
    private static void tamper(Path zip, String entryName, boolean recomputeSums) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream unzip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = unzip.getNextEntry()) != null) {
                entries.put(entry.getName(), unzip.readAllBytes());
            }
        }
        entries.put(entryName, "java -jar rtk-kit.jar run --backend something-else\n".getBytes(StandardCharsets.UTF_8));
        if (recomputeSums) {
            StringBuilder sums = new StringBuilder();
            entries.entrySet().stream().filter(e -> !e.getKey().equals("SHA256SUMS")).sorted(Map.Entry.comparingByKey())
                    .forEach(e -> sums.append(Sha256.of(e.getValue())).append("  ").append(e.getKey()).append('\n'));
            entries.put("SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream rezip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                rezip.putNextEntry(new ZipEntry(e.getKey()));
                rezip.write(e.getValue());
                rezip.closeEntry();
            }
        }
    }
}
