package org.rtkconformance.steps.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a probe observed (docs/INTERPRETATIONS.md, "Probing"): for each ambiguity a backend does not declare,
 * the readings it showed. A reading is shown when at least one scenario pinning it ran and every scenario
 * pinning it that ran passed. A scenario pinning two probed readings (D-2.A needs D-3.B) counts for one of
 * them only once the other is shown by scenarios of its own; otherwise it is inconclusive. An ambiguity
 * probed with no reading shown breaks its floor.
 *
 * @param tried for each probed ambiguity ({@code D-6}), the readings whose scenarios ran
 * @param shown for each probed ambiguity, the readings shown (possibly none)
 */
public record ShownReadings(Map<String, Set<String>> tried, Map<String, Set<String>> shown) {

    /** One scenario as the probe sees it: the readings it pins that the backend does not declare, and its class. */
    public record Probe(List<String> probedReadings, ResultClass result) {
    }

    public ShownReadings {
        tried = inAmbiguityOrder(tried);
        shown = inAmbiguityOrder(shown);
    }

    /** D-2 before D-10, so fingerprints read in the page's order. */
    private static Map<String, Set<String>> inAmbiguityOrder(Map<String, Set<String>> byAmbiguity) {
        Map<String, Set<String>> ordered = new TreeMap<>(ResultsFile::byAmbiguityNumber);
        byAmbiguity.forEach((ambiguity, readings) -> ordered.put(ambiguity, Set.copyOf(new TreeSet<>(readings))));
        return java.util.Collections.unmodifiableMap(ordered);
    }

    /** Judges the probes of one run. */
    public static ShownReadings of(Collection<Probe> probes) {
        List<Probe> ran = probes.stream()
                .filter(probe -> probe.result() == ResultClass.PASS || probe.result() == ResultClass.FAIL).toList();
        Map<String, Boolean> alone = new LinkedHashMap<>();
        for (Probe probe : ran) {
            if (probe.probedReadings().size() == 1) {
                alone.merge(probe.probedReadings().get(0), probe.result() == ResultClass.PASS, Boolean::logicalAnd);
            }
        }
        Map<String, Boolean> allPassed = new LinkedHashMap<>(alone);
        for (Probe probe : ran) {
            for (String reading : probe.probedReadings()) {
                boolean othersShown = probe.probedReadings().stream()
                        .allMatch(other -> other.equals(reading) || Boolean.TRUE.equals(alone.get(other)));
                if (probe.probedReadings().size() > 1 && othersShown) {
                    allPassed.merge(reading, probe.result() == ResultClass.PASS, Boolean::logicalAnd);
                }
            }
        }
        Map<String, Set<String>> tried = new TreeMap<>(ResultsFile::byAmbiguityNumber);
        Map<String, Set<String>> shown = new TreeMap<>(ResultsFile::byAmbiguityNumber);
        allPassed.forEach((reading, passed) -> {
            String ambiguity = reading.substring(0, reading.indexOf('.'));
            tried.computeIfAbsent(ambiguity, any -> new TreeSet<>()).add(reading);
            Set<String> shownOfAmbiguity = shown.computeIfAbsent(ambiguity, any -> new TreeSet<>());
            if (passed) {
                shownOfAmbiguity.add(reading);
            }
        });
        return new ShownReadings(tried, shown);
    }

    /** Whether every probed reading of {@code probedReadings} was shown: only then does its scenario count. */
    public boolean allShown(List<String> probedReadings) {
        return probedReadings.stream().allMatch(reading -> shown.getOrDefault(ambiguityOf(reading), Set.of()).contains(reading));
    }

    /** The probed ambiguities that showed none of the readings tried. */
    public List<String> noneShown() {
        List<String> none = new ArrayList<>();
        shown.forEach((ambiguity, readings) -> {
            if (readings.isEmpty()) {
                none.add(ambiguity);
            }
        });
        none.sort(ResultsFile::byAmbiguityNumber);
        return none;
    }

    private static String ambiguityOf(String reading) {
        return reading.substring(0, reading.indexOf('.'));
    }
}
