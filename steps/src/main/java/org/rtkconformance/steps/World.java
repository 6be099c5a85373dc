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
import org.rtkconformance.steps.assertions.ConformanceFailure;
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
    private final Map<UnicodeString, Long> requestedSizes = new LinkedHashMap<>();
    private Participant prober;
    private boolean faultForced;

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
     * The harness's own caller, attached on first use and never named by the scenario: it probes names
     * holding nothing. Without MULTIPLE_CALLERS the scenario's first caller probes instead (opening and
     * closing again changes no count either way).
     */
    Participant prober() {
        if (prober == null) {
            if (!backend().has(Capability.MULTIPLE_CALLERS) && !participants.isEmpty()) {
                prober = participants.values().iterator().next();
            } else {
                Participant harness = new Participant(backend().newCaller("(harness probe)"));
                org.rtkconformance.adapter.api.AttachResult attach = harness.caller().rtkRtssAttach(1);
                if (!attach.status().isSuccess() || !attach.instance().written()) {
                    throw new IllegalStateException("The harness's probing caller could not attach: "
                            + attach.status() + ", *RtssInstPtr=" + attach.instance());
                }
                harness.attached(attach.instance().value());
                prober = harness;
            }
        }
        return prober;
    }

    /** The size of the scenario's latest successful create of {@code name}, if it created it. */
    Optional<Long> requestedSize(UnicodeString name) {
        return Optional.ofNullable(requestedSizes.get(name));
    }

    /** The names the scenario created, successfully, in order. */
    List<UnicodeString> createdNames() {
        return List.copyOf(requestedSizes.keySet());
    }

    void createdAt(UnicodeString name, long size) {
        requestedSizes.put(name, size);
    }

    /**
     * {@code participant} detached. Under D-16.A the detach closed the handles and unmapped the views made
     * through its instance, so the scenario's count of open handles follows the declared reading.
     */
    void detached(Participant participant) {
        participant.detached();
        if (manifest.declares(org.rtkconformance.adapter.api.Reading.parse("D-16.A"))) {
            for (Opening opening : openings) {
                if (opening.owner() == participant) {
                    opening.handleClosed();
                    opening.viewUnmapped();
                }
            }
        }
    }

    /** A Given step forced a fault: what the calls show afterwards also reflects the fault. */
    void faultForced() {
        faultForced = true;
    }

    boolean hasForcedFault() {
        return faultForced;
    }

    /** Whether a Create or Open of the scenario delivered something of a shared memory object named {@code name}. */
    boolean holdsSharedMemoryNamed(UnicodeString name) {
        return openings.stream().anyMatch(opening -> name.equals(opening.name()));
    }

    /** Every handle the calls' results leave open on the object {@code name}, held by callers still running. */
    List<Opening> openHandlesTo(UnicodeString name) {
        List<Opening> held = new ArrayList<>();
        for (Opening opening : openings) {
            if (name.equals(opening.name()) && opening.isHandleOpen() && !opening.owner().isTerminated()) {
                held.add(opening);
            }
        }
        return held;
    }

    /**
     * After a close of {@code handle} by {@code owner} succeeded: whichever of its openings holds that value
     * now (a reused value, D-19.B, names the newest one) is closed.
     */
    void handleValueClosed(Participant owner, Handle handle) {
        for (int i = openings.size() - 1; i >= 0; i--) {
            Opening opening = openings.get(i);
            if (opening.owner() == owner && opening.isHandleOpen() && handle.equals(opening.handle())) {
                opening.handleClosed();
                return;
            }
        }
    }

    /** A handle value different from every handle any call of this scenario returned, and from NULL. */
    Handle handleNeverIssued() {
        Set<Handle> issued = new HashSet<>();
        openings.forEach(o -> issued.add(o.handle()));
        otherHandles.forEach(h -> issued.add(h.handle()));
        long candidate = 0x7FFF_0F0CL;
        while (issued.contains(new Handle(candidate))) {
            candidate += 0x10;
        }
        return new Handle(candidate);
    }

    /**
     * Records the outcome of a Create or Open and, on success, the handle and view it delivered; {@code call}
     * renders the call for messages ({@code call::toString}), only when one is needed.
     */
    CallOutcome recordSharedMemoryCall(Participant caller, Supplier<String> call, UnicodeString name,
                                       SharedMemoryResult result, boolean isOpen, long sizeAsked) {
        Supplier<String> text = isOpen && name != null && result.status().isSuccess()
                ? identified(caller, call, name, result) : call;
        CallOutcome outcome = new CallOutcome(verdict(), text, result.status(), Optional.of(result));
        lastCall = outcome;
        if (!isOpen && name != null && result.status().isSuccess() && result.handle().written()) {
            requestedSizes.put(name, sizeAsked);
        }
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

    /**
     * The call text of a successful open, completed with what it opened, for the message of a scenario in
     * which the open had to fail: whether the scenario held an object of that name before the call (noted
     * now) and how the opened object's view starts (read only when a message is rendered).
     */
    private Supplier<String> identified(Participant caller, Supplier<String> call, UnicodeString name,
                                        SharedMemoryResult result) {
        String before = name.isWellFormed() ? OpenedIdentity.holdersBefore(openHandlesTo(name), name) : "";
        return () -> call.get() + OpenedIdentity.describe(backend(), caller, result, before);
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
        if (lastCall != null && !lastCall.status().isSuccess()) {
            // The scenario's last call, which a documented rule required to succeed, failed: a FAIL of that rule
            // (the step that needs its view or handle cannot run), not a broken harness.
            throw new AssertionError(ConformanceFailure.message(verdict(), lastCall.callText().get(),
                    "STATUS_SUCCESS, leaving driver " + caller.name() + " " + wanted + " " + name.describe(),
                    lastCall.status().toString() + ", so driver " + caller.name() + " holds no " + wanted + " " + name.describe()));
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
