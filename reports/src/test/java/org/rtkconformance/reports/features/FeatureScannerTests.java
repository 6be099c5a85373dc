package org.rtkconformance.reports.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.reports.Fixtures;
import org.rtkconformance.reports.input.ReportInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureScannerTests {

    @TempDir
    Path dir;

    private final FeatureScanner scanner = new FeatureScanner();

    @Test
    void lists_every_scenario_with_the_tags_of_its_feature_and_rule() {
        List<FeatureScenario> scenarios = scanner.scan(Fixtures.FEATURES);

        assertThat(scenarios).extracting(FeatureScenario::name).containsExactly(
                "A name differing only in case does not open the object", "A name of <length> characters",
                "A 261-character name is truncated", "An unknown object gives one of the five codes",
                "A capability-gated scenario");
        FeatureScenario outline = scenarios.get(1);
        assertThat(outline.path()).isEqualTo("open/name.feature");
        assertThat(outline.rule()).contains("Names are limited to 260 characters");
        assertThat(outline.statements()).containsExactly("OPEN-PURPOSE-1", "OPEN-NAME-2");
        assertThat(outline.readings()).containsExactly("D-8.A");
        assertThat(outline.strength()).contains("interpretation");
        assertThat(outline.line()).isEqualTo(15);
        assertThat(outline.lastLine()).isEqualTo(23);
        assertThat(outline.covers(22)).isTrue();
        assertThat(outline.covers(24)).isFalse();
        assertThat(scenarios.get(2).since()).contains("RTX64_4");
        // Gherkin has no way back out of a Rule: a scenario after one belongs to it.
        assertThat(scenarios.get(3).rule()).contains("Names are limited to 260 characters");
    }

    @Test
    void invalid_gherkin_is_reported_with_the_file_and_line() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.feature"), "Feature: f\n  Scenario: s\n    Given x\n  Examples oops\n");

        assertThatThrownBy(() -> scanner.scan(dir)).isInstanceOf(ReportInputException.class)
                .hasMessageStartingWith(file + ": not valid Gherkin: (4:");
    }

    @Test
    void a_missing_directory_is_named() {
        Path missing = dir.resolve("features");

        assertThatThrownBy(() -> scanner.scan(missing)).hasMessage(missing + ": the features directory does not exist");
    }
}
