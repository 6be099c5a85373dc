package org.rtkconformance.selftest.naive;

import org.rtkconformance.selftest.mutants.Mutant;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The naive ports as mutants of the sweep, each with the statement its bug breaks. */
public final class NaivePorts {

    private NaivePorts() {
    }

    /** A fresh list of the naive ports (fresh providers): those wrong one call at a time, then the race-only ones. */
    public static List<Mutant> all() {
        List<Mutant> all = new java.util.ArrayList<>(wrongOneCallAtATime());
        all.addAll(raceOnly());
        return all;
    }

    /** The ports whose bug a single caller's sequence of calls shows (exploration can find them). */
    public static List<Mutant> wrongOneCallAtATime() {
        return List.of(
                port("naive-folds-case", "OPEN-NAME-4",
                        "independent port: a HashMap keyed by the lower-cased name without trailing NULs",
                        CaseFoldingPort::new),
                port("naive-never-destroys", "OPEN-REM-4",
                        "independent port: objects stay in its list after their last handle closes",
                        ImmortalObjectsPort::new),
                port("naive-counts-processes", "OPEN-REM-2",
                        "independent port: the reference count is the set of processes holding the object",
                        PerProcessCountPort::new),
                port("naive-loose-names", "CREATE-NAME-1",
                        "independent port: accepts backslashes and cuts names at 255 code units",
                        LooseNamesPort::new),
                port("naive-writable-read-views", "OPEN-ACCESS-9",
                        "independent port: ignores DesiredAccess, every view is read-write",
                        WritableViewsPort::new),
                port("naive-forgiving-close", "CLOSE-2",
                        "independent port: closing NULL, a stale or a foreign handle returns STATUS_SUCCESS",
                        ForgivingClosePort::new),
                port("naive-lying-introspection", "OPEN-REM-4",
                        "independent port: a destroyed object still opens, while introspection reports it gone",
                        LyingIntrospectionPort::new));
    }

    /** The ports that are right one call at a time: only the concurrency scenarios' races show their bug. */
    public static List<Mutant> raceOnly() {
        return List.of(
                port("naive-racy-count", "OPEN-REM-2",
                        "independent port, right one call at a time: the reference count is updated outside its lock",
                        () -> new RacyCountPort(RacyCountPort.Window.COUNT_UPDATE)),
                port("naive-lookup-then-count", "OPEN-REM-4",
                        "independent port, right one call at a time: open counts its reference after looking the name"
                                + " up, so a last close in between leaves it a destroyed object",
                        () -> new RacyCountPort(RacyCountPort.Window.LOOKUP_THEN_COUNT)),
                port("naive-racy-termination", "OPEN-REM-3",
                        "independent port, right one call at a time: termination releases references outside the lock"
                                + " that closes take",
                        () -> new RacyCountPort(RacyCountPort.Window.TERMINATION_RELEASE)));
    }

    private static Mutant port(String name, String violates, String description, Supplier<NaivePort> perSession) {
        String id = "mutant:" + name;
        return new Mutant(id, violates, description, Optional.empty(), new NaivePortProvider(id, perSession));
    }
}
