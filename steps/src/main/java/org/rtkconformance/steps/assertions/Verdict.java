package org.rtkconformance.steps.assertions;

import java.util.List;

/**
 * Whom a failed assertion speaks about: the statements the scenario checks and the backend under test.
 *
 * @param statements the scenario's {@code @statement:} ids
 * @param backendId  the id of the backend under test
 */
public record Verdict(List<String> statements, String backendId) {

    public Verdict {
        statements = List.copyOf(statements);
    }

    /** The same backend, judged against other statements (a hook's own rule). */
    public Verdict about(List<String> otherStatements) {
        return new Verdict(otherStatements, backendId);
    }
}
