package org.rtkconformance.reports.allure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.cli.ReportCommandLine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PrepareAllureResultsTests {

    @TempDir
    Path dir;

    @Test
    void builds_the_results_directory_with_categories_and_environment() {
        ReportCommandLine line = new ReportCommandLine();
        Path out = dir.resolve("allure-results");

        Path snapshot = dir.resolve("rtk-results/results.json");

        int code = line.run(new PrepareAllureResults(), "--from=" + Fixtures.ALLURE_RESULTS, "--to=" + out,
                "--history=" + dir.resolve("none"), "--results=" + Fixtures.RESULTS, "--results-snapshot=" + snapshot);

        assertThat(code).as(line.err()).isZero();
        assertThat(snapshot).hasSameTextualContentAs(Fixtures.RESULTS);
        assertThat(out.resolve("categories.json")).isRegularFile();
        assertThat(out.resolve("environment.properties")).isRegularFile();
        assertThat(line.out()).contains("6 Allure results copied to " + out).contains("no previous history");
    }

    @Test
    void a_stale_snapshot_goes_when_the_run_wrote_no_results() throws java.io.IOException {
        Path snapshot = java.nio.file.Files.writeString(dir.resolve("results.json"), "{}");

        int code = new ReportCommandLine().run(new PrepareAllureResults(), "--from=" + Fixtures.ALLURE_RESULTS,
                "--to=" + dir.resolve("out"), "--results=" + dir.resolve("none.json"), "--results-snapshot=" + snapshot);

        assertThat(code).isZero();
        assertThat(snapshot).doesNotExist();
    }

    @Test
    void a_suite_that_did_not_run_is_one_line() {
        ReportCommandLine line = new ReportCommandLine();
        Path missing = dir.resolve("steps/target/allure-results");

        int code = line.run(new PrepareAllureResults(), "--from=" + missing, "--to=" + dir.resolve("out"));

        assertThat(code).isEqualTo(ReportCommandLine.EXIT_BAD_INPUT);
        assertThat(line.err()).hasLineCount(1).contains(missing + ": the suite's Allure results directory does not exist");
    }
}
