package org.rtkconformance.explore;

import org.junit.jupiter.api.Test;
import org.rtkconformance.selftest.mutants.Mutant;
import org.rtkconformance.selftest.mutants.Mutants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exploration alone, no scenario, against every mutant of the kit (rule mutants, port mutants, naive ports):
 * how many it finds within 10,000 operations, and how long each took. Writes the table to
 * {@code target/exploration/proof.md} (docs/exploration.md is a copy of a run of it); the goal is 90 %.
 */
class ExplorationProofTests {

    static final long BUDGET = 10_000;
    static final long SEED = 20261205;
    private static final Path OUT = Path.of("target", "exploration", "proof.md");

    @Test
    void exploration_alone_finds_at_least_ninety_percent_of_the_mutants() throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        long started = System.nanoTime();
        List<Mutant> mutants = Mutants.all();
        for (Mutant mutant : mutants) {
            ExplorationResult result = new Explorer(mutant.provider(), ReferenceOracle.of(mutant.provider()))
                    .explore(Explorer.Settings.of(SEED, BUDGET));
            String found = result.finding().map(f -> "found: " + escape(f.minimal().last().toString()) + " ("
                    + f.minimal().actions().size() + " actions)").orElse("**not found**");
            if (result.finding().isEmpty()) {
                missed.add(mutant.id());
            }
            rows.add(String.format(Locale.ROOT, "| `%s` | %s | %d | %.3f | %.3f | %s |", mutant.id(), mutant.violates(),
                    result.operations(), result.exploreSeconds(), result.totalSeconds(), found));
        }
        int foundCount = mutants.size() - missed.size();
        double seconds = (System.nanoTime() - started) / 1e9;
        String summary = String.format(Locale.ROOT, "exploration alone found %d of %d mutants (%.1f %%) within %d operations"
                        + " each (seed %d) in %.1f s; not found: %s", foundCount, mutants.size(),
                100.0 * foundCount / mutants.size(), BUDGET, SEED, seconds, missed);
        System.out.println(summary);
        List<String> lines = new ArrayList<>(List.of(summary, "",
                "| mutant | violates | operations until found | seconds to find | seconds with shrinking | result |",
                "|---|---|---:|---:|---:|---|"));
        lines.addAll(rows);
        Files.createDirectories(OUT.getParent());
        Files.write(OUT, lines, StandardCharsets.UTF_8);
        assertThat(100.0 * foundCount / mutants.size()).as(summary).isGreaterThanOrEqualTo(90.0);
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
