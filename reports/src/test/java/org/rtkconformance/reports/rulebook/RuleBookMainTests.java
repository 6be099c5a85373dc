package org.rtkconformance.reports.rulebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.cli.ReportCommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBookMainTests {

    @TempDir
    Path dir;

    @Test
    void writes_the_html_and_the_markdown_rule_book() {
        ReportCommandLine line = new ReportCommandLine();

        int code = line.run(new RuleBookMain(), "--catalog=" + Fixtures.CATALOG, "--features=" + Fixtures.FEATURES,
                "--results=" + Fixtures.RESULTS, "--out=" + dir.resolve("rulebook"));

        assertThat(code).as(line.err()).isZero();
        assertThat(dir.resolve("rulebook/index.html")).isRegularFile();
        assertThat(dir.resolve("rulebook/rulebook.md")).isRegularFile();
        assertThat(line.out()).contains("rtk-conformance rule book: " + dir.resolve("rulebook/index.html"))
                .contains("5 statements, 0 untraced, no Allure links");
    }

    @Test
    void a_missing_catalog_is_one_line_naming_the_file() {
        ReportCommandLine line = new ReportCommandLine();
        Path missing = dir.resolve("catalog.yaml");

        int code = line.run(new RuleBookMain(), "--catalog=" + missing, "--features=" + Fixtures.FEATURES,
                "--out=" + dir.resolve("out"));

        assertThat(code).isEqualTo(ReportCommandLine.EXIT_BAD_INPUT);
        assertThat(line.err()).isEqualTo("rulebook: " + missing + ": the statement catalog does not exist"
                + System.lineSeparator());
    }

    @Test
    void malformed_results_are_one_line_naming_the_file_without_a_stack_trace() throws IOException {
        ReportCommandLine line = new ReportCommandLine();
        Path results = Files.writeString(dir.resolve("results.json"), "{\"format\": ");

        int code = line.run(new RuleBookMain(), "--catalog=" + Fixtures.CATALOG, "--features=" + Fixtures.FEATURES,
                "--results=" + results, "--out=" + dir.resolve("out"));

        assertThat(code).isEqualTo(ReportCommandLine.EXIT_BAD_INPUT);
        assertThat(line.err()).startsWith("rulebook: " + results + ": the results file is not well-formed at line 1")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void results_are_optional_unless_required() {
        ReportCommandLine optional = new ReportCommandLine();
        Path missing = dir.resolve("results.json");
        assertThat(optional.run(new RuleBookMain(), "--catalog=" + Fixtures.CATALOG, "--features=" + Fixtures.FEATURES,
                "--results=" + missing, "--out=" + dir.resolve("a"))).isZero();
        assertThat(optional.out()).contains("no results");

        ReportCommandLine required = new ReportCommandLine();
        assertThat(required.run(new RuleBookMain(), "--catalog=" + Fixtures.CATALOG, "--features=" + Fixtures.FEATURES,
                "--results=" + missing, "--require-results", "--out=" + dir.resolve("b")))
                .isEqualTo(ReportCommandLine.EXIT_BAD_INPUT);
        assertThat(required.err()).contains(missing + ": the results file does not exist");
    }

    @Test
    void an_unknown_flag_prints_the_usage() {
        ReportCommandLine line = new ReportCommandLine();

        int code = line.run(new RuleBookMain(), "--catalog=x", "--features=y", "--out=z", "--colour=red");

        assertThat(code).isEqualTo(ReportCommandLine.EXIT_BAD_INPUT);
        assertThat(line.err()).startsWith("rulebook: Unknown option: '--colour=red'").contains("Usage: rulebook");
    }

    @Test
    void links_to_the_allure_report_are_relative_to_the_rule_book() {
        Path target = dir.resolve("target");

        assertThat(RuleBookFiles.linkTo(target.resolve("rulebook"), target.resolve("allure-report-single/index.html"), "ab12"))
                .isEqualTo("../allure-report-single/index.html#testresult/ab12");
    }
}
