package org.rtkconformance.reports.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.verdict.SampleRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CombinedAllureResultsTests {

    @TempDir
    Path dir;

    @Test
    void a_run_folder_keeps_only_the_allure_files_of_its_own_run() {
        RunDirectory run = RunDirectory.open(RunFolder.write(dir.resolve("posix"), SampleRun.typical("posix")));

        assertThat(run.allureFiles()).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "r1-result.json", "r2-result.json", "c1-container.json", "a1-attachment.txt", "environment.properties");
        assertThat(run.junitReports()).extracting(p -> p.getFileName().toString()).containsExactly("TEST-suite.xml");
        assertThat(run.cucumberMessages()).isPresent();
    }

    @Test
    void combines_several_runs_with_each_backends_environment_and_the_previous_history() throws IOException {
        RunDirectory reference = RunDirectory.open(RunFolder.write(dir.resolve("reference"), SampleRun.typical("reference")));
        RunDirectory posix = RunDirectory.open(RunFolder.write(dir.resolve("posix"), SampleRun.typical("posix")));
        Path history = Files.createDirectories(dir.resolve("previous/history"));
        Files.writeString(history.resolve("history.json"), "{}");
        Path out = dir.resolve("combined");

        int copied = new CombinedAllureResults(out).combine(List.of(reference, posix), history);

        // Both folders hold the same file names here: the second copy replaces the first.
        assertThat(copied).isEqualTo(4);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("r1-result.json", "c1-container.json",
                    "categories.json", "environment.properties", "history").doesNotContain("old-result.json");
        }
        assertThat(Files.readString(out.resolve("environment.properties")))
                .contains("reference=Sample reference 1.0 (tests), RTX64_2013_SP1, readings D-8.A")
                .contains("posix=Sample posix 1.0 (tests)");
        assertThat(out.resolve("history/history.json")).exists();
    }

    @Test
    void a_run_without_allure_results_of_its_own_is_refused() throws IOException {
        Path root = RunFolder.write(dir.resolve("posix"), SampleRun.typical("posix"));
        Files.delete(root.resolve("allure-results/r1-result.json"));
        Files.delete(root.resolve("allure-results/r2-result.json"));
        RunDirectory run = RunDirectory.open(root);

        assertThatThrownBy(() -> new CombinedAllureResults(dir.resolve("out")).combine(List.of(run), null))
                .isInstanceOf(ReportInputException.class).hasMessageEndingWith("holds no Allure result of run run-posix (backend posix)");
    }

    @Test
    void a_folder_without_results_is_not_a_run_folder() {
        assertThatThrownBy(() -> RunDirectory.open(dir)).isInstanceOf(ReportInputException.class)
                .hasMessage(dir + ": is not a run folder: it has no rtk-results/results.json");
    }
}
