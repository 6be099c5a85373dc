package org.rtkconformance.steps;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.ConformanceFailure;
import org.rtkconformance.steps.assertions.Verdict;

/**
 * The end of every scenario, judged by behaviour: the harness closes the handles the scenario's callers
 * still hold, one by one and each by its own caller, and checks that every object the scenario created
 * keeps opening until the last of its handles is closed and that afterwards no name the scenario used
 * opens any more (the leak guard). This is what "the object has N handles" and "the object is destroyed
 * at its last close" imply, so it needs no introspection; where the backend declares introspection it is
 * a second witness that must report no live object.
 */
final class HandleDrain {

    private final World world;
    private final NameProbe probe;
    private final List<String> problems = new ArrayList<>();

    HandleDrain(World world) {
        this.world = world;
        this.probe = new NameProbe(world);
    }

    /**
     * Releases everything the scenario left open and, when {@code judge} is set (the scenario has not
     * failed already), returns the first rule the release found broken.
     */
    Optional<AssertionError> releaseAndJudge(boolean judge) {
        endDetachedCallers();
        List<UnicodeString> created = world.createdNames();
        for (Opening opening : world.openings()) {
            if (opening.name() == null || !created.contains(opening.name())) {
                release(opening);
            }
        }
        for (UnicodeString name : created) {
            drain(name, judge);
        }
        for (World.HeldHandle held : world.otherHandles()) {
            if (held.owner().canCall()) {
                held.owner().caller().rtkCloseHandle(held.owner().instance(), held.handle());
            }
        }
        if (judge) {
            nothingOpens(created);
            introspectionAgrees();
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(new AssertionError(problems.get(0)));
    }

    /** A detached caller may hold handles no instance can close any more (D-16.B with D-22.C): end it as the system ends a process. */
    private void endDetachedCallers() {
        if (world.backend().has(Capability.FAULT_INJECTION)) {
            // A fault the scenario forced would make the harness's own unmaps and closes fail.
            world.backend().faults().clear();
        }
        if (!world.backend().has(Capability.CALLER_TERMINATION)) {
            return;
        }
        for (Participant participant : world.participants()) {
            if (participant.isDetached() && !participant.isTerminated()) {
                participant.caller().terminate();
                participant.terminated();
            }
        }
    }

    /**
     * Closes every handle to {@code name} the calls' results leave open, oldest first; before the last
     * close the name must still open (another handle holds the object).
     */
    private void drain(UnicodeString name, boolean judge) {
        List<Opening> held = new ArrayList<>();
        for (Opening opening : world.openings()) {
            if (!name.equals(opening.name()) || !opening.owner().canCall()) {
                continue;
            }
            if (opening.isHandleOpen()) {
                held.add(opening);
            } else {
                release(opening);
            }
        }
        boolean judging = judge && !world.hasForcedFault();
        for (int i = 0; i < held.size(); i++) {
            Opening opening = held.get(i);
            unmap(opening);
            NtStatus status = opening.owner().caller().rtkCloseHandle(opening.owner().instance(), opening.handle());
            opening.handleClosed();
            if (!judging) {
                continue;
            }
            if (!status.isSuccess() && !opening.owner().isDetached()) {
                problem("CLOSE-1", "leak guard: RtkCloseHandle(" + opening.owner().instance() + ", " + opening.handle()
                        + ") by driver " + opening.owner().name() + ", a handle to " + name.describe()
                        + " the calls' results leave open", "STATUS_SUCCESS", status.toString());
            }
            if (i < held.size() - 1) {
                NameProbe.Found found = probe.open(name);
                if (!found.opens()) {
                    problem("OPEN-REM-4", "leak guard: a probe open of " + name.describe() + " after " + (i + 1)
                                    + " of the " + held.size() + " handles the calls' results leave open were closed",
                            "the object opens while " + ObjectLifetime.describe(held.subList(i + 1, held.size()))
                                    + " still hold it", found.detail());
                }
            }
        }
    }

    /** The leak guard proper: no name the scenario used opens once everything is closed. */
    private void nothingOpens(List<UnicodeString> created) {
        Set<UnicodeString> used = new LinkedHashSet<>(created);
        for (Opening opening : world.openings()) {
            if (opening.name() != null && opening.name().isWellFormed()) {
                used.add(opening.name());
            }
        }
        for (UnicodeString name : used) {
            NameProbe.Found found = probe.open(name);
            if (found.opens()) {
                String witness = world.backend().has(Capability.INTROSPECTION)
                        && world.backend().introspection().lookup(name).isEmpty()
                        ? "; the backend reports the object destroyed, yet it still opens" : "";
                problem("OPEN-REM-4", "leak guard: a probe open of " + name.describe() + " once the harness closed every"
                                + " handle the scenario left open and unmapped every view",
                        "the open fails: the object is destroyed when its last handle has been closed",
                        found.detail() + witness);
            }
        }
    }

    /** The second witness: introspection must report no live object either. */
    private void introspectionAgrees() {
        if (!world.backend().has(Capability.INTROSPECTION)) {
            return;
        }
        List<ObjectInfo> live = world.backend().introspection().liveObjects();
        if (!live.isEmpty()) {
            List<String> described = new ArrayList<>();
            live.forEach(info -> described.add(ObjectLifetime.describe(info)));
            problem("OPEN-REM-4", "leak guard: introspection (second witness) once every handle the scenario left open"
                    + " is closed and every view unmapped", "no live object", String.join("; ", described));
        }
    }

    private void release(Opening opening) {
        if (!opening.owner().canCall()) {
            return;
        }
        unmap(opening);
        if (opening.isHandleOpen()) {
            opening.owner().caller().rtkCloseHandle(opening.owner().instance(), opening.handle());
            opening.handleClosed();
        }
    }

    private void unmap(Opening opening) {
        if (world.backend().has(Capability.UNMAP) && opening.isViewMapped()) {
            opening.owner().caller().rtkUnMapSharedMemory(opening.owner().instance(), opening.address());
            opening.viewUnmapped();
        }
    }

    private void problem(String rule, String what, String expected, String actual) {
        Set<String> statements = new LinkedHashSet<>(world.tags().statements());
        statements.add(rule);
        Verdict verdict = world.verdict().about(List.copyOf(statements));
        problems.add(ConformanceFailure.message(verdict, what, expected, actual));
    }
}
