package org.rtkconformance.steps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.CallOutcome;
import org.rtkconformance.steps.assertions.MemoryOutcome;
import org.rtkconformance.steps.assertions.Verdict;
import org.rtkconformance.steps.run.Aborts;
import org.rtkconformance.steps.run.ScenarioTags;

/**
 * Everything one scenario knows, injected into every step class by PicoContainer: the backend session,
 * the callers by name, the handles and views they hold, and the outcome of the last call. A new World is
 * made for each scenario; nothing here outlives it.
 */
public final class World {

    private Backend backend;
    private BackendManifest manifest;
    private ScenarioTags tags;
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final List<Opening> openings = new ArrayList<>();
    private final List<HeldHandle> otherHandles = new ArrayList<>();
    private final List<CallOutcome> openFailures = new ArrayList<>();
    private final Set<NtStatus> expectedStatuses = new HashSet<>();
    private CallOutcome lastCall;
    private MemoryOutcome lastAccess;
    private HeldHandle lastClosed;

    /** A handle to an object that is not shared memory (an event, a mutex), closed by the leak guard. */
    record HeldHandle(Participant owner, Handle handle) {
    }

    void begin(BackendManifest manifest, Backend backend, ScenarioTags tags) {
        this.manifest = manifest;
        this.backend = backend;
        this.tags = tags;
    }

    boolean hasStarted() {
        return backend != null;
    }

    Backend backend() {
        if (backend == null) {
            throw new IllegalStateException("No backend session: the Before hook did not run (is the glue org.rtkconformance.steps?)");
        }
        return backend;
    }

    BackendManifest manifest() {
        return manifest;
    }

    ScenarioTags tags() {
        return tags;
    }

    /** The statements and backend assertions speak about. */
    Verdict verdict() {
        return new Verdict(tags.statements(), manifest.id());
    }

    /** Aborts the scenario UNSUPPORTED unless the backend declares {@code capability}. */
    void require(Capability capability) {
        if (!backend().has(capability)) {
            throw Aborts.unsupported(new CapabilityMissingException(capability, manifest.id()));
        }
    }

    Participant newParticipant(String name) {
        if (participants.containsKey(name)) {
            throw new IllegalArgumentException("Driver " + name + " is already in the scenario: give each caller its own name");
        }
        Participant participant = new Participant(backend().newCaller(name));
        participants.put(name, participant);
        return participant;
    }

    Participant participant(String name) {
        Participant participant = participants.get(name);
        if (participant == null) {
            throw new IllegalArgumentException("Driver " + name + " is not in the scenario: start with 'Given driver "
                    + name + " is attached to the RTSS'");
        }
        return participant;
    }

    List<Participant> participants() {
        return List.copyOf(participants.values());
    }

    /** An RTSSINST value different from every instance any attach of this scenario returned, and from 0. */
    RtssInst instanceNeverIssued() {
        long candidate = 0x7FFF_FFFF_FFFF_FFF1L;
        Set<Long> issued = new HashSet<>();
        participants.values().forEach(p -> issued.add(p.instance().value()));
        while (issued.contains(candidate)) {
            candidate -= 0x10;
        }
        return new RtssInst(candidate);
    }

    /**
     * Records the outcome of a Create or Open and, on success, the handle and view it delivered; {@code call}
     * renders the call for messages ({@code call::toString}), only when one is needed.
     */
    CallOutcome recordSharedMemoryCall(Participant caller, Supplier<String> call, UnicodeString name,
                                       SharedMemoryResult result, boolean isOpen) {
        CallOutcome outcome = new CallOutcome(verdict(), call, result.status(), Optional.of(result));
        lastCall = outcome;
        if (result.status().isSuccess() && (result.handle().written() || result.location().written())) {
            openings.add(new Opening(caller, name,
                    result.handle().written() ? result.handle().value() : null,
                    result.location().written() ? result.location().value() : null));
        }
        if (isOpen && !result.status().isSuccess()) {
            openFailures.add(outcome);
        }
        return outcome;
    }

