package org.rtkconformance.reports.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One atomic statement of the spec page, as the catalog records it.
 *
 * @param id             stable id, such as {@code OPEN-NAME-2}
 * @param section        the page section it comes from (Name, Return Value, ...)
 * @param text           the statement, paraphrased
 * @param quote          the page's own words, when recorded
 * @param kind           documented, obligation, build or ambiguous
 * @param ambiguities    the ambiguities it touches ({@code D-8})
 * @param strength       required, bounded, interpretation or untested
 * @param untestedReason why no scenario checks it, for untested statements
 * @param withdrawn      kept only so that its id is never reused
 * @param source         the source key ({@code S1})
 */
public record Statement(String id, String section, String text, Optional<String> quote, String kind,
                        List<String> ambiguities, String strength, Optional<String> untestedReason,
                        boolean withdrawn, Optional<String> source) {

    public Statement {
        ambiguities = List.copyOf(ambiguities);
    }

    /** Whether the catalog says on purpose that no scenario checks this statement. */
    public boolean untested() {
        return "untested".equals(strength);
    }
}
