package org.rtkconformance.steps;

import io.cucumber.java.en.When;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.UnicodeString;

/** The end of a view and a handle: RtkUnMapSharedMemory and RtkCloseHandle, in the order the scenario gives. */
public final class LifecycleSteps {

    private final World world;

    public LifecycleSteps(World world) {
        this.world = world;
    }

    @When("driver {caller} unmaps its view of {name}")
    public void unmaps(String caller, UnicodeString name) {
        Participant participant = world.participant(caller);
        Opening view = world.mappedView(participant, name);
        NtStatus status = participant.caller().rtkUnMapSharedMemory(participant.instance(), view.address());
        world.recordCall("RtkUnMapSharedMemory(" + participant.instance() + ", " + view.address() + ")", status);
        if (status.isSuccess()) {
            view.viewUnmapped();
        }
    }

    @When("driver {caller} unmaps its view of {name} again")
    public void unmapsAgain(String caller, UnicodeString name) {
        Participant participant = world.participant(caller);
        Opening opening = world.anyOpening(participant, name);
        if (opening.isViewMapped() || opening.address() == null) {
            throw new IllegalStateException("'unmaps its view of " + name.describe() + " again' needs an earlier unmap of it");
        }
        NtStatus status = participant.caller().rtkUnMapSharedMemory(participant.instance(), opening.address());
        world.recordCall("RtkUnMapSharedMemory(" + participant.instance() + ", " + opening.address()
                + ") of an address already unmapped", status);
    }

    @When("driver {caller} closes its handle to {name}")
    public void closes(String caller, UnicodeString name) {
        Participant participant = world.participant(caller);
        Opening opening = world.openHandle(participant, name);
        NtStatus status = participant.caller().rtkCloseHandle(participant.instance(), opening.handle());
        world.recordCall("RtkCloseHandle(" + participant.instance() + ", " + opening.handle() + ")", status);
        world.closed(participant, opening.handle());
        if (status.isSuccess()) {
            opening.handleClosed();
        }
    }

    /**
     * The end of a caller's use of an object under every D-14 reading: unmap then close where the backend
     * has the unmap call, close alone where it has not (the close releases the view, D-14.A, or the view
     * stays until detach, D-14.C). Lifecycle scenarios not about unmap itself use it, so none is skipped
     * for lack of UNMAP.
     */
    @When("driver {caller} releases its view and handle of {name}")
    public void releases(String caller, UnicodeString name) {
        Participant participant = world.participant(caller);
        Opening opening = world.openHandle(participant, name);
        if (world.backend().has(Capability.UNMAP) && opening.isViewMapped()) {
            NtStatus unmapped = participant.caller().rtkUnMapSharedMemory(participant.instance(), opening.address());
            world.recordCall("RtkUnMapSharedMemory(" + participant.instance() + ", " + opening.address() + ")", unmapped);
            if (!unmapped.isSuccess()) {
                return;
            }
            opening.viewUnmapped();
        }
        closes(caller, name);
    }

    @When("driver {caller} closes driver {caller}'s handle to {name}")
    public void closesOthers(String caller, String owner, UnicodeString name) {
        Participant participant = world.participant(caller);
        Opening opening = world.openHandle(world.participant(owner), name);
        NtStatus status = participant.caller().rtkCloseHandle(participant.instance(), opening.handle());
        world.recordCall("RtkCloseHandle(" + participant.instance() + ", " + opening.handle() + ") by driver " + caller
                + " of a handle driver " + owner + " holds", status);
    }

    @When("driver {caller} closes a handle value no call returned")
    public void closesNeverIssued(String caller) {
        Participant participant = world.participant(caller);
        Handle never = world.handleNeverIssued();
        NtStatus status = participant.caller().rtkCloseHandle(participant.instance(), never);
        world.recordCall("RtkCloseHandle(" + participant.instance() + ", " + never + ") of a value no call returned", status);
    }

    @When("driver {caller} closes the NULL handle")
    public void closesNull(String caller) {
        Participant participant = world.participant(caller);
        NtStatus status = participant.caller().rtkCloseHandle(participant.instance(), Handle.NULL);
        world.recordCall("RtkCloseHandle(" + participant.instance() + ", NULL)", status);
    }

    @When("driver {caller} closes the same handle again")
    public void closesAgain(String caller) {
        World.HeldHandle closed = world.lastClosed();
        Participant participant = world.participant(caller);
        NtStatus status = participant.caller().rtkCloseHandle(participant.instance(), closed.handle());
        world.recordCall("RtkCloseHandle(" + participant.instance() + ", " + closed.handle() + ") a second time", status);
        if (status.isSuccess()) {
            world.handleValueClosed(participant, closed.handle());
        }
    }
}
