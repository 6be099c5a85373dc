package org.rtkconformance.reports.results;

import java.util.List;

/**
 * What probing observed of one ambiguity a backend does not declare.
 *
 * @param tried the readings whose scenarios ran ({@code D-6.A}, {@code D-6.B})
 * @param shown the readings the backend showed; empty when it showed none, which breaks the floor
 */
public record ProbedAmbiguity(List<String> tried, List<String> shown) {

    public ProbedAmbiguity {
        tried = List.copyOf(tried);
        shown = List.copyOf(shown);
    }
}
