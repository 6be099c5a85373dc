package org.rtkconformance.steps;

import java.util.Optional;

import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.ConformanceFailure;

/**
 * What every race of a scenario shares: its calls, its probe, its start and its record. A trial's own
 * preparation (the create and the opens before the race) must succeed; when it does not, the trial is a
 * FAIL naming the call, as a refused Given is.
 */
final class Racetrack implements AutoCloseable {

    final World world;
    final RacingCalls calls;
    final RaceProbe probe;
    final RaceStart start;
    final RaceRecord record;

    Racetrack(World world, RaceRecord record) {
        this.world = world;
        this.record = record;
        // Every race reads and writes through views; a backend without them is UNSUPPORTED before any trial.
        world.require(Capability.VIEW_ACCESS);
        this.calls = new RacingCalls(world.backend().has(Capability.UNMAP));
        this.probe = new RaceProbe(world, calls);
        this.start = new RaceStart(world.verdict());
    }

    /** The object of trial {@code trial}: the scenario's name with the trial's number, known to the leak guard. */
    private UnicodeString objectOf(UnicodeString name, int trial, long size) {
        UnicodeString own = UnicodeString.of(name.text() + "." + trial);
        world.createdAt(own, size);
        return own;
    }

    /**
     * Trial {@code trial}'s object, created by {@code creator} with its mark written at offset 0: the handle and
     * view it holds. The object's name is the scenario's with the trial's number.
     */
    RacingCalls.Held createMarked(Participant creator, UnicodeString name, int size, int trial) {
        UnicodeString object = objectOf(name, trial, size);
        RacingCalls.Held own = prepared(calls.create(creator, object, size), trial);
        prepared(calls.write(own, 0, RacingCalls.mark(creator.name(), trial)), trial,
                "driver " + creator.name() + " writing its mark");
        return own;
    }

    /** What a preparation call gave; a failure ends the scenario, naming the trial and the call. */
    RacingCalls.Held prepared(RacingCalls.Attempt attempt, int trial) {
        return attempt.held().orElseThrow(() -> preparationFailed(trial, attempt.call(), attempt.describe()));
    }

    /** A preparation step that must have gone right. */
    void prepared(Optional<String> wrong, int trial, String step) {
        if (wrong.isPresent()) {
            throw preparationFailed(trial, step, wrong.get());
        }
    }

    private AssertionError preparationFailed(int trial, String call, String actual) {
        return new AssertionError(ConformanceFailure.message(world.verdict(), call + ", preparing trial " + trial + " of "
                + record.trials() + " (" + record.summary() + ")", "the call succeeds, as before the first race", actual));
    }

    /**
     * After a race that left only the creator's handle: the object opens with the creator's mark, and the
     * creator's release, the last, destroys it.
     */
    void keptThenDestroyedBy(RacingCalls.Held own, byte[] mark) {
        String creator = own.owner().name();
        probe.opensWithMark(own.name(), mark, creator)
                .ifPresent(wrong -> record.breach(RaceRecord.Property.KEPT_AFTER_RACE, wrong));
        Optional<String> released = calls.release(own);
        released.ifPresent(wrong -> record.breach(RaceRecord.Property.GONE_AFTER_LAST_CLOSE, wrong));
        if (released.isEmpty()) {
            probe.gone(own.name(), "after driver " + creator + "'s release, the last")
                    .ifPresent(wrong -> record.breach(RaceRecord.Property.GONE_AFTER_LAST_CLOSE, wrong));
        }
    }

    @Override
    public void close() {
        start.close();
    }
}
