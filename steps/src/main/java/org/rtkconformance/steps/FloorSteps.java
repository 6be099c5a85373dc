package org.rtkconformance.steps;

import static org.rtkconformance.steps.assertions.ConformanceAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.cucumber.java.en.Then;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.CallOutcome;
import org.rtkconformance.steps.assertions.MemoryOutcome;

/**
 * The floors of the ambiguities (floors.feature, docs/INTERPRETATIONS.md "Floors"): what every reading of a
 * D-n shares, so each judgement accepts the outcome of any listed reading and nothing else.
 */
public final class FloorSteps {

    private final World world;
    private final ViewSteps views;

    public FloorSteps(World world, ViewSteps views) {
        this.world = world;
        this.views = views;
    }

    @Then("the call fails and hands out nothing")
    public void failsHandingOutNothing() {
        assertThat(world.lastCall()).failed().deliveredNothing();
    }

    /** Where one reading refuses and another opens: an open must reach the object named, seen by its contents. */
    @Then("the call fails and hands out nothing, or it delivers a handle and a view that reads {string}")
    public void failsOrReaches(String contents) {
        CallOutcome outcome = world.lastCall();
        if (!outcome.status().isSuccess()) {
            assertThat(outcome).deliveredNothing();
            return;
        }
        assertThat(outcome).deliveredHandleAndView();
        Opening opening = world.latestOpening();
        byte[] expected = contents.getBytes(StandardCharsets.US_ASCII);
        MemoryAccess read = opening.owner().caller().read(opening.address(), 0, expected.length);
        assertThat(new MemoryOutcome(world.verdict(), "driver " + opening.owner().name() + " reads " + expected.length
                + " bytes at offset 0 of the view " + outcome.call() + " delivered", read)).read(expected);
    }

    /** A NULL location: refused (D-11.A, D-11.D) or a handle without a view (D-11.B) that is a real handle. */
    @Then("the call fails and hands out nothing, or it delivers a handle that closes")
    public void failsOrDeliversClosableHandle() {
        CallOutcome outcome = world.lastCall();
        if (!outcome.status().isSuccess()) {
            assertThat(outcome).deliveredNothing();
            return;
        }
        Opening opening = world.latestOpening();
        if (opening.handle() == null || opening.handle().value() == 0) {
            throw new AssertionError(org.rtkconformance.steps.assertions.ConformanceFailure.message(outcome.verdict(),
                    outcome.call(), "a failure, or a non-NULL handle written through SharedMemoryHandle", outcome.actual()));
        }
        Participant owner = opening.owner();
        NtStatus closed = owner.caller().rtkCloseHandle(owner.instance(), opening.handle());
        world.recordCall("RtkCloseHandle(" + owner.instance() + ", " + opening.handle() + ") of the handle "
                + outcome.call() + " delivered", closed);
        assertThat(world.lastCall()).hasStatus(NtStatus.STATUS_SUCCESS);
        opening.handleClosed();
    }

    /** D-1: a write through a read view faults and changes nothing (B), or it is a write to the object (A). */
    @Then("driver {caller} reads {string} at offset {long} of its view of {name} if the write faulted, and {string} if it succeeded")
    public void readsWhatTheWriteLeft(String caller, String ifFaulted, long offset, UnicodeString name, String ifWritten) {
        MemoryOutcome write = world.lastAccess();
        MemoryAccess.Outcome outcome = write.access().outcome();
        if (outcome == MemoryAccess.Outcome.OK) {
            views.reads(caller, ifWritten, offset, name);
        } else {
            assertThat(write).hasOutcome(MemoryAccess.Outcome.ACCESS_VIOLATION);
            views.reads(caller, ifFaulted, offset, name);
        }
    }
}
