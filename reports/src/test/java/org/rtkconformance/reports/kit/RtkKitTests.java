package org.rtkconformance.reports.kit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.cli.ReportCommandLine;
import org.rtkconformance.reports.compare.RunFolder;
import org.rtkconformance.reports.verdict.SampleRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line in-process: flags, exit codes, and one-line errors without stack traces. */
class RtkKitTests {

    @TempDir
    Path dir;

    private final ReportCommandLine line = new ReportCommandLine();

    private int kit(String... args) {
        return line.run(new RtkKit(), args);
    }

    @Test
    void help_lists_every_command_and_the_exit_codes() {
        assertThat(kit("--help")).isZero();
        assertThat(line.out()).contains("run ", "verdict ", "compare ", "diff ", "combine ", "certify ", "validate ",
                "keygen ", "statements ", "Exit codes:", "4   the bundle is invalid (validate)");
    }

    @Test
    void every_command_has_help() {
        for (String command : new String[]{"run", "verdict", "compare", "diff", "combine", "certify", "validate", "keygen", "statements"}) {
            ReportCommandLine each = new ReportCommandLine();
            assertThat(each.run(new RtkKit(), command, "--help")).as(command).isZero();
            assertThat(each.out()).as(command).startsWith("Usage: rtk-kit " + command);
        }
    }

    @Test
    void no_command_is_a_usage_error() {
        assertThat(kit()).isEqualTo(2);
        assertThat(line.err()).startsWith("rtk-kit: name a command: run, verdict, compare");
    }

    @Test
    void an_unknown_flag_is_a_usage_error_with_the_usage() {
        assertThat(kit("verdict", "--frobnicate")).isEqualTo(2);
        assertThat(line.err()).startsWith("rtk-kit: Unknown option: '--frobnicate'").contains("Usage: rtk-kit verdict")
                .doesNotContain("\tat ");
    }

    @Test
    void a_missing_run_folder_is_one_line_naming_it() {
        Path missing = dir.resolve("nowhere");
        assertThat(kit("verdict", "--run", missing.toString())).isEqualTo(2);
        assertThat(line.err()).isEqualTo("rtk-kit: " + missing
                + ": the run folder does not exist (expected a folder with rtk-results/results.json)\n");
    }

    @Test
    void a_bad_date_is_a_usage_error() {
        assertThat(kit("verdict", "--today", "tomorrow")).isEqualTo(2);
        assertThat(line.err()).contains("Invalid value for option '--today'");
    }

    @Test
    void an_unknown_backend_is_refused_before_anything_runs() {
        assertThat(kit("run", "--backend", "vxworks", "-o", dir.toString())).isEqualTo(2);
        assertThat(line.err()).startsWith("rtk-kit: --backend vxworks: no such backend; available: ")
                .contains("posix").contains("reference");
        assertThat(dir.resolve("rtk-results")).doesNotExist();
    }

    @Test
    void a_bad_tag_expression_is_refused_before_anything_runs() {
        assertThat(kit("run", "--tags", "@a and", "-o", dir.toString())).isEqualTo(2);
        assertThat(line.err()).startsWith("rtk-kit: --tags '@a and' is not a tag expression: ");
        assertThat(dir.resolve("rtk-results")).doesNotExist();
    }

    @Test
    void a_mask_naming_no_capability_is_refused_with_the_valid_ones() {
        assertThat(kit("run", "--mask", "INTROSPECTON", "-o", dir.toString())).isEqualTo(2);
        assertThat(line.err()).startsWith("rtk-kit: Unknown capability 'INTROSPECTON' in --mask; valid capabilities: ")
                .contains("INTROSPECTION").contains("UNMAP");
        assertThat(dir.resolve("rtk-results")).doesNotExist();
    }

    @Test
    void version_names_the_kit() {
        assertThat(kit("--version")).isZero();
        assertThat(line.out()).startsWith("rtk-kit ").contains("(Java ");
    }

