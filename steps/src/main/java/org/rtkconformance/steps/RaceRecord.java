package org.rtkconformance.steps;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a concurrency scenario's trials saw: how many ran of how many stated, the first breach of each
 * property the scenario judges, and how often each outcome of the race came up. Trials stop after the
 * first one that breaches anything: the failure names that trial.
 */
final class RaceRecord {

    /** What the Then steps of the concurrency scenarios judge, each in its own words. */
    enum Property {
        RACING_OPENS,
        RACING_RELEASES,
        LAST_CLOSE,
        OPEN_AGAINST_LAST_CLOSE,
        KEPT_AFTER_RACE,
        GONE_AFTER_LAST_CLOSE
    }

    private final String race;
    private final int trials;
    private int started;
    private boolean trialBreached;
    private final Map<Property, String> breaches = new EnumMap<>(Property.class);
    private final Map<String, Integer> outcomes = new TreeMap<>();

    RaceRecord(String race, int trials) {
        this.race = race;
        this.trials = trials;
    }

    int trials() {
        return trials;
    }

    /** Starts trial {@code trial} (1-based); false once an earlier trial breached a property. */
    boolean startTrial(int trial) {
        if (trialBreached) {
            return false;
        }
        started = trial;
        return true;
    }

    /** A breach in the current trial; the first of each property is kept. */
    void breach(Property property, String detail) {
        trialBreached = true;
        breaches.putIfAbsent(property, "trial " + started + " of " + trials + ": " + detail);
    }

    boolean currentTrialBreached() {
        return trialBreached;
    }

    /** One outcome of the race seen in the current trial (tallied). */
    void saw(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    Optional<String> breachOf(Property property) {
        return Optional.ofNullable(breaches.get(property));
    }

    /** For the scenario's log and every failure: the trials run, and the outcomes seen with their counts. */
    String summary() {
        String seen = outcomes.isEmpty() ? "none" : outcomes.entrySet().stream()
                .map(outcome -> outcome.getKey() + ": " + outcome.getValue()).collect(Collectors.joining("; "));
        return race + ": " + started + " of " + trials + " trials run"
                + (trialBreached ? ", stopped at the first that broke a rule" : "") + ". Outcomes seen: " + seen + ".";
    }
}
