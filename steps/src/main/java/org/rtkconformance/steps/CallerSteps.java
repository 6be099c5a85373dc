package org.rtkconformance.steps;

import static org.rtkconformance.steps.assertions.ConformanceAssertions.assertThat;

import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ShutdownRoutine;
import org.rtkconformance.steps.assertions.ConformanceFailure;

/** Callers and their RTSS instances: attach, attach with a shutdown routine, detach, termination. */
public final class CallerSteps {

    /** The MaxWFSO every attach of the kit passes: the documented minimum (ATTACH-1). */
    private static final int MAX_WFSO = 1;

    private final World world;

    public CallerSteps(World world) {
        this.world = world;
    }

    @Given("driver {caller} is attached to the RTSS")
    public void attached(String name) {
        attachNew(world, name);
    }

    /** A new caller of the scenario, attached; a refused attach ends the scenario as a refused Given. */
    static Participant attachNew(World world, String name) {
        Participant participant = world.newParticipant(name);
        accept(participant, participant.caller().rtkRtssAttach(MAX_WFSO), "RtkRtssAttach");
        return participant;
    }

    @Given("driver {caller} is attached to the RTSS with RtkRtssAttachEx")
    public void attachedEx(String name) {
        Participant participant = world.newParticipant(name);
        accept(participant, participant.caller().rtkRtssAttachEx(MAX_WFSO, participant::shutdownRoutineCalled),
                "RtkRtssAttachEx");
    }

    @When("driver {caller} attaches to the RTSS")
    public void attaches(String name) {
        attachesWith(name, MAX_WFSO);
    }

    @When("driver {caller} attaches to the RTSS with MaxWFSO {int}")
    public void attachesWith(String name, int maxWfso) {
        Participant participant = world.newParticipant(name);
        AttachResult result = participant.caller().rtkRtssAttach(maxWfso);
        participant.attachReturned(result);
        world.recordCall("RtkRtssAttach(" + Integer.toUnsignedString(maxWfso) + ", &inst) by driver " + name
                + ", *RtssInstPtr=" + result.instance(), result.status());
        if (result.instance().written()) {
            participant.attached(result.instance().value());
        }
    }

    @Then("driver {caller} holds a non-zero RtssInst")
    public void holdsInstance(String name) {
        Participant participant = world.participant(name);
        assertThat(participant.instance().value())
                .as("[%s] backend '%s': *RtssInstPtr after %s", world.tags().statementList(), world.manifest().id(),
                        world.lastCall().call())
                .isNotZero();
    }

    /** ATTACH-2 for whatever the attach returned: a non-zero instance after a success, 0 after a failure. */
    @Then("driver {caller} received a non-zero RtssInst if the attach succeeded and 0 if it failed")
    public void receivedInstanceMatchingStatus(String name) {
        Participant participant = world.participant(name);
        AttachResult result = participant.lastAttach();
        if (result == null) {
            throw new IllegalStateException("'received ... RtssInst' needs 'When driver " + name + " attaches ...' before it");
        }
        boolean succeeded = result.status().isSuccess();
        boolean written = result.instance().written();
        boolean zero = written && result.instance().value().value() == 0;
        if (!written || succeeded == zero) {
            throw new AssertionError(ConformanceFailure.message(world.verdict(), world.lastCall().call(),
                    succeeded ? "a non-zero RtssInst written through RtssInstPtr after " + result.status()
                            : "0 written through RtssInstPtr after " + result.status(),
                    "*RtssInstPtr=" + result.instance()));
        }
    }

    @Then("driver {caller}'s shutdown routine has been called once, with SHTDN_REASON_RTX_SYSTEM_SHUTDOWN")
    public void shutdownRoutineCalledOnce(String name) {
        checkShutdownReasons(name, List.of(ShutdownRoutine.SHTDN_REASON_RTX_SYSTEM_SHUTDOWN));
    }

    @Then("driver {caller}'s shutdown routine has not been called")
    public void shutdownRoutineNotCalled(String name) {
        checkShutdownReasons(name, List.of());
    }

    private void checkShutdownReasons(String name, List<Integer> expected) {
        List<Integer> reasons = world.participant(name).shutdownReasons();
        if (!reasons.equals(expected)) {
            throw new AssertionError(ConformanceFailure.message(world.verdict(), "the Routine driver " + name
                    + " registered with RtkRtssAttachEx", "called with the reasons " + expected
                    + " (SHTDN_REASON_RTX_SYSTEM_SHUTDOWN is 1)", "called with " + reasons));
        }
    }

    @Given("driver {caller} has detached from the RTSS")
    public void detached(String name) {
        Participant participant = world.participant(name);
        NtStatus status = participant.caller().rtkRtssDetach(participant.instance());
        if (!status.isSuccess()) {
            throw new PreconditionFailedException("RtkRtssDetach(" + participant.instance() + ") by driver " + name
                    + " returned " + status);
        }
        world.detached(participant);
    }

    @When("driver {caller} detaches from the RTSS")
    public void detaches(String name) {
        Participant participant = world.participant(name);
        NtStatus status = participant.caller().rtkRtssDetach(participant.instance());
        world.recordCall("RtkRtssDetach(" + participant.instance() + ") by driver " + name, status);
        if (status.isSuccess()) {
            world.detached(participant);
        }
    }

    @When("driver {caller} is terminated")
    public void terminated(String name) {
        Participant participant = world.participant(name);
        participant.caller().terminate();
        participant.terminated();
    }

    private static void accept(Participant participant, AttachResult result, String call) {
        // ATTACH-2: a non-zero instance on success; anything else leaves nothing to open objects with.
        if (!result.status().isSuccess() || !result.instance().written() || result.instance().value().value() == 0) {
            throw new PreconditionFailedException(call + "(" + MAX_WFSO + ", &inst) by driver " + participant.name()
                    + " returned " + result.status() + " with *RtssInstPtr=" + result.instance());
        }
        participant.attached(result.instance().value());
    }
}
