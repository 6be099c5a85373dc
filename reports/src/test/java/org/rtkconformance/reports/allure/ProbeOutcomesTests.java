package org.rtkconformance.reports.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.verdict.SampleRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeOutcomesTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A probed run: D-6.A shown (line 60 passed), D-6.B not shown (line 61 failed raw), D-12 showed none. */
    private RunResults probedRun() {
        return new SampleRun("posix", Map.of())
                .probed("D-6", List.of("D-6.A", "D-6.B"), List.of("D-6.A"))
                .probed("D-12", List.of("D-12.A"), List.of())
                .scenario(60, "never creates", "interpretation", "PASS", "OPEN-PURPOSE-1", "D-6.A")
                .scenario(61, "creates", "interpretation", "NOT_APPLICABLE", "OPEN-PURPOSE-1", "D-6.B")
                .noneShown("D-12", "D-12.A")
                .write(dir.resolve("results.json"));
    }

    private Path allureResult(Path allure, String uuid, int line, String status) throws IOException {
        Path file = allure.resolve(uuid + "-result.json");
        Files.writeString(file, "{\"uuid\":\"" + uuid + "\",\"historyId\":\"hid-posix-" + line + "\",\"status\":\""
                + status + "\",\"statusDetails\":{\"message\":\"raw\"},\"start\":1000}");
        return file;
    }

    @Test
    void a_probe_of_a_reading_not_shown_is_skipped_with_the_judged_message_and_a_shown_one_keeps_its_status()
            throws IOException {
        Path allure = Files.createDirectories(dir.resolve("allure-results"));
        Path shown = allureResult(allure, "a", 60, "passed");
        Path notShown = allureResult(allure, "b", 61, "failed");

        ProbeOutcomes.apply(allure, probedRun());

        assertThat(JSON.readTree(shown.toFile()).path("status").asText()).isEqualTo("passed");
        JsonNode judged = JSON.readTree(notShown.toFile());
        assertThat(judged.path("status").asText()).isEqualTo("skipped");
        assertThat(judged.path("statusDetails").path("message").asText()).isEqualTo("NOT_APPLICABLE: what happened");
    }

    @Test
    void an_ambiguity_showing_none_of_its_readings_gets_a_failed_result_of_its_floor_and_applying_twice_changes_nothing()
            throws IOException {
        Path allure = Files.createDirectories(dir.resolve("allure-results"));
        allureResult(allure, "b", 61, "failed");
        RunResults run = probedRun();

        ProbeOutcomes.apply(allure, run);
        ProbeOutcomes.apply(allure, run);

        List<JsonNode> failed = results(allure).stream().filter(r -> "failed".equals(r.path("status").asText())).toList();
        assertThat(failed).singleElement().satisfies(floor -> {
            assertThat(floor.path("name").asText()).isEqualTo("The backend shows one of the readings of D-12");
            assertThat(floor.path("statusDetails").path("message").asText()).contains("D-12 is not declared");
            assertThat(floor.path("labels").findValuesAsText("value")).contains("FLOOR-D12", "posix", "D-12.A");
        });
        assertThat(results(allure)).hasSize(2);
    }

    private static List<JsonNode> results(Path allure) throws IOException {
        try (Stream<Path> files = Files.list(allure)) {
            return files.filter(f -> f.toString().endsWith("-result.json")).map(f -> {
                try {
                    return JSON.readTree(f.toFile());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
