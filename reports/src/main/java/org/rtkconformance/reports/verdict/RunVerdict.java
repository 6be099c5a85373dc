package org.rtkconformance.reports.verdict;

import org.rtkconformance.reports.catalog.Catalog;
import org.rtkconformance.reports.expectations.Expectations;
import org.rtkconformance.reports.results.RunResults;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict on one run.
 *
 * @param certification whether it was judged in certification mode (no waiver on a required statement, every
 *                      ambiguity declared, no declared reading contradicted)
 * @param judgedOn      the day waivers were checked against
 * @param counts        scenarios per outcome, every outcome present
 * @param byStrength    strength ({@code required}, {@code bounded}, {@code interpretation}, {@code none}) to
 *                      scenarios per outcome
 * @param statements    every statement rolled up by {@link StatementRollup}, in catalog order
 * @param catalog       the catalog the run was judged against, for the titles of statements and ambiguities
 */
public record RunVerdict(RunResults run, Expectations expectations, boolean certification, LocalDate judgedOn,
                         List<JudgedScenario> scenarios, Map<Outcome, Integer> counts,
                         Map<String, Map<Outcome, Integer>> byStrength, List<ProfileScore> profiles,
                         List<ReadingFingerprint> fingerprint, List<WaiverProblem> problems,
                         List<JudgedStatement> statements, Optional<Catalog> catalog) {

    /** The exit code of a conformant run. */
    public static final int EXIT_CONFORMANT = 0;
    /** The exit code of a non-conformant run. */
    public static final int EXIT_NON_CONFORMANT = 1;

    public RunVerdict {
        scenarios = List.copyOf(scenarios);
        counts = Map.copyOf(counts);
        // Kept in the order given (required, bounded, interpretation): the tables print it so.
        byStrength = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byStrength));
        profiles = List.copyOf(profiles);
        fingerprint = List.copyOf(fingerprint);
        problems = List.copyOf(problems);
        statements = List.copyOf(statements);
    }

    /** How many statements are in each state, every state present. */
    public Map<StatementState, Integer> statementCounts() {
        Map<StatementState, Integer> counts = new java.util.EnumMap<>(StatementState.class);
        for (StatementState state : StatementState.values()) {
            counts.put(state, 0);
        }
        statements.forEach(s -> counts.merge(s.rollup().state(), 1, Integer::sum));
        return counts;
    }

    /** Whether the backend conforms: nothing blocks, neither a scenario nor a waiver, and something ran. */
    public boolean conformant() {
        return reasons().isEmpty();
    }

    /** Why the run is not conformant, one sentence each; empty when it is. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            int count = counts.get(outcome);
            if (outcome.blocks() && count > 0) {
                reasons.add(count + " scenario(s) " + outcome + switch (outcome) {
                    case FAIL -> " (non-conformance, not waived)";
                    case UNRESOLVED -> " (harness or backend broke, not waived)";
                    case XPASS -> " (a waived scenario passed: remove its waiver)";
                    default -> "";
                });
            }
        }
        problems.stream().filter(WaiverProblem::blocking).filter(p -> p.kind() != WaiverProblem.Kind.PASSED)
                .forEach(p -> reasons.add(p.message()));
        if (certification) {
            reasons.addAll(certificationFailures());
        }
        if (counts.get(Outcome.PASS) + counts.get(Outcome.XFAIL) + counts.get(Outcome.FAIL) == 0
                && counts.get(Outcome.UNRESOLVED) == 0) {
            reasons.add("no scenario ran against the backend");
        }
        return reasons;
    }

    /**
     * What certification refuses (docs/verdicts.md): results that changed between repeated runs (UNSTABLE), and in
     * the reading fingerprint an ambiguity with readings the backend does not declare, whatever it showed, and a
     * declared reading its behaviour contradicts.
     */
    public List<String> certificationFailures() {
        List<String> failures = new ArrayList<>();
        if (!run.unstable().isEmpty()) {
            failures.add("FAIL: certification needs stable results; " + run.unstable().size() + " scenario(s) changed result"
                    + " between the repeated runs: " + run.unstable().stream()
                            .map(u -> u.id() + " " + u.results()).collect(java.util.stream.Collectors.joining(", ")));
        }
        for (ReadingFingerprint f : fingerprint) {
            boolean hasReadings = catalog.flatMap(c -> c.ambiguity(f.ambiguity()))
                    .map(a -> !a.readings().isEmpty()).orElse(true);
            switch (f.shown()) {
                case UNDECLARED, SHOWN_NOT_DECLARED, NONE_SHOWN -> {
                    if (hasReadings) {
                        failures.add("FAIL: certification needs every ambiguity declared; " + f.ambiguity()
                                + " is not (" + f.shownText() + ")");
                    }
                }
                case CONTRADICTED -> failures.add("FAIL: the behaviour contradicts the declared reading: "
                        + f.ambiguity() + " " + f.shownText());
                default -> { }
            }
        }
        return failures;
    }

    /** {@link #EXIT_CONFORMANT} or {@link #EXIT_NON_CONFORMANT}. */
    public int exitCode() {
        return conformant() ? EXIT_CONFORMANT : EXIT_NON_CONFORMANT;
    }

    /**
     * The title, and how many failures the expectations waived when any did: a backend conformant only through
     * its waivers says so wherever the verdict is shown ("CONFORMANT, with 150 failures waived by its
     * expectations").
     */
    public String headline() {
        int waived = counts.get(Outcome.XFAIL);
        return waived == 0 ? title() : title() + ", with " + waived + " failure" + (waived == 1 ? "" : "s")
                + " waived by its expectations";
    }

    /** {@code CONFORMANT} or {@code NON-CONFORMANT}. */
    public String title() {
        return conformant() ? "CONFORMANT" : "NON-CONFORMANT";
    }
}
