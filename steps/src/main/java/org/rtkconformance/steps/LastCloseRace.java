package org.rtkconformance.steps;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * OPEN-REM-4 under a race: the creator's close of the last handle races another caller's open of the name.
 * The open either fails as an open of a name nobody has (the object was destroyed first), or it gets the
 * live object: its view shows the creator's mark, the name still opens for a third caller, and the two
 * share their writes. An open that succeeds on an object being destroyed (a name looked up before the last
 * close, counted after it) is never one of these.
 */
final class LastCloseRace {

    /** Where the third caller writes, past the creator's mark. */
    private static final long THIRD_WRITE_OFFSET = 512;

    private final Racetrack track;
    private final Participant closer;
    private final Participant opener;
    private final Participant third;
    private final UnicodeString name;
    private final int size;
    private final int access;
    private final NtStatus nobodyHas;

    LastCloseRace(Racetrack track, Participant closer, Participant opener, Participant third, UnicodeString name, int size,
                  int access) {
        this.track = track;
        this.closer = closer;
        this.opener = opener;
        this.third = third;
        this.name = name;
        this.size = size;
        this.access = access;
        this.nobodyHas = track.probe.statusOfNameNobodyHas(UnicodeString.of(name.text() + ".nobody"));
    }

    void trial(int trial) {
        RaceRecord record = track.record;
        RacingCalls.Held last = track.createMarked(closer, name, size, trial);
        UnicodeString object = last.name();
        byte[] mark = RacingCalls.mark(closer.name(), trial);
        track.prepared(track.calls.unmap(last), trial, "driver " + closer.name() + " unmapping its view");

        Callable<Optional<String>> close = () -> track.calls.close(last);
        Callable<RacingCalls.Attempt> open = () -> track.calls.open(opener, object, access);
        List<Object> done = track.start.together("driver " + closer.name() + "'s last close against driver "
                + opener.name() + "'s open of " + object.describe(), List.of(close::call, open::call));
        @SuppressWarnings("unchecked")
        Optional<String> closed = (Optional<String>) done.get(0);
        RacingCalls.Attempt opened = (RacingCalls.Attempt) done.get(1);
        closed.ifPresent(wrong -> record.breach(RaceRecord.Property.LAST_CLOSE, wrong));

        if (opened.held().isPresent()) {
            record.saw("driver " + opener.name() + "'s open got the live object");
            judgeShared(opened.held().get(), object, mark).ifPresent(wrong ->
                    record.breach(RaceRecord.Property.OPEN_AGAINST_LAST_CLOSE, "driver " + opener.name()
                            + "'s open succeeded, " + wrong));
            track.calls.release(opened.held().get())
                    .ifPresent(wrong -> record.breach(RaceRecord.Property.GONE_AFTER_LAST_CLOSE, wrong));
        } else if (opened.status().isSuccess()) {
            record.breach(RaceRecord.Property.OPEN_AGAINST_LAST_CLOSE, opened.describe());
        } else {
            record.saw("driver " + opener.name() + "'s open failed with " + opened.status());
            if (!opened.status().equals(nobodyHas)) {
                record.breach(RaceRecord.Property.OPEN_AGAINST_LAST_CLOSE, opened.describe()
                        + ", where an open of a name nobody has returns " + nobodyHas);
            }
        }
        track.probe.gone(object, "once every handle to it was closed")
                .ifPresent(wrong -> record.breach(RaceRecord.Property.GONE_AFTER_LAST_CLOSE, wrong));
    }

    /** The opener holds the live object: the mark, and a third caller's open and write seen; what was not, or empty. */
    private Optional<String> judgeShared(RacingCalls.Held held, UnicodeString object, byte[] mark) {
        Optional<String> wrong = track.calls.expect(held, 0, mark);
        if (wrong.isPresent()) {
            return Optional.of("yet " + wrong.get());
        }
        RacingCalls.Attempt joined = track.calls.open(third, object, access);
        if (joined.held().isEmpty()) {
            return Optional.of("yet " + joined.describe() + " while driver " + opener.name()
                    + " holds it: the opener got a destroyed object");
        }
        byte[] note = RacingCalls.mark(third.name(), 0);
        Optional<String> unseen = track.calls.write(joined.held().get(), THIRD_WRITE_OFFSET, note)
                .or(() -> track.calls.expect(held, THIRD_WRITE_OFFSET, note).map(
                        difference -> difference + ": driver " + third.name() + "'s open gave another object"));
        Optional<String> released = track.calls.release(joined.held().get());
        return unseen.map(text -> "yet " + text).or(() -> released);
    }
}
