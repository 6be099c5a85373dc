package org.rtkconformance.reports.kit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The stability gate's comparison: a result that changes, or a scenario that runs only sometimes, is UNSTABLE. */
class StabilityCheckTests {

    @TempDir
    Path dir;

    private Path run(String name, String... idAndResult) throws IOException {
        StringBuilder json = new StringBuilder("{\"format\":\"rtk-results/1\",\"scenarios\":[");
        for (int i = 0; i < idAndResult.length; i += 2) {
            json.append(i > 0 ? "," : "").append("{\"id\":\"").append(idAndResult[i]).append("\",\"result\":\"")
                    .append(idAndResult[i + 1]).append("\"}");
        }
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, json.append("]}").toString());
        return file;
    }

    @Test
    void a_changed_or_missing_result_is_unstable_and_recorded_in_the_last_results() throws IOException {
        Path first = run("1", "a.feature:3", "PASS", "a.feature:9", "PASS", "b.feature:4", "FAIL");
        Path second = run("2", "a.feature:3", "PASS", "a.feature:9", "FAIL", "b.feature:4", "FAIL");
        Path third = run("3", "a.feature:3", "PASS", "a.feature:9", "PASS");
        List<StabilityCheck.Unstable> unstable = StabilityCheck.compare(List.of(first, second, third));
        assertThat(unstable).containsExactly(
                new StabilityCheck.Unstable("a.feature:9", List.of("PASS", "FAIL", "PASS")),
                new StabilityCheck.Unstable("b.feature:4", List.of("FAIL", "FAIL", "absent")));
        StabilityCheck.record(third, 3, java.util.Arrays.asList(42L, 43L, 44L), unstable);
        assertThat(Files.readString(third)).contains("\"stability\"", "\"orderSeeds\" : [ 42, 43, 44 ]",
                "\"id\" : \"a.feature:9\"");
    }

    @Test
    void identical_runs_are_stable() throws IOException {
        assertThat(StabilityCheck.compare(List.of(run("1", "a.feature:3", "PASS"), run("2", "a.feature:3", "PASS"))))
                .isEmpty();
    }
}
