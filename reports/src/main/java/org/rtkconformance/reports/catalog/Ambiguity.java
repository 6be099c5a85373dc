package org.rtkconformance.reports.catalog;

import java.util.Map;
import java.util.Optional;

/**
 * One ambiguity of the page (api-notes §d) as the catalog names it, with its candidate readings.
 *
 * @param id       {@code D-8}
 * @param title    a short title
 * @param readings reading letter ({@code A}) to what the reading says
 */
public record Ambiguity(String id, String title, Map<String, String> readings) {

    public Ambiguity {
        readings = Map.copyOf(readings);
    }

    /** What reading {@code D-8.A} says, for a reading of this ambiguity. */
    public Optional<String> describe(String reading) {
        if (!reading.startsWith(id + ".")) {
            return Optional.empty();
        }
        return Optional.ofNullable(readings.get(reading.substring(id.length() + 1)));
    }
}
