package org.rtkconformance.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Delta debugging (Zeller's ddmin) of a diverging sequence: removes chunks, then single actions, as long as
 * the rest still diverges, within a budget of lockstep runs. Every subsequence is runnable, because an action
 * whose handle or view does not exist is skipped on both sides.
 */
final class Shrinker {

    private final Lockstep lockstep;
    private final int budget;
    private int runs;

    Shrinker(Lockstep lockstep, int budget) {
        this.lockstep = lockstep;
        this.budget = budget;
    }

    /** The lockstep runs the last {@link #shrink} made. */
    int runs() {
        return runs;
    }

    /** A minimal diverging sequence found from {@code found}, which must diverge. */
    Divergence shrink(Divergence found) {
        runs = 0;
        Divergence best = found;
        List<Action> current = best.actions();
        int n = 2;
        while (current.size() >= 2 && runs < budget) {
            int chunk = (current.size() + n - 1) / n;
            boolean reduced = false;
            for (int start = 0; start < current.size() && !reduced && runs < budget; start += chunk) {
                List<Action> complement = new ArrayList<>(current.subList(0, start));
                complement.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
                Optional<Divergence> still = test(complement);
                if (still.isPresent()) {
                    best = still.get();
                    current = best.actions();
                    n = Math.max(n - 1, 2);
                    reduced = true;
                }
            }
            if (!reduced) {
                if (n >= current.size()) {
                    break;
                }
                n = Math.min(current.size(), n * 2);
            }
        }
        return best;
    }

    private Optional<Divergence> test(List<Action> candidate) {
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        runs++;
        return lockstep.run(candidate);
    }
}
