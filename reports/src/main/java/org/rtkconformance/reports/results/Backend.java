package org.rtkconformance.reports.results;

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
}
