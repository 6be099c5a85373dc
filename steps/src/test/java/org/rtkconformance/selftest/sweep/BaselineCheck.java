package org.rtkconformance.selftest.sweep;

import java.util.ArrayList;
import java.util.List;

import org.rtkconformance.steps.results.ResultClass;

/**
 * What the reference must do in the sweep: pass every required scenario, and fail none at all (a FAIL of
 * the reference is a wrong scenario or a wrong model, and would make every mutant look killed).
 */
public final class BaselineCheck {

    private BaselineCheck() {
    }

    /** One line per scenario the reference got wrong; empty when the baseline holds. */
    public static List<String> problems(List<ScenarioOutcome> reference) {
        List<String> problems = new ArrayList<>();
        for (ScenarioOutcome outcome : reference) {
            boolean wrong = outcome.result() == ResultClass.FAIL
                    || outcome.is("required") && outcome.result() != ResultClass.PASS;
            if (wrong) {
                problems.add(outcome.result() + " " + outcome.scenario() + ": " + firstLine(outcome.message()));
            }
        }
        return problems;
    }

    /** The counts of each result class, {@code PASS=120 NOT_APPLICABLE=40 ...}. */
    public static String tally(List<ScenarioOutcome> outcomes) {
        StringBuilder tally = new StringBuilder();
        for (ResultClass result : ResultClass.values()) {
            long count = outcomes.stream().filter(outcome -> outcome.result() == result).count();
            tally.append(tally.length() == 0 ? "" : " ").append(result).append('=').append(count);
        }
        return tally.toString();
    }

    static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
