package org.rtkconformance.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.rtkconformance.adapter.api.UnicodeString;

/**
 * OPEN-REM-2 under a race: while the creator holds the object, every racing caller opens it, reads the
 * creator's mark and releases it, several times, all at once. Every racing call must succeed and show the
 * one live object; after the race the object must still open, and the creator's release must destroy it.
 * A lost update of the count shows as an open that fails, or an object that outlives its last handle.
 */
final class ChurnRace {

    /** What one racer saw: its first wrong call, or nothing, and which property that breaches. */
    private record RacerReport(RaceRecord.Property breached, String detail) {
    }

    private final Racetrack track;
    private final Participant creator;
    private final List<Participant> racers;
    private final UnicodeString name;
    private final int size;
    private final int access;
    private final int rounds;

    ChurnRace(Racetrack track, Participant creator, List<Participant> racers, UnicodeString name, int size, int access,
              int rounds) {
        this.track = track;
        this.creator = creator;
        this.racers = List.copyOf(racers);
        this.name = name;
        this.size = size;
        this.access = access;
        this.rounds = rounds;
    }

    void trial(int trial) {
        RaceRecord record = track.record;
        RacingCalls.Held own = track.createMarked(creator, name, size, trial);
        UnicodeString object = own.name();
        byte[] mark = RacingCalls.mark(creator.name(), trial);

        List<Callable<Optional<RacerReport>>> moves = new ArrayList<>();
        for (Participant racer : racers) {
            moves.add(() -> churn(racer, object, mark));
        }
        List<Optional<RacerReport>> reports = track.start.together(racers.size() + " callers opening and releasing "
                + object.describe(), moves);
        reports.forEach(report -> report.ifPresent(r -> record.breach(r.breached(), r.detail())));
        if (record.currentTrialBreached()) {
            return;
        }
        record.saw(racers.size() * rounds + " racing opens that all got the live object and released it");
        track.keptThenDestroyedBy(own, mark);
    }

    private Optional<RacerReport> churn(Participant racer, UnicodeString object, byte[] mark) {
        for (int round = 1; round <= rounds; round++) {
            String which = " (round " + round + " of " + rounds + " of driver " + racer.name() + ")";
            RacingCalls.Attempt opened = track.calls.open(racer, object, access);
            if (opened.held().isEmpty()) {
                return Optional.of(new RacerReport(RaceRecord.Property.RACING_OPENS,
                        opened.describe() + which + " while driver " + creator.name() + " holds the object"));
            }
            Optional<String> wrong = track.calls.expect(opened.held().get(), 0, mark);
            if (wrong.isPresent()) {
                return Optional.of(new RacerReport(RaceRecord.Property.RACING_OPENS, wrong.get() + which));
            }
            Optional<String> released = track.calls.release(opened.held().get());
            if (released.isPresent()) {
                return Optional.of(new RacerReport(RaceRecord.Property.RACING_RELEASES, released.get() + which));
            }
        }
        return Optional.empty();
    }
}
