package org.rtkconformance.reports.results;

import java.util.List;
import java.util.Map;

/**
 * The backend a run certified, as it declared itself.
 *
 * @param readings for each ambiguity ({@code D-6}) the reading it declares ({@code D-6.A})
 */
public record Backend(String id, String vendor, String product, String version, String apiVersion,
                      List<String> capabilities, Map<String, String> readings) {

    public Backend {
        capabilities = List.copyOf(capabilities);
        readings = Map.copyOf(readings);
    }
}
