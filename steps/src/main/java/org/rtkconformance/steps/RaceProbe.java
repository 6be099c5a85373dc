package org.rtkconformance.steps;

import java.util.Optional;

import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * What a race left, judged from the harness's probing caller, which holds nothing: whether a name opens and
 * what its memory holds. Every probe releases what it obtained, so it changes no count the trial relies on.
 */
final class RaceProbe {

    private final World world;
    private final RacingCalls calls;

    RaceProbe(World world, RacingCalls calls) {
        this.world = world;
        this.calls = calls;
    }

    /** The name opens and shows {@code mark} at offset 0; what was wrong, or empty. */
    Optional<String> opensWithMark(UnicodeString name, byte[] mark, String holder) {
        RacingCalls.Attempt probe = calls.probe(world.prober(), name);
        if (probe.held().isEmpty()) {
            return Optional.of(probe.describe() + " while driver " + holder + " still holds it");
        }
        Optional<String> wrong = calls.expect(probe.held().get(), 0, mark);
        Optional<String> released = calls.release(probe.held().get());
        return wrong.or(() -> released);
    }

    /** The name no longer opens; what was wrong, or empty. */
    Optional<String> gone(UnicodeString name, String when) {
        RacingCalls.Attempt probe = calls.probe(world.prober(), name);
        if (probe.held().isEmpty() && !probe.status().isSuccess()) {
            return Optional.empty();
        }
        probe.held().ifPresent(calls::release);
        return Optional.of(probe.describe() + " " + when + ": the object outlived its last handle");
    }

    /** The status an open of a name nobody ever created returns; it must be a failure. */
    NtStatus statusOfNameNobodyHas(UnicodeString never) {
        RacingCalls.Attempt probe = calls.probe(world.prober(), never);
        if (probe.status().isSuccess()) {
            probe.held().ifPresent(calls::release);
            throw new AssertionError(org.rtkconformance.steps.assertions.ConformanceFailure.message(world.verdict(),
                    probe.call(), "the open fails: nobody created " + never.describe(), probe.describe()));
        }
        return probe.status();
    }
}
