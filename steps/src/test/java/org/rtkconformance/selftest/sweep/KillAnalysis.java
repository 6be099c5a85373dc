package org.rtkconformance.selftest.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.rtkconformance.selftest.mutants.Mutant;
import org.rtkconformance.steps.results.ResultClass;

/**
 * Decides how the suite's scenarios treated one mutant. A kill counts for the mutant's own statement only
 * when a scenario tagged with that statement FAILed (an assertion, never a crash) and its message names
 * the statement; for a reading, when a scenario pinning the reading FAILed with a message naming one of
 * its statements. Anything else that failed is a kill elsewhere.
 */
public final class KillAnalysis {

    /** How many other killers a result keeps, enough to point a reader at the failures. */
    private static final int OTHER_KILLERS_KEPT = 10;

    private KillAnalysis() {
    }

    public static MutantResult judge(Mutant mutant, List<ScenarioOutcome> outcomes) {
        List<String> own = new ArrayList<>();
        List<String> other = new ArrayList<>();
        Map<String, Integer> failsByTag = new TreeMap<>();
        for (ScenarioOutcome outcome : outcomes) {
            if (outcome.result() != ResultClass.FAIL) {
                continue;
            }
            outcome.statements().forEach(id -> failsByTag.merge(id, 1, Integer::sum));
            outcome.readings().forEach(reading -> failsByTag.merge(reading, 1, Integer::sum));
            if (killsOwn(mutant, outcome)) {
                own.add(outcome.scenario());
            } else if (other.size() < OTHER_KILLERS_KEPT) {
                other.add(outcome.scenario());
            }
        }
        boolean anyFailed = outcomes.stream().anyMatch(outcome -> outcome.result() == ResultClass.FAIL);
        Kill kill = !own.isEmpty() ? Kill.KILLED_BY_OWN_STATEMENT : anyFailed ? Kill.KILLED_ELSEWHERE : Kill.SURVIVED;
        return new MutantResult(mutant.id(), mutant.violates(), mutant.description(), mutant.knownGap().orElse(null),
                kill, own, other, failsByTag, BaselineCheck.tally(outcomes));
    }

    private static boolean killsOwn(Mutant mutant, ScenarioOutcome outcome) {
        if (mutant.violatesReading()) {
            return outcome.readings().contains(mutant.violates())
                    && outcome.statements().stream().anyMatch(id -> names(outcome.message(), id));
        }
        return outcome.statements().contains(mutant.violates()) && names(outcome.message(), mutant.violates());
    }

    /** Whether {@code message} names {@code id} as a whole id (OPEN-NAME-2 is not named by OPEN-NAME-2B). */
    static boolean names(String message, String id) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(message).find();
    }
}
