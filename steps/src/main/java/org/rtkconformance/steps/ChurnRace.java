package org.rtkconformance.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.rtkconformance.adapter.api.UnicodeString;

/**
 * OPEN-REM-2 under a race: while the creator holds the object, the racing callers each open it several
 * times and read the creator's mark, then release every handle; in odd trials the opens race and the
 * releases follow one racer after another, in even trials the other way round. Every call must succeed and
 * show the one live object; after the race the object must still open, and the creator's release must
 * destroy it. Racing one direction at a time keeps a lost increment from being cancelled by a lost
 * decrement (callers in lockstep lose as many of each): a lost increment brings the count to zero while the
 * creator holds the object, a lost decrement keeps it alive after the creator's release.
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

        // Odd trials race the opens and release one racer after another; even trials open one racer after another
        // and race the releases. A lost increment then cannot be cancelled by a lost decrement, and the reverse.
        boolean opensRace = trial % 2 == 1;
        List<Callable<Opened>> opens = new ArrayList<>();
        for (Participant racer : racers) {
            opens.add(() -> openAll(racer, object, mark));
        }
        List<Opened> opened = inTurnOrTogether(opensRace, racers.size() + " callers opening " + object.describe(), opens);
        opened.forEach(o -> o.report().ifPresent(r -> record.breach(r.breached(), r.detail())));
        List<Callable<Optional<RacerReport>>> releases = new ArrayList<>();
        for (Opened each : opened) {
            releases.add(() -> releaseAll(each.held()));
        }
        List<Optional<RacerReport>> released = inTurnOrTogether(!opensRace, racers.size() + " callers releasing "
                + object.describe(), releases);
        released.forEach(report -> report.ifPresent(r -> record.breach(r.breached(), r.detail())));
        if (record.currentTrialBreached()) {
            return;
        }
        record.saw(opensRace ? "racing opens, then releases in turn: all as the page says"
                : "opens in turn, then racing releases: all as the page says");
        track.keptThenDestroyedBy(own, mark);
    }

    /** All {@code moves} at once, or one after another in this thread. */
    private <T> List<T> inTurnOrTogether(boolean together, String race, List<Callable<T>> moves) {
        if (together) {
            return track.start.together(race, moves);
        }
        List<T> results = new ArrayList<>();
        for (Callable<T> move : moves) {
            try {
                results.add(move.call());
            } catch (RuntimeException | Error thrown) {
                throw thrown;
            } catch (Exception checked) {
                throw new IllegalStateException(checked);
            }
        }
        return results;
    }

    /** What one racer holds after its opens, and its first wrong call, if any. */
    private record Opened(List<RacingCalls.Held> held, Optional<RacerReport> report) {
    }

    /** Opens the object {@code rounds} times, each view showing the creator's mark; stops at the first wrong call. */
    private Opened openAll(Participant racer, UnicodeString object, byte[] mark) {
        List<RacingCalls.Held> held = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            String which = " (open " + round + " of " + rounds + " by driver " + racer.name() + ")";
            RacingCalls.Attempt attempt = track.calls.open(racer, object, access);
            if (attempt.held().isEmpty()) {
                return new Opened(held, Optional.of(new RacerReport(RaceRecord.Property.RACING_OPENS,
                        attempt.describe() + which + " while driver " + creator.name() + " holds the object")));
            }
            held.add(attempt.held().get());
            Optional<String> wrong = track.calls.expect(attempt.held().get(), 0, mark);
            if (wrong.isPresent()) {
                return new Opened(held, Optional.of(new RacerReport(RaceRecord.Property.RACING_OPENS, wrong.get() + which)));
            }
        }
        return new Opened(held, Optional.empty());
    }

    /** Releases every handle and view a racer holds; the first that did not succeed, or empty. */
    private Optional<RacerReport> releaseAll(List<RacingCalls.Held> held) {
        for (RacingCalls.Held each : held) {
            Optional<String> wrong = track.calls.release(each);
            if (wrong.isPresent()) {
                return Optional.of(new RacerReport(RaceRecord.Property.RACING_RELEASES, wrong.get()));
            }
        }
        return Optional.empty();
    }
}
