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
 */
public record Backend(String id, String vendor, String product, String version, String apiVersion,
                      List<String> capabilities, Map<String, String> readings, Optional<String> error) {

    /** The id shown when no backend could be chosen. */
    public static final String NONE = "(no backend)";

    public Backend {
        capabilities = List.copyOf(capabilities);
        readings = Map.copyOf(readings);
    }

    /** The declared readings ({@code D-2.A}) in ambiguity order, D-2 before D-10. */
    public List<String> readingsInOrder() {
        return readings.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> number(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getValue).toList();
    }

    private static int number(String ambiguity) {
        String digits = ambiguity.replaceAll("\\D", "");
        return digits.isEmpty() || digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
