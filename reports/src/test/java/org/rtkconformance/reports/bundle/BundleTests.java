package org.rtkconformance.reports.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.compare.RunDirectory;
import org.rtkconformance.reports.compare.RunFolder;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.expectations.ExpectationsReader;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.verdict.RunVerdict;
import org.rtkconformance.reports.verdict.SampleRun;
import org.rtkconformance.reports.catalog.CatalogReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Certify and validate, and every forgery issue 12 names. Each forgery recomputes SHA256SUMS, as a forger
 * would, so only re-deriving the bundle from its raw results can catch it.
 */
class BundleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String KIT_VERSION = "0.1.0-SNAPSHOT";
    private static final String COMMAND = "java -jar rtk-kit.jar run --backend posix";

    @TempDir
    Path dir;

    private Path bundle;
    private RunDirectory run;
    private Path expectations;
    private RunVerdict verdict;

    @BeforeEach
    void certify() throws IOException {
        certify(SampleRun.typical("posix"));
    }

    /** Certifies {@code sample}, whose scenarios sit at lines 10 to 50 as in {@link SampleRun#typical}. */
    private void certify(SampleRun sample) throws IOException {
        Path root = RunFolder.write(dir.resolve("posix"), sample);
        // RunFolder keeps Allure results for two scenarios only; a bundle holds one for every scenario.
        long start = 1_795_795_200_000L + 2_000;
        for (String[] row : new String[][]{{"r3", "30", "passed"}, {"r4", "40", "skipped"}, {"r5", "50", "skipped"}}) {
            Files.writeString(root.resolve("allure-results/" + row[0] + "-result.json"), "{\"uuid\":\"" + row[0]
                    + "\",\"historyId\":\"hid-posix-" + row[1] + "\",\"start\":" + start + ",\"status\":\"" + row[2] + "\"}");
        }
        run = RunDirectory.open(root);
        if (run.results().scenarios().get(1).verdict() == org.rtkconformance.reports.results.Verdict.PASS) {
            Files.writeString(root.resolve("allure-results/r2-result.json"), Files.readString(
                    root.resolve("allure-results/r2-result.json")).replace("\"failed\"", "\"passed\""));
        }
        expectations = Files.writeString(dir.resolve("posix.yaml"), "format: rtk-expectations/1\nbackend: posix\n"
                + "expectations: []\n");
        Expectations read = new ExpectationsReader().read(expectations);
        verdict = BundleJudgement.judge(run.results(), read, new CatalogReader().read(Fixtures.CATALOG), TODAY);
        bundle = dir.resolve("out/posix.zip");
        int files = new BundleWriter().write(bundle, run, Fixtures.CATALOG, Optional.of(expectations), verdict,
                COMMAND, Instant.parse("2026-11-27T17:00:00Z"));
        assertThat(files).isEqualTo(19);
    }

    private static BundleValidator validator() {
        byte[] catalog = readQuietly(Fixtures.CATALOG);
        return new BundleValidator(KIT_VERSION, v -> v.equals(KIT_VERSION) ? Optional.of(catalog) : Optional.empty());
    }

    private List<String> validate() {
        return validator().validate(bundle);
    }

    @Test
    void a_fresh_bundle_holds_every_part_and_is_valid() throws IOException {
        Map<String, byte[]> entries = read(bundle);

        assertThat(entries.keySet()).contains("bundle.json", "catalog.yaml", "expectations.yaml", "COMMAND", "SHA256SUMS",
                "results/results.json", "results/cucumber/messages.ndjson", "results/junit/surefire-reports-TEST-suite.xml",
                "results/allure-results/r1-result.json", "results/allure-results/a1-attachment.txt",
                "verdict/verdict.json", "verdict/verdict.md", "verdict/verdict.html")
                .doesNotContain("results/allure-results/old-result.json", "SIGNATURE");
        assertThat(text(entries, "bundle.json"))
                .contains("\"format\" : \"rtk-bundle/1\"").contains("\"verdict\" : \"NON-CONFORMANT\"")
                .contains("\"readings\" : {\n      \"D-8\" : \"D-8.A\"").contains("\"capabilities\" : [ \"INTROSPECTION\" ]");
        assertThat(text(entries, "verdict/verdict.json")).contains("\"results\" : \"results/results.json\"")
                .contains("\"expectations\" : \"expectations.yaml\"").doesNotContain(dir.toString());
        assertThat(text(entries, "COMMAND")).isEqualTo(COMMAND + "\n");
        assertThat(validate()).isEmpty();
    }

    @Test
    void an_edited_file_is_named_with_both_hashes() throws IOException {
        rewrite(entries -> replace(entries, "results/results.json", "\"FAIL\"", "\"PASS\""), false);

        assertThat(validate()).singleElement().asString()
                .startsWith("results/results.json: SHA-256 is ")
                .endsWith(" (the file was changed after the bundle was made)");
    }

    @Test
    void edited_raw_results_with_recomputed_sums_are_caught_by_judging_them_again() throws IOException {
        rewrite(entries -> replace(entries, "results/results.json", "\"FAIL\"", "\"PASS\""), true);

        assertThat(validate()).first().isEqualTo("bundle.json: verdict is \"NON-CONFORMANT\" but the verdict judged again "
                + "from the bundled results says \"CONFORMANT\"");
    }

    @Test
    void a_changed_vendor_is_named_against_the_backend_manifest() throws IOException {
        rewrite(entries -> replace(entries, "bundle.json", "\"vendor\" : \"tests\"", "\"vendor\" : \"ACME\""), true);

        assertThat(validate()).containsExactly("bundle.json: backend.vendor is \"ACME\" but the backend manifest recorded "
                + "in the results (HELLO) says \"tests\"");
    }

    @Test
    void a_changed_version_is_named_against_the_backend_manifest() throws IOException {
        rewrite(entries -> replace(entries, "bundle.json", "\"version\" : \"1.0\"", "\"version\" : \"2.0\""), true);

        assertThat(validate()).containsExactly("bundle.json: backend.version is \"2.0\" but the backend manifest recorded "
                + "in the results (HELLO) says \"1.0\"");
    }

    @Test
    void changed_capabilities_are_named_against_the_backend_manifest() throws IOException {
        rewrite(entries -> replace(entries, "bundle.json", "[ \"INTROSPECTION\" ]", "[ \"INTROSPECTION\", \"NATIVE_HEADER\" ]"), true);

        assertThat(validate()).containsExactly("bundle.json: backend.capabilities is [\"INTROSPECTION\",\"NATIVE_HEADER\"] "
                + "but the backend manifest recorded in the results (HELLO) says [\"INTROSPECTION\"]");
    }

    @Test
    void a_profile_raised_from_partial_to_success_is_named() throws IOException {
        String partial = partialProfile();
        rewrite(entries -> {
            ObjectNode verdictJson = (ObjectNode) tree(entries.get("verdict/verdict.json"));
            ((ObjectNode) verdictJson.path("profiles").path(partial)).put("status", "SUCCESS");
            entries.put("verdict/verdict.json", json(verdictJson));
            return entries;
        }, true);

        assertThat(validate()).containsExactly("verdict/verdict.json: profiles." + partial + ".status is \"SUCCESS\" but "
                + "judging the bundled results again gives \"PARTIAL\"");
    }

    @Test
    void a_profile_raised_in_bundle_json_is_named_too() throws IOException {
        String partial = partialProfile();
        rewrite(entries -> replace(entries, "bundle.json", "\"" + partial + "\" : \"PARTIAL\"", "\"" + partial + "\" : \"SUCCESS\""), true);

        assertThat(validate()).containsExactly("bundle.json: profiles." + partial + " is \"SUCCESS\" but the verdict judged "
                + "again from the bundled results says \"PARTIAL\"");
    }

    @Test
    void human_pages_edited_to_say_conformant_are_named_with_the_first_differing_line() throws IOException {
        assertThat(verdict.title()).isEqualTo("NON-CONFORMANT");
        rewrite(entries -> {
            replace(entries, "verdict/verdict.html", "NON-CONFORMANT", "CONFORMANT");
            return replace(entries, "verdict/verdict.md", "NON-CONFORMANT", "CONFORMANT");
        }, true);

        List<String> problems = validate();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("verdict/verdict.md: line ").contains("CONFORMANT")
                .contains("but the page regenerated from the bundled results has ").contains("NON-CONFORMANT");
        assertThat(problems.get(1)).startsWith("verdict/verdict.html: line ");
    }

    @Test
    void a_dropped_allure_result_is_named_with_its_scenario() throws IOException {
        rewrite(entries -> {
            entries.remove("results/allure-results/r2-result.json");
            return entries;
        }, true);

        assertThat(validate()).containsExactly("results/allure-results/: no Allure result for scenario name.feature:20 "
                + "'Names are case-insensitive' (FAIL in results/results.json, historyId hid-posix-20)");
    }

    @Test
    void an_allure_result_that_turns_a_failure_into_a_pass_is_named() throws IOException {
        rewrite(entries -> replace(entries, "results/allure-results/r2-result.json", "\"failed\"", "\"passed\""), true);

        assertThat(validate()).containsExactly("results/allure-results/r2-result.json: Allure status 'passed' but scenario "
                + "name.feature:20 is FAIL in results/results.json (allowed: failed)");
    }

    @Test
    void an_edited_command_names_the_command_file_as_the_one_that_differs() throws IOException {
        rewrite(entries -> {
            entries.put("COMMAND", "echo tampered\n".getBytes(StandardCharsets.UTF_8));
            return entries;
        }, true);

        assertThat(validate()).containsExactly("COMMAND: is 'echo tampered' but bundle.json records the command as '" + COMMAND + "'");
    }

    @Test
    void a_catalog_other_than_the_kits_own_is_named() throws IOException {
        rewrite(entries -> {
            entries.put("catalog.yaml", (text(entries, "catalog.yaml") + "\n# edited\n").getBytes(StandardCharsets.UTF_8));
            return entries;
        }, true);

        assertThat(validate()).singleElement().asString().startsWith("catalog.yaml: SHA-256 is ")
                .endsWith("(a run is judged against its kit's own catalog)");
    }

    @Test
    void a_bundle_of_another_kit_version_is_not_judged_with_this_kits_catalog() throws IOException {
        BundleValidator other = new BundleValidator("0.2.0", v -> Optional.empty());

        assertThat(other.validate(bundle)).containsExactly("results/results.json: made by kit version '0.1.0-SNAPSHOT', "
                + "but this kit is '0.2.0' and carries no catalog of that version to judge it against; validate it with "
                + "rtk-kit 0.1.0-SNAPSHOT");
    }

    @Test
    void an_added_file_and_a_missing_part_are_named() throws IOException {
        rewrite(entries -> {
            entries.put("results/extra.txt", "smuggled".getBytes(StandardCharsets.UTF_8));
            entries.remove("verdict/verdict.md");
            return entries;
        }, false);

        assertThat(validate()).containsExactlyInAnyOrder(
                "verdict/verdict.md: missing",
                "verdict/verdict.md: listed in SHA256SUMS but not in the bundle",
                "results/extra.txt: in the bundle but not in SHA256SUMS (added afterwards)");
    }

    @Test
    void unreadable_archives_are_invalid_bundles_not_input_errors() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        Path empty = dir.resolve("empty.zip");
        new ZipOutputStream(Files.newOutputStream(empty)).close();
        byte[] whole = Files.readAllBytes(bundle);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(whole, whole.length - 40));
        Path slip = dir.resolve("slip.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(slip))) {
            zip.putNextEntry(new ZipEntry("results/../../etc/evil"));
            zip.write(1);
            zip.closeEntry();
        }

        assertThat(validator().validate(text)).singleElement().asString().startsWith("not a readable bundle: it is not a whole zip archive");
        assertThat(validator().validate(empty)).containsExactly("not a readable bundle: the archive is empty");
        assertThat(validator().validate(truncated)).singleElement().asString().startsWith("not a readable bundle: it is not a whole zip archive");
        assertThat(validator().validate(slip)).containsExactly("not a readable bundle: entry 'results/../../etc/evil' has an "
                + "unsafe path (absolute, or leaving the bundle)");
        assertThatThrownBy(() -> validator().validate(dir.resolve("nope.zip"))).isInstanceOf(ReportInputException.class)
                .hasMessage(dir.resolve("nope.zip") + ": the bundle does not exist");
    }

    @Test
    void a_run_without_junit_xml_cannot_be_bundled() throws IOException {
        Path root = RunFolder.write(dir.resolve("bare"), SampleRun.typical("posix"));
        Files.delete(root.resolve("surefire-reports/TEST-suite.xml"));
        RunDirectory bare = RunDirectory.open(root);

        assertThatThrownBy(() -> new BundleWriter().write(dir.resolve("b.zip"), bare, Fixtures.CATALOG, Optional.empty(),
                verdict, "mvn verify", Instant.now())).isInstanceOf(ReportInputException.class)
                .hasMessage(root + ": the run kept no JUnit XML (surefire-reports/*.xml or cucumber/*.xml)");
    }

    @Test
    void a_signed_bundle_validates_only_with_the_signers_public_key() throws IOException {
        Path signed = signedBundle("acme");
        SigningKeys.generate(dir.resolve("other.key"), dir.resolve("other.pub"));
        var acme = SigningKeys.readPublic(dir.resolve("acme.pub"));
        var other = SigningKeys.readPublic(dir.resolve("other.pub"));

        assertThat(validator().validate(signed, Optional.of(acme))).isEmpty();
        assertThat(validator().validate(signed)).isEmpty();
        assertThat(validator().validate(signed, Optional.of(other))).containsExactly("SIGNATURE: signed by key "
                + SigningKeys.fingerprint(acme) + ", not by the trusted key " + SigningKeys.fingerprint(other));
    }

    @Test
    void an_unsigned_bundle_is_invalid_when_a_trusted_key_is_given() {
        SigningKeys.generate(dir.resolve("acme.key"), dir.resolve("acme.pub"));
        var acme = SigningKeys.readPublic(dir.resolve("acme.pub"));

        assertThat(validator().validate(bundle, Optional.of(acme))).containsExactly("SIGNATURE: missing; the bundle is not "
                + "signed, and --trust asks for one signed by key " + SigningKeys.fingerprint(acme) + " (certify --sign)");
    }

    @Test
    void a_bundle_changed_after_signing_is_invalid_even_with_recomputed_sums() throws IOException {
        Path signed = signedBundle("acme");
        var acme = SigningKeys.readPublic(dir.resolve("acme.pub"));
        Forgery.rewrite(signed, entries -> replace(entries, "results/results.json", "\"run-posix\"", "\"run-posix-2\""), true);

        assertThat(validator().validate(signed, Optional.of(acme))).containsExactly("SIGNATURE: the signature does not match "
                + "SHA256SUMS (the bundle was changed after it was signed)");
    }

    @Test
    void keys_are_never_overwritten_and_a_public_key_is_not_a_signing_key() throws IOException {
        SigningKeys.generate(dir.resolve("acme.key"), dir.resolve("acme.pub"));

        assertThatThrownBy(() -> SigningKeys.generate(dir.resolve("acme.key"), dir.resolve("acme2.pub")))
                .isInstanceOf(ReportInputException.class).hasMessageEndingWith("already exists; a key is never overwritten (choose another name)");
        assertThatThrownBy(() -> SigningKeys.readSigning(dir.resolve("acme.pub"))).isInstanceOf(ReportInputException.class)
                .hasMessageContaining("is not a PEM 'PRIVATE KEY' file");
        assertThat(Files.getPosixFilePermissions(dir.resolve("acme.key")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    private Path signedBundle(String keyName) {
        Path key = dir.resolve(keyName + ".key");
        SigningKeys.generate(key, dir.resolve(keyName + ".pub"));
        Path signed = dir.resolve("out/signed.zip");
        new BundleWriter().write(signed, run, Fixtures.CATALOG, Optional.of(expectations), verdict, COMMAND,
                Instant.parse("2026-11-27T17:00:00Z"), Optional.empty(), Optional.of(SigningKeys.readSigning(key)));
        return signed;
    }

    /** Certifies a run whose core profile is PARTIAL (all passes but one UNSUPPORTED) and returns that profile's name. */
    private String partialProfile() throws IOException {
        certify(new SampleRun("posix", Map.of("D-8", "D-8.A"))
                .scenario(10, "Opening an existing object", "required", "PASS", "OPEN-PURPOSE-1")
                .scenario(20, "Names are case-insensitive", "required", "PASS", "OPEN-NAME-4")
                .scenario(30, "A long name is refused", "interpretation", "PASS", "OPEN-NAME-2", "D-8.A")
                .scenario(40, "A long name is truncated", "interpretation", "NOT_APPLICABLE", "OPEN-NAME-2", "D-8.B")
                .scenario(50, "One of the five codes", "required", "UNSUPPORTED", "OPEN-RET-2"));
        var profiles = tree(read(bundle).get("verdict/verdict.json")).path("profiles");
        var names = profiles.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (profiles.path(name).path("status").asText().equals("PARTIAL")) {
                return name;
            }
        }
        throw new AssertionError("the sample run has no PARTIAL profile: " + profiles);
    }

    static Map<String, byte[]> replace(Map<String, byte[]> entries, String name, String from, String to) {
        String before = text(entries, name);
        assertThat(before).as(name).contains(from);
        entries.put(name, before.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(byte[] bytes) {
        try {
            return new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] json(ObjectNode node) {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Map<String, byte[]> read(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream unzip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = unzip.getNextEntry()) != null) {
                entries.put(entry.getName(), unzip.readAllBytes());
            }
        }
        return entries;
    }

    /** Rewrites the bundle with {@code edit} applied; with {@code recomputeSums}, as a forger would, SHA256SUMS too. */
    private void rewrite(UnaryOperator<Map<String, byte[]>> edit, boolean recomputeSums) throws IOException {
        Forgery.rewrite(bundle, edit, recomputeSums);
    }
}
