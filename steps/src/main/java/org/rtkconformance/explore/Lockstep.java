package org.rtkconformance.explore;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Runs a fixed sequence on a fresh session of the backend and of the reference, one action at a time on
 * each, and returns the first action whose observations differ. Sessions are closed whatever happens.
 */
final class Lockstep {

    private final BackendProvider backend;
    private final BackendProvider reference;
    private final String runId;
    private int sessions;

    Lockstep(BackendProvider backend, BackendProvider reference, String runId) {
        this.backend = backend;
        this.reference = reference;
        this.runId = runId;
    }

    /** A pair of fresh sessions, the drivers attached on both. */
    Pair start(List<String> callers) {
        String scenario = "explore-" + (++sessions);
        Backend subject = backend.start(new BackendContext(runId, scenario, Map.of()));
        Backend oracle;
        try {
            oracle = reference.start(new BackendContext(runId, scenario, Map.of()));
        } catch (RuntimeException failed) {
            closeQuietly(subject);
            throw failed;
        }
        Pair pair = new Pair(new ScriptRunner(subject), subject, new ScriptRunner(oracle), oracle);
        for (String caller : callers) {
            pair.oracleRunner.attach(caller);
            try {
                pair.subjectRunner.attach(caller);
            } catch (RuntimeException broke) {
                // An attach that breaks the backend shows up as a BROKE observation on the first call of the driver.
            }
        }
        return pair;
    }

    /** The first divergence of {@code actions}, run on fresh sessions with only the drivers they use. */
    Optional<Divergence> run(List<Action> actions) {
        try (Pair pair = start(callersOf(actions))) {
            List<Observation> expected = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                Observation oracle = pair.oracleRunner.run(actions.get(i));
                Observation subject = pair.subjectRunner.run(actions.get(i));
                expected.add(oracle);
                if (Observation.endsComparison(actions.get(i), oracle, subject)) {
                    return Optional.empty();
                }
                if (oracle.contradictedBy(subject)) {
                    return Optional.of(new Divergence(actions.subList(0, i + 1), expected, subject));
                }
            }
            return Optional.empty();
        }
    }

    /** The drivers a sequence names, as caller or as the owner of an instance passed, in order. */
    static List<String> callersOf(List<Action> actions) {
        TreeSet<String> callers = new TreeSet<>();
        for (Action action : actions) {
            callers.add(action.caller());
            if (action.kind() == Action.Kind.OPEN_OTHERS_INSTANCE) {
                callers.add(action.text());
            }
        }
        return new ArrayList<>(callers);
    }

    /** Two sessions in lockstep. */
    static final class Pair implements AutoCloseable {
        final ScriptRunner subjectRunner;
        final ScriptRunner oracleRunner;
        private final Backend subject;
        private final Backend oracle;

        Pair(ScriptRunner subjectRunner, Backend subject, ScriptRunner oracleRunner, Backend oracle) {
            this.subjectRunner = subjectRunner;
            this.subject = subject;
            this.oracleRunner = oracleRunner;
            this.oracle = oracle;
        }

        @Override
        public void close() {
            closeQuietly(subject);
            closeQuietly(oracle);
        }
    }

    private static void closeQuietly(Backend session) {
        try {
            session.close();
        } catch (RuntimeException ignored) {
            // A session that breaks while closing has already shown what it does; exploration goes on.
        }
    }
}
