package org.rtkconformance.reports.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.catalog.CatalogReader;
import org.rtkconformance.reports.results.RunResultsReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AllureBehaviorsTests {

    @TempDir
    Path dir;

    @Test
    void behaviors_go_section_then_statement_then_scenario_and_links_carry_each_statements_state() throws IOException {
        try (var files = Files.list(Fixtures.ALLURE_RESULTS)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }

        int relabelled = new AllureBehaviors(new CatalogReader().read(Fixtures.CATALOG))
                .apply(dir, List.of(new RunResultsReader().read(Fixtures.RESULTS)), List.of("../rulebook/reference/index.html"));

        assertThat(relabelled).isEqualTo(6);
        JsonNode result = new ObjectMapper().readTree(dir.resolve("00000000-0000-0000-0000-000000000002-result.json").toFile());
        assertThat(labels(result, "epic")).containsExactly("Opening by name");
        assertThat(labels(result, "feature")).containsExactly(
                "OPEN-PURPOSE-1: The function opens an object that already exists; it never creates one.",
                "OPEN-NAME-2: Names are limited to 260 characters.");
        assertThat(labels(result, "story")).containsExactly("A name of 260 characters");
        assertThat(labels(result, "backend")).containsExactly("reference");
        assertThat(result.path("links").get(1).path("name").asText())
                .isEqualTo("OPEN-NAME-2: FAIL 1/2 (1 of 2 applicable scenario run(s) failed)");
        assertThat(result.path("links").get(1).path("url").asText()).isEqualTo("../rulebook/reference/index.html#OPEN-NAME-2");
    }

    private static List<String> labels(JsonNode result, String name) {
        List<String> values = new ArrayList<>();
        result.path("labels").forEach(l -> {
            if (l.path("name").asText().equals(name)) {
                values.add(l.path("value").asText());
            }
        });
        return values;
    }
}
