package org.rtkconformance.reports.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class RunResultsReaderTests {

    @TempDir
    Path dir;

    private final RunResultsReader reader = new RunResultsReader();

    @Test
    void reads_the_backend_and_every_scenario() {
        RunResults run = reader.read(Fixtures.RESULTS);

        assertThat(run.backend().id()).isEqualTo("reference");
        assertThat(run.backend().readings()).containsEntry("D-8", "D-8.A");
        assertThat(run.runId()).isEqualTo("fixture-run-1");
        assertThat(run.scenarios()).hasSize(6);
        ScenarioResult fail = run.scenarios().get(2);
        assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(fail.line()).isEqualTo(23);
        assertThat(fail.example()).contains("length=261, status=STATUS_INVALID_PARAMETER");
        assertThat(fail.allureHistoryId()).contains("h-len-261");
        assertThat(run.scenarios().get(0).rule()).contains("Names are compared case-sensitively");
        assertThat(run.counts()).containsOnly(entry(Verdict.FAIL, 1), entry(Verdict.UNRESOLVED, 1),
                entry(Verdict.UNSUPPORTED, 1), entry(Verdict.NOT_APPLICABLE, 1), entry(Verdict.PASS, 2));
    }

    @Test
    void a_missing_file_or_a_directory_is_named() {
        Path missing = dir.resolve("results.json");

        assertThatThrownBy(() -> reader.read(missing)).isInstanceOf(ReportInputException.class)
                .hasMessage(missing + ": the results file does not exist");
        assertThatThrownBy(() -> reader.read(dir)).hasMessage(dir + ": is a directory, expected the results file file");
    }

    @Test
    void truncated_json_is_reported_with_its_line_and_column() throws IOException {
        Path file = write("{\"format\": \"rtk-results/1\",\n \"scenarios\": [");

        assertThatThrownBy(() -> reader.read(file))
                .hasMessageStartingWith(file + ": the results file is not well-formed at line 2, column ");
    }

    @Test
    void an_empty_file_is_named() throws IOException {
        Path file = write("");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": the results file is empty");
    }

    @Test
    void another_format_is_refused() throws IOException {
        Path file = write("{\"format\": \"rtk-results/2\"}");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": format is 'rtk-results/2'; this kit reads rtk-results/1");
    }

    @Test
    void an_unknown_result_names_the_scenario_and_the_allowed_values() throws IOException {
        Path file = write("""
                {"format": "rtk-results/1", "kit": {"version": "1"}, "backend": {"id": "b"}, "run": {"id": "r"},
                 "scenarios": [{"id": "s", "uri": "u", "name": "Opening twice", "result": "PASSED"}]}
                """);

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": result 'PASSED' of scenario 'Opening twice' "
                + "is not one of [FAIL, UNRESOLVED, UNSUPPORTED, NOT_APPLICABLE, PASS]");
    }

    @Test
    void optional_fields_may_be_absent_or_null() throws IOException {
        Path file = write("""
                {"format": "rtk-results/1", "kit": {"version": "1"}, "backend": {"id": "b"}, "run": {"id": "r"},
                 "scenarios": [{"id": "s", "uri": "u", "name": "n", "result": "PASS", "rule": null}]}
                """);

        ScenarioResult only = reader.read(file).scenarios().get(0);

        assertThat(only.rule()).isEmpty();
        assertThat(only.statements()).isEmpty();
        assertThat(only.allureHistoryId()).isEmpty();
    }

    @Test
    void an_example_row_may_be_a_mapping() throws IOException {
        Path file = write("""
                {"format": "rtk-results/1", "kit": {"version": "1"}, "backend": {"id": "b"}, "run": {"id": "r"},
                 "scenarios": [{"id": "s", "uri": "u", "name": "n", "result": "PASS",
                                "example": {"access": "SHM_MAP_WRITE", "units": 260}}]}
                """);

        assertThat(reader.read(file).scenarios().get(0).example()).contains("access=SHM_MAP_WRITE, units=260");
    }

    @Test
    void a_run_without_a_backend_keeps_the_reason() throws IOException {
        Path file = write("""
                {"format": "rtk-results/1", "kit": {"version": "1"}, "run": {"id": "r"},
                 "backend": {"error": "Unknown backend 'posix' (-Drtk.backend=posix)"}, "scenarios": []}
                """);

        Backend backend = reader.read(file).backend();

        assertThat(backend.id()).isEqualTo(Backend.NONE);
        assertThat(backend.error()).contains("Unknown backend 'posix' (-Drtk.backend=posix)");
    }

    @Test
    void a_backend_without_id_or_error_is_refused() throws IOException {
        Path file = write("""
                {"format": "rtk-results/1", "kit": {"version": "1"}, "run": {"id": "r"}, "backend": {}, "scenarios": []}
                """);

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": the results.backend has no 'id'");
    }

    @Test
    void a_wrongly_typed_field_is_named_with_its_place() throws IOException {
        Path file = write("""
                {"format": "rtk-results/1", "kit": {"version": "1"}, "backend": {"id": "b"}, "run": {"id": "r"},
                 "scenarios": [{"id": "s", "uri": "u", "name": "n", "result": "PASS", "statements": "OPEN-A-1"}]}
                """);

        assertThatThrownBy(() -> reader.read(file))
                .hasMessage(file + ": scenarios[0].statements must be a list, found 'OPEN-A-1'");
    }

    private Path write(String json) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "results", ".json"), json);
    }

    @Test
    void a_scenario_id_given_twice_is_refused_naming_both_entries() throws IOException {
        Path file = dir.resolve("twice.json");
        org.rtkconformance.reports.verdict.SampleRun sample = new org.rtkconformance.reports.verdict.SampleRun("posix", java.util.Map.of())
                .scenario(10, "one", "required", "PASS", "OPEN-PURPOSE-1")
                .scenario(10, "again", "required", "FAIL", "OPEN-PURPOSE-1");

        assertThatThrownBy(() -> sample.write(file)).isInstanceOf(ReportInputException.class)
                .hasMessage(file + ": scenarios[1].id 'name.feature:10' is also the id of scenarios[0]; a scenario id is unique within a run");
    }

    @Test
    void counts_that_contradict_the_scenarios_are_refused_naming_the_class() throws IOException {
        String text = java.nio.file.Files.readString(Fixtures.RESULTS);
        Path file = write(text.replaceFirst("\"PASS\"\\s*:\\s*2", "\"PASS\" : 3"));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReportInputException.class)
                .hasMessage(file + ": counts.PASS is 3 but 2 of the 6 scenarios are PASS");
    }

    @Test
    void a_statement_the_catalog_lacks_is_refused_naming_the_scenario() throws IOException {
        String text = java.nio.file.Files.readString(Fixtures.RESULTS);
        Path file = write(text.replaceFirst("\"OPEN-NAME-4\"", "\"OPEN-NAME-99\""));
        RunResults run = reader.read(file);
        var catalog = new org.rtkconformance.reports.catalog.CatalogReader().read(Fixtures.CATALOG);

        assertThatThrownBy(() -> RunResultsReader.checkStatements(run, catalog)).isInstanceOf(ReportInputException.class)
                .hasMessageMatching(java.util.regex.Pattern.quote(file + ": scenarios[") + "\\d+\\] \\(.*\\) names statement "
                        + "'OPEN-NAME-99', which is not in the catalog .*catalog.yaml");
    }
}
