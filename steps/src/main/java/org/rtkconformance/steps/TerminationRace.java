package org.rtkconformance.steps;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.rtkconformance.adapter.api.UnicodeString;

/**
 * OPEN-REM-3 under a race: a caller is terminated while another caller releases its own handles to the same
 * object. The system must close exactly the terminated caller's handles: with both done, only the creator's
 * handle is left, so the object still opens with the creator's mark and the creator's release destroys it.
 * Each trial terminates a new caller, attached for it.
 */
final class TerminationRace {

    private final Racetrack track;
    private final Participant creator;
    private final String victimName;
    private final Participant closer;
    private final UnicodeString name;
    private final int size;
    private final int access;

    TerminationRace(Racetrack track, Participant creator, String victimName, Participant closer, UnicodeString name,
                    int size, int access) {
        this.track = track;
        this.creator = creator;
        this.victimName = victimName;
        this.closer = closer;
        this.name = name;
        this.size = size;
        this.access = access;
    }

    void trial(int trial) {
        RaceRecord record = track.record;
        RacingCalls.Held own = track.createMarked(creator, name, size, trial);
        UnicodeString object = own.name();
        byte[] mark = RacingCalls.mark(creator.name(), trial);
        Participant victim = CallerSteps.attachNew(track.world, victimName + trial);
        for (int i = 0; i < 2; i++) {
            track.prepared(track.calls.open(victim, object, access), trial);
        }
        RacingCalls.Held first = track.prepared(track.calls.open(closer, object, access), trial);
        RacingCalls.Held second = track.prepared(track.calls.open(closer, object, access), trial);

        Callable<Optional<String>> terminate = () -> {
            victim.caller().terminate();
            return Optional.empty();
        };
        Callable<Optional<String>> release = () -> track.calls.release(first).or(() -> track.calls.release(second));
        List<Optional<String>> done = track.start.together("the termination of driver " + victim.name()
                + " against driver " + closer.name() + "'s releases of " + object.describe(), List.of(terminate, release));
        victim.terminated();
        done.get(1).ifPresent(wrong -> record.breach(RaceRecord.Property.RACING_RELEASES, wrong));
        if (record.currentTrialBreached()) {
            return;
        }
        record.saw("driver " + closer.name() + " released both handles while driver " + victimName + " was terminated");
        track.keptThenDestroyedBy(own, mark);
    }
}
