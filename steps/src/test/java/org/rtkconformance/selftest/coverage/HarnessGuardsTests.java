package org.rtkconformance.selftest.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The guard list stays true to the reference's sources, so a moved or removed guard fails the build instead
 * of quietly counting a behaviour branch as a guard (or a guard as behaviour).
 */
class HarnessGuardsTests {

    /** The reference's sources, beside the steps module. */
    private static final Path SOURCES = Path.of("..", "reference-impl", "src", "main", "java", "org", "rtkconformance",
            "reference");

    @Test
    void every_guard_names_a_source_file_and_a_line_that_is_in_it() throws IOException {
        List<String> stale = new ArrayList<>();
        for (HarnessGuards.Guard guard : HarnessGuards.ALL) {
            Path file = SOURCES.resolve(guard.file().replaceFirst("^/", ""));
            if (!Files.isRegularFile(file)) {
                stale.add(guard.file() + ": no such source file under " + SOURCES);
            } else if (guard.fragment() != null
                    && Files.readAllLines(file).stream().noneMatch(line -> line.contains(guard.fragment()))) {
                stale.add(guard.file() + ": no line contains '" + guard.fragment() + "'");
            }
        }
        assertThat(stale).as("harness guards that no longer match the reference's sources").isEmpty();
    }

    @Test
    void a_guard_matches_its_own_file_and_fragment_only() {
        HarnessGuards.Guard guard = new HarnessGuards.Guard("model/RtssWorld.java", "if (closed)", "reason");
        assertThat(guard.matches("model/RtssWorld.java", "if (closed) {")).isTrue();
        assertThat(guard.matches("model/RtssWorld.java", "if (open) {")).isFalse();
        assertThat(guard.matches("model/Lifecycle.java", "if (closed) {")).isFalse();
        assertThat(new HarnessGuards.Guard("rules/Readings.java", null, "reason").matches("rules/Readings.java", "any"))
                .isTrue();
    }

    @Test
    void every_guard_gives_a_reason() {
        assertThat(HarnessGuards.ALL).allSatisfy(guard -> assertThat(guard.reason()).isNotBlank());
    }
}