    @Test
    void verdict_in_report_only_mode_writes_a_non_conformant_verdict_and_exits_zero() throws IOException {
        Path run = RunFolder.write(dir.resolve("posix"), SampleRun.typical("posix"));
        Path out = dir.resolve("verdict-out");

        assertThat(kit("verdict", "--run", run.toString(), "--catalog", Fixtures.CATALOG.toString(), "--today",
                "2026-11-27", "--out", out.toString(), "--report-only")).isEqualTo(0);
        assertThat(line.out()).contains("verdict:     NON-CONFORMANT (backend posix, run run-posix)");
        assertThat(out.resolve("verdict.json")).exists();
    }

    @Test
    void verdict_applies_the_waivers_and_exits_with_the_verdict() throws IOException {
        Path run = RunFolder.write(dir.resolve("posix"), SampleRun.typical("posix"));
        String catalog = Fixtures.CATALOG.toString();

        assertThat(kit("verdict", "--run", run.toString(), "--catalog", catalog, "--today", "2026-11-27")).isEqualTo(1);
        assertThat(line.out()).contains("verdict:     NON-CONFORMANT (backend posix, run run-posix)")
                .contains("1 scenario(s) FAIL (non-conformance, not waived)");
        assertThat(run.resolve("verdict/verdict.html")).exists();
        String table = line.out();
        assertThat(table.indexOf("@required")).isLessThan(table.indexOf("@bounded"));
        assertThat(table.indexOf("@bounded")).isLessThan(table.indexOf("@interpretation"));

        Path expectations = Files.writeString(dir.resolve("posix.yaml"), "format: rtk-expectations/1\nbackend: posix\n"
                + "expectations:\n  - id: OPEN-NAME-4\n    expected: FAIL\n    reason: names are compared case-sensitively\n"
                + "    link: https://example.org/rtk/12\n    expires: 2027-01-31\n");
        ReportCommandLine waived = new ReportCommandLine();
        assertThat(waived.run(new RtkKit(), "verdict", "--run", run.toString(), "--catalog", catalog, "-e",
                expectations.toString(), "--today", "2026-11-27")).isZero();
        assertThat(waived.out()).contains("verdict:     CONFORMANT");

        ReportCommandLine certification = new ReportCommandLine();
        assertThat(certification.run(new RtkKit(), "verdict", "--run", run.toString(), "--catalog", catalog, "-e",
                expectations.toString(), "--today", "2026-11-27", "--certification")).isEqualTo(1);
        assertThat(certification.out()).contains("certification mode allows no waiver on a required (documented) statement");

        ReportCommandLine expired = new ReportCommandLine();
        assertThat(expired.run(new RtkKit(), "verdict", "--run", run.toString(), "--catalog", catalog, "-e",
                expectations.toString(), "--today", "2027-02-01")).isEqualTo(1);
        assertThat(expired.out()).contains("expired on 2027-01-31");
    }

    @Test
    void expectations_of_another_backend_are_an_input_error() throws IOException {
        Path run = RunFolder.write(dir.resolve("posix"), SampleRun.typical("posix"));
        Path expectations = Files.writeString(dir.resolve("ref.yaml"), "format: rtk-expectations/1\nbackend: reference\n"
                + "expectations: []\n");

        assertThat(kit("verdict", "--run", run.toString(), "-e", expectations.toString())).isEqualTo(2);
        assertThat(line.err()).startsWith("rtk-kit: " + expectations + ": the expectations are for backend 'reference'");
    }

    @Test
    void compare_writes_the_matrix_pages() {
        Path reference = RunFolder.write(dir.resolve("reference"), new SampleRun("reference", Map.of())
                .scenario(20, "Names are case-insensitive", "required", "PASS", "OPEN-NAME-4"));
        Path posix = RunFolder.write(dir.resolve("posix"), SampleRun.typical("posix"));
        Path out = dir.resolve("compare");

        assertThat(kit("compare", reference.toString(), posix.toString(), "--catalog", Fixtures.CATALOG.toString(),
                "-o", out.toString())).isZero();
        assertThat(line.out()).contains("2 runs (reference, posix) differ on 4 statement(s)");
        assertThat(out.resolve("comparison.html")).content().contains("<tr id=\"OPEN-NAME-4\" class=\"diff\">");
        assertThat(out.resolve("comparison.md")).exists();
    }

