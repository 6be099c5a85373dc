package org.rtkconformance.reports.bundle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.compare.RunFolder;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.expectations.ExpectationsReader;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.verdict.RunVerdict;
import org.rtkconformance.reports.verdict.SampleRun;
import org.rtkconformance.reports.verdict.VerdictJudge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    private Path bundle;

    @BeforeEach
    void certify() throws IOException {
        RunDirectory run = RunDirectory.open(RunFolder.write(dir.resolve("posix"), SampleRun.typical("posix")));
        Path expectations = Files.writeString(dir.resolve("posix.yaml"), "format: rtk-expectations/1\nbackend: posix\n"
                + "expectations: []\n");
        Expectations read = new ExpectationsReader().read(expectations);
        RunVerdict verdict = new VerdictJudge(Optional.of(new CatalogReader().read(Fixtures.CATALOG)), true, TODAY)
                .judge(run.results(), read);
        bundle = dir.resolve("out/posix.zip");
        int files = new BundleWriter().write(bundle, run, Fixtures.CATALOG, Optional.of(expectations), verdict,
                "java -jar rtk-kit.jar run --backend posix", Instant.parse("2026-11-27T17:00:00Z"));
        assertThat(files).isEqualTo(16);
    }

    @Test
    void a_fresh_bundle_holds_every_part_and_is_valid() throws IOException {
        Map<String, byte[]> entries = read(bundle);

        assertThat(entries.keySet()).contains("bundle.json", "catalog.yaml", "expectations.yaml", "COMMAND", "SHA256SUMS",
                "results/results.json", "results/cucumber/messages.ndjson", "results/junit/surefire-reports-TEST-suite.xml",
                "results/allure-results/r1-result.json", "results/allure-results/a1-attachment.txt",
                "verdict/verdict.json", "verdict/verdict.md", "verdict/verdict.html")
                .doesNotContain("results/allure-results/old-result.json");
        assertThat(new String(entries.get("bundle.json"), StandardCharsets.UTF_8))
                .contains("\"format\" : \"rtk-bundle/1\"").contains("\"verdict\" : \"NON-CONFORMANT\"")
                .contains("\"readings\" : {\n      \"D-8\" : \"D-8.A\"").contains("\"capabilities\" : [ \"INTROSPECTION\" ]");
        assertThat(new String(entries.get("COMMAND"), StandardCharsets.UTF_8)).isEqualTo("java -jar rtk-kit.jar run --backend posix\n");
        assertThat(new BundleValidator().validate(bundle)).isEmpty();
    }

    @Test
    void an_edited_file_is_named_with_both_hashes() throws IOException {
        rewrite(entries -> {
            entries.put("results/results.json", new String(entries.get("results/results.json"), StandardCharsets.UTF_8)
                    .replace("\"FAIL\"", "\"PASS\"").getBytes(StandardCharsets.UTF_8));
            return entries;
        });

        assertThat(new BundleValidator().validate(bundle)).singleElement().asString()
                .startsWith("results/results.json: SHA-256 is ")
                .endsWith(" (the file was changed after the bundle was made)");
    }

    @Test
    void an_edit_with_a_recomputed_manifest_is_caught_by_judging_the_results_again() throws IOException {
        rewrite(entries -> {
            entries.put("results/results.json", new String(entries.get("results/results.json"), StandardCharsets.UTF_8)
                    .replace("\"FAIL\"", "\"PASS\"").getBytes(StandardCharsets.UTF_8));
            StringBuilder manifest = new StringBuilder();
            entries.entrySet().stream().filter(e -> !e.getKey().equals("SHA256SUMS")).sorted(Map.Entry.comparingByKey())
                    .forEach(e -> manifest.append(sha256(e.getValue())).append("  ").append(e.getKey()).append('\n'));
            entries.put("SHA256SUMS", manifest.toString().getBytes(StandardCharsets.UTF_8));
            return entries;
        });

        assertThat(new BundleValidator().validate(bundle)).contains(
                "verdict/verdict.json: verdict (judged again from the bundled results) is 'NON-CONFORMANT' but should be 'CONFORMANT'");
    }

    @Test
    void an_added_file_and_a_missing_part_are_named() throws IOException {
        rewrite(entries -> {
            entries.put("results/extra.txt", "smuggled".getBytes(StandardCharsets.UTF_8));
            entries.remove("verdict/verdict.md");
            return entries;
        });

        assertThat(new BundleValidator().validate(bundle)).containsExactlyInAnyOrder(
                "verdict/verdict.md: missing",
                "verdict/verdict.md: listed in SHA256SUMS but not in the bundle",
                "results/extra.txt: in the bundle but not in SHA256SUMS (added afterwards)");
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused_with_its_name() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip");

        assertThatThrownBy(() -> new BundleValidator().validate(text)).isInstanceOf(ReportInputException.class)
                .hasMessage(text + ": is not a zip archive, or an empty one");
        assertThatThrownBy(() -> new BundleValidator().validate(dir.resolve("nope.zip")))
                .hasMessage(dir.resolve("nope.zip") + ": the bundle does not exist");
    }

    @Test
    void a_run_without_junit_xml_cannot_be_bundled() throws IOException {
        Path root = RunFolder.write(dir.resolve("bare"), SampleRun.typical("posix"));
        Files.delete(root.resolve("surefire-reports/TEST-suite.xml"));
        RunDirectory run = RunDirectory.open(root);
        RunVerdict verdict = new VerdictJudge(Optional.empty(), true, TODAY).judge(run.results(), Expectations.none("posix"));

        assertThatThrownBy(() -> new BundleWriter().write(dir.resolve("b.zip"), run, Fixtures.CATALOG, Optional.empty(),
                verdict, "mvn verify", Instant.now())).isInstanceOf(ReportInputException.class)
                .hasMessage(root + ": the run kept no JUnit XML (surefire-reports/*.xml or cucumber/*.xml)");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream unzip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = unzip.getNextEntry()) != null) {
                entries.put(entry.getName(), unzip.readAllBytes());
            }
        }
        return entries;
    }

    private void rewrite(UnaryOperator<Map<String, byte[]>> edit) throws IOException {
        Map<String, byte[]> entries = edit.apply(read(bundle));
        try (OutputStream out = Files.newOutputStream(bundle); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