    /** Records the outcome of a call without out-parameters (close, unmap, detach). */
    CallOutcome recordCall(String call, NtStatus status) {
        lastCall = new CallOutcome(verdict(), call, status, Optional.empty());
        return lastCall;
    }

    CallOutcome lastCall() {
        if (lastCall == null) {
            throw new IllegalStateException("No call has been made yet: a 'Then the call ...' step needs a When step before it");
        }
        return lastCall;
    }

    /** Notes that the scenario expects {@code status} explicitly (a reading may pin a code outside the documented five). */
    void expect(NtStatus status) {
        expectedStatuses.add(status);
    }

    List<CallOutcome> openFailures() {
        return List.copyOf(openFailures);
    }

    Set<NtStatus> expectedStatuses() {
        return Set.copyOf(expectedStatuses);
    }

    void recordAccess(MemoryOutcome access) {
        lastAccess = access;
    }

    MemoryOutcome lastAccess() {
        if (lastAccess == null) {
            throw new IllegalStateException("No read or write has been made yet: a 'Then the write ...' step needs a write before it");
        }
        return lastAccess;
    }

    void holdOtherHandle(Participant owner, Handle handle) {
        otherHandles.add(new HeldHandle(owner, handle));
    }

    List<HeldHandle> otherHandles() {
        return List.copyOf(otherHandles);
    }

    /** The latest opening of {@code name} by {@code caller} whose view is still mapped. */
    Opening mappedView(Participant caller, UnicodeString name) {
        return latest(caller, name, Opening::isViewMapped, "a mapped view of");
    }

    /** The latest opening of {@code name} by {@code caller} whose handle is still open. */
    Opening openHandle(Participant caller, UnicodeString name) {
        return latest(caller, name, Opening::isHandleOpen, "an open handle to");
    }

    /** The latest opening of {@code name} by {@code caller}, whatever is still open of it. */
    Opening anyOpening(Participant caller, UnicodeString name) {
        return latest(caller, name, opening -> true, "ever opened");
    }

    private Opening latest(Participant caller, UnicodeString name, java.util.function.Predicate<Opening> state,
                           String wanted) {
        for (int i = openings.size() - 1; i >= 0; i--) {
            Opening opening = openings.get(i);
            if (opening.is(caller, name) && state.test(opening)) {
                return opening;
            }
        }
        throw new IllegalStateException("Driver " + caller.name() + " holds no " + wanted + " " + name.describe()
                + ": the scenario must create or open it first");
    }

    /** Every view of {@code name}, by every caller, still mapped. */
    List<Opening> mappedViewsOf(UnicodeString name) {
        List<Opening> views = new ArrayList<>();
        for (Opening opening : openings) {
            if (opening.name() != null && opening.name().text().equals(name.text()) && opening.isViewMapped()
                    && !opening.owner().isTerminated()) {
                views.add(opening);
            }
        }
        return views;
    }

    /** Every view of {@code name} {@code caller} still has mapped, oldest first. */
    List<Opening> mappedViewsOf(Participant caller, UnicodeString name) {
        List<Opening> views = new ArrayList<>();
        for (Opening opening : mappedViewsOf(name)) {
            if (opening.owner() == caller) {
                views.add(opening);
            }
        }
        return views;
    }

    List<Opening> openings() {
        return List.copyOf(openings);
    }

    /** The opening the last successful Create or Open delivered, whatever name it was called with. */
    Opening latestOpening() {
        if (openings.isEmpty()) {
            throw new IllegalStateException("No call has delivered a handle or a view yet");
        }
        return openings.get(openings.size() - 1);
    }

    void closed(Participant owner, Handle handle) {
        lastClosed = new HeldHandle(owner, handle);
    }

    HeldHandle lastClosed() {
        if (lastClosed == null) {
            throw new IllegalStateException("No handle has been closed yet: 'closes the same handle again' needs a close before it");
        }
        return lastClosed;
    }
}