    @Test
    void compare_needs_two_runs_and_a_report_for_a_backend_it_compares() {
        Path posix = RunFolder.write(dir.resolve("posix"), SampleRun.typical("posix"));
        assertThat(kit("compare", posix.toString())).isEqualTo(2);
        assertThat(line.err()).contains("requires at least 2 values");

        ReportCommandLine other = new ReportCommandLine();
        assertThat(other.run(new RtkKit(), "compare", posix.toString(), posix.toString(), "-a", "vxworks=r.html")).isEqualTo(2);
        assertThat(other.err()).startsWith("rtk-kit: --allure-report vxworks=...: no run of backend 'vxworks' is compared");
    }

    @Test
    void diff_exits_1_on_a_new_failure() {
        Path before = RunFolder.write(dir.resolve("before"), new SampleRun("posix", Map.of())
                .scenario(20, "Names are case-insensitive", "required", "PASS", "OPEN-NAME-4"));
        Path after = RunFolder.write(dir.resolve("after"), SampleRun.typical("posix"));

        assertThat(kit("diff", before.toString(), after.toString())).isEqualTo(1);
        assertThat(line.out()).contains("## New failures").contains("PASS -> FAIL");
        assertThat(new ReportCommandLine().run(new RtkKit(), "diff", after.toString(), after.toString())).isZero();
    }

    @Test
    void statements_lists_the_kits_catalog_and_shows_one_with_its_scenarios() {
        assertThat(kit("statements")).isZero();
        assertThat(line.out()).contains("OPEN-NAME-2").containsPattern("\\d+ statements\n");

        ReportCommandLine one = new ReportCommandLine();
        assertThat(one.run(new RtkKit(), "statements", "OPEN-NAME-2")).isZero();
        assertThat(one.out()).startsWith("OPEN-NAME-2\nsection:    Name\n").contains("scenarios:  ").contains("name.feature:");

        ReportCommandLine unknown = new ReportCommandLine();
        assertThat(unknown.run(new RtkKit(), "statements", "OPEN-NOPE-1")).isEqualTo(2);
        assertThat(unknown.err()).startsWith("rtk-kit: no statement OPEN-NOPE-1 in the catalog");
    }

    @Test
    void validate_of_a_missing_bundle_is_an_input_error() {
        Path missing = dir.resolve("none.zip");
        assertThat(kit("validate", missing.toString())).isEqualTo(2);
        assertThat(line.err()).isEqualTo("rtk-kit: " + missing + ": the bundle does not exist\n");
    }

    @Test
    void validate_of_a_file_that_is_not_a_zip_is_an_invalid_bundle() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        assertThat(kit("validate", text.toString())).isEqualTo(4);
        assertThat(line.err()).startsWith("rtk-kit: " + text + ": not a readable bundle: it is not a whole zip archive");
    }

    @Test
    void validate_with_a_trusted_key_that_is_not_a_key_is_an_input_error() throws IOException {
        Path notKey = Files.writeString(dir.resolve("lab.pub"), "hello");
        assertThat(kit("validate", dir.resolve("b.zip").toString(), "--trust", notKey.toString())).isEqualTo(2);
        assertThat(line.err()).isEqualTo("rtk-kit: " + notKey + ": is not a PEM 'PUBLIC KEY' file (-----BEGIN PUBLIC KEY-----); "
                + "rtk-kit keygen writes one\n");
    }

    @Test
    void a_malformed_flag_value_says_what_it_should_look_like_without_java_class_names() {
        assertThat(kit("verdict", "--today", "notadate")).isEqualTo(2);
        assertThat(line.err()).startsWith("rtk-kit: Invalid value for option '--today': 'notadate' is not a date such as 2026-11-27\n")
                .doesNotContain("java.");
        ReportCommandLine nul = new ReportCommandLine();
        assertThat(nul.run(new RtkKit(), "validate", "a\0b")).isEqualTo(2);
        assertThat(nul.err()).contains("is not a file path: ").doesNotContain("java.");
    }

    @Test
    void combine_without_allure_cannot_generate_a_report() {
        Path posix = RunFolder.write(dir.resolve("posix"), SampleRun.typical("posix"));
        assertThat(kit("combine", posix.toString(), "--report", dir.resolve("r").toString())).isEqualTo(2);
        assertThat(line.err()).startsWith("rtk-kit: --report needs --allure <bin/allure>");
    }
}
