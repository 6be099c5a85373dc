package org.rtkconformance.steps.run;

import org.rtkconformance.adapter.api.CallerKilledException;

/**
 * What the guard makes of a backend that kills its own caller during an RTKAPI call: no input to a
 * documented call may do that, so the scenario's hook turns it into a FAIL of the statements the scenario
 * checks, with the crash (the agent's stderr tail) in the message. Hangs and garbled replies stay UNRESOLVED.
 */
@FunctionalInterface
public interface KilledCallerJudge {

    /** Leaves the crash as it is (UNRESOLVED): for sessions used outside a scenario. */
    KilledCallerJudge NONE = (call, killed) -> {
        throw killed;
    };

    /** The failure to throw for {@code killed}, raised by {@code call} (method and arguments as the guard saw them). */
    AssertionError judge(String call, CallerKilledException killed);
}
