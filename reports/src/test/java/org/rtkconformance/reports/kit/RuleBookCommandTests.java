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

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rtk-kit rulebook}: the rule book of any run folder, and precise errors for a bad one. */
class RuleBookCommandTests {

    @TempDir
    Path dir;

    private final ReportCommandLine line = new ReportCommandLine();

    private int kit(String... args) {
        return line.run(new RtkKit(), args);
    }

    @Test
    void builds_the_rule_book_inside_the_run_folder_where_its_allure_links_point() throws IOException {
        Path run = RunFolder.write(dir.resolve("posix-run"), SampleRun.typical("posix"));

        assertThat(kit("rulebook", run.toString(), "--catalog", Fixtures.CATALOG.toString(),
                "--features", Fixtures.FEATURES.toString())).isZero();

        Path index = run.resolve("rulebook/index.html");
        assertThat(line.out()).startsWith("rtk-kit: rule book " + index.toAbsolutePath().normalize());
        String html = Files.readString(index);
        assertThat(html).contains("id=\"OPEN-NAME-4\"").contains("<b>posix</b>").contains("run-posix");
        assertThat(run.resolve("rulebook/rulebook.md")).exists();
    }

    @Test
    void the_kits_own_catalog_and_features_are_the_default() {
        Path run = RunFolder.write(dir.resolve("run"), SampleRun.typical("reference"));

        assertThat(kit("rulebook", run.toString(), "-o", dir.resolve("book").toString())).isZero();

        assertThat(dir.resolve("book/index.html")).content().contains("id=\"OPEN-NAME-2\"").contains("id=\"OPEN-PURPOSE-1\"");
    }

    @Test
    void combine_writes_each_runs_rule_book_where_that_runs_statement_links_point() throws IOException {
        Path reference = RunFolder.write(dir.resolve("reference-run"), SampleRun.typical("reference"));
        Path posix = RunFolder.write(dir.resolve("posix-run"), SampleRun.typical("posix"));
        Path results = dir.resolve("combined/allure-results");

        assertThat(kit("combine", reference.toString(), posix.toString(), "-o", results.toString())).isZero();

        assertThat(dir.resolve("combined/rulebook/reference/index.html")).content().contains("<b>reference</b>");
        assertThat(dir.resolve("combined/rulebook/posix/index.html")).content().contains("<b>posix</b>");
        assertThat(dir.resolve("combined/rulebook/index.html")).exists();
        // Relabelled for the Behaviors tab: the scenario at line 20 checks OPEN-NAME-4.
        assertThat(Files.readString(results.resolve("r2-result.json"))).contains("\"name\":\"feature\",\"value\":\"OPEN-NAME-4: ")
                .contains("\"name\":\"tag\",\"value\":\"OPEN-NAME-4 ");
    }

    @Test
    void a_missing_folder_is_one_line_naming_it() {
        Path missing = dir.resolve("nowhere");

        assertThat(kit("rulebook", missing.toString())).isEqualTo(2);

        assertThat(line.err()).isEqualTo("rtk-kit: " + missing
                + ": the run folder does not exist (expected a folder with rtk-results/results.json)\n");
    }

    @Test
    void a_folder_that_is_not_a_run_and_a_malformed_results_file_are_refused_with_the_reason() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(kit("rulebook", empty.toString())).isEqualTo(2);
        assertThat(line.err()).isEqualTo("rtk-kit: " + empty + ": is not a run folder: it has no rtk-results/results.json\n");

        Path broken = Files.createDirectories(dir.resolve("broken/rtk-results"));
        Files.writeString(broken.resolve("results.json"), "{\"format\": ");
        ReportCommandLine again = new ReportCommandLine();
        assertThat(again.run(new RtkKit(), "rulebook", dir.resolve("broken").toString())).isEqualTo(2);
        assertThat(again.err()).startsWith("rtk-kit: " + broken.resolve("results.json")).doesNotContain("\tat ")
                .hasLineCount(1);
    }

    @Test
    void a_missing_allure_report_named_on_the_command_line_is_a_usage_error() {
        Path run = RunFolder.write(dir.resolve("run"), SampleRun.typical("reference"));

        assertThat(kit("rulebook", run.toString(), "--allure-report", dir.resolve("no-report.html").toString())).isEqualTo(2);

        assertThat(line.err()).startsWith("rtk-kit: --allure-report " + dir.resolve("no-report.html") + ": no such report");
    }
}
