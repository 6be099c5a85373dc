package org.rtkconformance.explore;

import java.util.List;

/**
 * Where a sequence first showed something different on the backend than on the reference.
 *
 * @param actions   the sequence up to and including the diverging action
 * @param reference what the reference showed for each of them
 * @param backend   what the backend showed for the last one
 */
public record Divergence(List<Action> actions, List<Observation> reference, Observation backend) {

    public Divergence {
        actions = List.copyOf(actions);
        reference = List.copyOf(reference);
    }

    /** The action the two differ on. */
    public Action last() {
        return actions.get(actions.size() - 1);
    }

    /** What the reference showed for the last action. */
    public Observation expected() {
        return reference.get(reference.size() - 1);
    }
}
