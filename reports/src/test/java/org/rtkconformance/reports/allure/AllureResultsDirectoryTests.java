package org.rtkconformance.reports.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.input.ReportInputException;
import org.rtkconformance.reports.results.RunResultsReader;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllureResultsDirectoryTests {

    @TempDir
    Path dir;

    @Test
    void copies_the_suite_results_after_emptying_the_directory() throws IOException {
        Path target = dir.resolve("allure-results");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale-result.json"), "{}");
        AllureResultsDirectory results = new AllureResultsDirectory(target);

        AllureResultsDirectory.CopiedResults copied = results.copyFrom(Fixtures.ALLURE_RESULTS, Optional.empty());

        assertThat(copied).isEqualTo(new AllureResultsDirectory.CopiedResults(6, 0));
        assertThat(target.resolve("stale-result.json")).doesNotExist();
        assertThat(target.resolve("00000000-0000-0000-0000-000000000001-result.json")).isRegularFile();
    }

    @Test
    void only_the_latest_result_of_each_scenario_of_the_run_is_copied() throws IOException {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        // The run records its start a few milliseconds after its first scenario started (seen in CI).
        Path run = runStartedAt(5003, "h1", "h2");
        Files.writeString(suite.resolve("a-result.json"), "{\"uuid\":\"a\",\"historyId\":\"h1\",\"start\":1000}");
        Files.writeString(suite.resolve("b-result.json"), "{\"uuid\":\"b\",\"historyId\":\"h1\",\"start\":5000}");
        Files.writeString(suite.resolve("c-result.json"), "{\"uuid\":\"c\",\"historyId\":\"h2\",\"start\":5010}");
        Files.writeString(suite.resolve("d-result.json"), "{\"uuid\":\"d\",\"historyId\":\"other\",\"start\":5020}");
        Files.writeString(suite.resolve("b-container.json"), "{\"children\":[\"b\"]}");
        Files.writeString(suite.resolve("a-container.json"), "{\"children\":[\"a\"]}");
        Path target = dir.resolve("out");

        AllureResultsDirectory.CopiedResults copied = new AllureResultsDirectory(target)
                .copyFrom(suite, Optional.of(new RunResultsReader().read(run)));

        assertThat(copied).isEqualTo(new AllureResultsDirectory.CopiedResults(2, 2));
        assertThat(target.resolve("b-result.json")).exists();
        assertThat(target.resolve("c-result.json")).exists();
        assertThat(target.resolve("b-container.json")).exists();
        assertThat(target.resolve("a-result.json")).doesNotExist();
        assertThat(target.resolve("a-container.json")).doesNotExist();
        assertThat(target.resolve("d-result.json")).doesNotExist();
    }

    @Test
    void a_run_without_any_of_its_results_is_named() throws IOException {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        Files.writeString(suite.resolve("a-result.json"), "{\"uuid\":\"a\",\"historyId\":\"h1\",\"start\":1000}");
        Path run = runStartedAt(900_000, "h1");

        assertThatThrownBy(() -> new AllureResultsDirectory(dir.resolve("out"))
                .copyFrom(suite, Optional.of(new RunResultsReader().read(run))))
                .hasMessage(suite + ": holds no Allure result of this run, only 1 of earlier runs; did the suite run?");
    }

    /** A results.json of a run that started at {@code startMillis}, with one scenario per history id. */
    private Path runStartedAt(long startMillis, String... historyIds) throws IOException {
        StringBuilder scenarios = new StringBuilder();
        for (String id : historyIds) {
            scenarios.append(scenarios.length() == 0 ? "" : ",").append("{\"id\":\"f.feature:").append(id)
                    .append("\",\"uri\":\"f.feature\",\"name\":\"").append(id)
                    .append("\",\"statements\":[],\"readings\":[],\"result\":\"PASS\",\"allureHistoryId\":\"")
                    .append(id).append("\"}");
        }
        Path file = dir.resolve("results.json");
        Files.writeString(file, "{\"format\":\"rtk-results/1\",\"kit\":{\"version\":\"0\"},"
                + "\"backend\":{\"id\":\"reference\",\"capabilities\":[],\"readings\":{}},"
                + "\"run\":{\"id\":\"r\",\"startedAt\":\"" + Instant.ofEpochMilli(startMillis) + "\"},"
                + "\"scenarios\":[" + scenarios + "]}");
        return file;
    }

    @Test
    void a_missing_or_empty_suite_directory_is_named() throws IOException {
        AllureResultsDirectory results = new AllureResultsDirectory(dir.resolve("out"));
        Path missing = dir.resolve("steps/target/allure-results");

        assertThatThrownBy(() -> results.copyFrom(missing, Optional.empty())).isInstanceOf(ReportInputException.class)
                .hasMessage(missing + ": the suite's Allure results directory does not exist; run the conformance suite first");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("executor.json"), "{}");
        assertThatThrownBy(() -> results.copyFrom(empty, Optional.empty()))
                .hasMessage(empty + ": holds no Allure result (*-result.json); did the suite run?");
    }

    @Test
    void adds_the_categories_of_the_result_taxonomy() throws IOException {
        AllureResultsDirectory results = new AllureResultsDirectory(dir);

        results.addCategories();

        JsonNode categories = new ObjectMapper().readTree(dir.resolve("categories.json").toFile());
        assertThat(categories).hasSize(4);
        assertThat(categories.get(0).path("name").asText()).startsWith("FAIL");
        assertThat(categories.get(1).path("name").asText()).startsWith("UNRESOLVED");
    }

    @Test
    void carries_over_a_previous_history_when_there_is_one() throws IOException {
        Path previous = Files.createDirectories(dir.resolve("old-report/history"));
        Files.writeString(previous.resolve("history-trend.json"), "[]");
        Path target = Files.createDirectories(dir.resolve("results"));
        AllureResultsDirectory results = new AllureResultsDirectory(target);

        assertThat(results.addHistory(dir.resolve("no-report/history"))).isFalse();
        assertThat(results.addHistory(previous)).isTrue();
        assertThat(target.resolve("history/history-trend.json")).hasContent("[]");
    }

    @Test
    void writes_the_backend_and_the_run_as_five_environment_rows() throws IOException {
        AllureResultsDirectory results = new AllureResultsDirectory(dir);

        results.addEnvironment(new RunResultsReader().read(Fixtures.RESULTS));

        Properties environment = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("environment.properties"))) {
            environment.load(in);
        }
        assertThat(environment).hasSize(5);
        assertThat(environment.getProperty("backend")).isEqualTo("reference (Reference model 0.1.0-SNAPSHOT, rtk-conformance)");
        assertThat(environment.getProperty("readings")).isEqualTo("D-6.A, D-8.A");
        assertThat(environment.getProperty("run")).startsWith("fixture-run-1, kit 0.1.0-SNAPSHOT");
    }
}
