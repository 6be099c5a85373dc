package org.rtkconformance.reports.results;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The backend a run certified, as it declared itself.
 *
 * @param readings for each ambiguity ({@code D-6}) the reading it declares ({@code D-6.A})
 * @param error    why no backend could be chosen, when none could; then {@code id} is {@link #NONE}
 * @param probed   for each ambiguity it does not declare and whose readings were probed, the readings tried
 *                 and those it showed ({@code backend.shownReadings}, docs/INTERPRETATIONS.md "Probing")
 */
public record Backend(String id, String vendor, String product, String version, String apiVersion,
                      List<String> capabilities, Map<String, String> readings, Optional<String> error,
                      Map<String, ProbedAmbiguity> probed) {

    /** The id shown when no backend could be chosen. */
    public static final String NONE = "(no backend)";

    public Backend {
        capabilities = List.copyOf(capabilities);
        readings = Map.copyOf(readings);
        probed = Map.copyOf(probed);
    }

    /** A backend of which nothing was probed. */
    public Backend(String id, String vendor, String product, String version, String apiVersion,
                   List<String> capabilities, Map<String, String> readings, Optional<String> error) {
        this(id, vendor, product, version, apiVersion, capabilities, readings, error, Map.of());
    }

    /** The declared readings ({@code D-2.A}) in ambiguity order, D-2 before D-10. */
    public List<String> readingsInOrder() {
        return readings.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> number(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getValue).toList();
    }

    /**
     * The reading of {@code ambiguity} as the comparison shows it: the declared one ({@code D-6.A}), else what
     * probing observed ({@code shown, not declared: D-6.A}, {@code none shown: FAIL of FLOOR-D6}), else "-".
     */
    public String readingOf(String ambiguity) {
        String declared = readings.get(ambiguity);
        if (declared != null) {
            return declared;
        }
        ProbedAmbiguity probe = probed.get(ambiguity);
        if (probe == null) {
            return "-";
        }
        return probe.shown().isEmpty() ? "none shown: FAIL of FLOOR-" + ambiguity.replace("-", "")
                : "shown, not declared: " + String.join(", ", probe.shown());
    }

    private static int number(String ambiguity) {
        String digits = ambiguity.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
