package org.rtkconformance.reports.rulebook;

import org.rtkconformance.reports.catalog.Ambiguity;
import org.rtkconformance.reports.features.FeatureScenario;
import org.rtkconformance.reports.results.RunResults;
import org.rtkconformance.reports.results.ScenarioResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the rule book shows: the statements in page order with their scenarios and verdicts, and
 * what does not trace: scenarios naming no or unknown statements, results matching no scenario.
 *
 * @param catalogFile          the catalog read
 * @param ambiguities          the catalog's ambiguities by id
 * @param entries              one per catalog statement, in catalog (page) order
 * @param run                  the latest run, if a results file was given
 * @param untagged             scenarios without any {@code @statement:} tag
 * @param unknownStatements    statement ids named by tags but absent from the catalog, with their scenarios
 * @param unmatchedResults     results whose scenario is not in the feature files
 */
public record RuleBook(Path catalogFile, Map<String, Ambiguity> ambiguities, List<StatementEntry> entries, Optional<RunResults> run,
                       List<FeatureScenario> untagged, Map<String, List<FeatureScenario>> unknownStatements,
                       List<ScenarioResult> unmatchedResults) {

    public RuleBook {
        ambiguities = Map.copyOf(ambiguities);
        entries = List.copyOf(entries);
        untagged = List.copyOf(untagged);
        unknownStatements = Map.copyOf(unknownStatements);
        unmatchedResults = List.copyOf(unmatchedResults);
    }

    /** The ambiguity with {@code id}, if the catalog describes it. */
    public Optional<Ambiguity> ambiguity(String id) {
        return Optional.ofNullable(ambiguities.get(id));
    }

    /** The entries grouped by section, sections in the order they first appear in the catalog. */
    public Map<String, List<StatementEntry>> sections() {
        Map<String, List<StatementEntry>> sections = new LinkedHashMap<>();
        entries.forEach(e -> sections.computeIfAbsent(e.statement().section(), s -> new ArrayList<>()).add(e));
        return sections;
    }

    /** The coverage of each section, in section order. */
    public List<SectionCoverage> coverage() {
        List<SectionCoverage> rows = new ArrayList<>();
        sections().forEach((section, list) -> {
            int statements = 0;
            int traced = 0;
            int untested = 0;
            int untraced = 0;
            int passing = 0;
            int notVerified = 0;
            int failing = 0;
            Set<FeatureScenario> scenarios = new HashSet<>();
            for (StatementEntry entry : list) {
                if (entry.statement().withdrawn()) {
                    continue;
                }
                statements++;
                StatementStatus status = entry.status();
                traced += entry.scenarios().isEmpty() ? 0 : 1;
                untested += status == StatementStatus.UNTESTED ? 1 : 0;
                untraced += status == StatementStatus.UNTRACED ? 1 : 0;
                passing += status == StatementStatus.PASS ? 1 : 0;
                notVerified += status == StatementStatus.NOT_VERIFIED ? 1 : 0;
                failing += status == StatementStatus.FAIL ? 1 : 0;
                entry.scenarios().forEach(s -> scenarios.add(s.scenario()));
            }
            rows.add(new SectionCoverage(section, statements, traced, untested, untraced, scenarios.size(), passing,
                    notVerified, failing));
        });
        return rows;
    }

    /** The coverage of the whole catalog. */
    public SectionCoverage total() {
        Set<FeatureScenario> scenarios = new HashSet<>();
        entries.stream().filter(e -> !e.statement().withdrawn())
                .forEach(e -> e.scenarios().forEach(s -> scenarios.add(s.scenario())));
        List<SectionCoverage> rows = coverage();
        return new SectionCoverage("All sections", rows.stream().mapToInt(SectionCoverage::statements).sum(),
                rows.stream().mapToInt(SectionCoverage::traced).sum(),
                rows.stream().mapToInt(SectionCoverage::untested).sum(),
                rows.stream().mapToInt(SectionCoverage::untraced).sum(), scenarios.size(),
                rows.stream().mapToInt(SectionCoverage::passing).sum(),
                rows.stream().mapToInt(SectionCoverage::notVerified).sum(),
                rows.stream().mapToInt(SectionCoverage::failing).sum());
    }
}
