package org.rtkconformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.NamedObjectResult;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.CallOutcome;
import org.rtkconformance.steps.notation.NameNotation;

/** Objects in the namespace: shared memory created with RtkCreateSharedMemory, and events, mutexes and semaphores. */
public final class SharedMemoryObjectSteps {

    private final World world;

    public SharedMemoryObjectSteps(World world) {
        this.world = world;
    }

    @Given("driver {caller} has created the shared memory object {name} of {int} bytes")
    public void hasCreated(String caller, UnicodeString name, int size) {
        CreateSharedMemoryCall call = CreateSharedMemoryCall.of(instance(caller), size, name);
        RequiredSuccess.ofCreate(world, world.participant(caller), call, create(caller, name, call));
    }

    @Given("driver {caller} has created the shared memory object {name} of {int} bytes with {protection}")
    public void hasCreatedWith(String caller, UnicodeString name, int size, Integer protect) {
        mustSucceed(create(caller, name, CreateSharedMemoryCall.of(instance(caller), size, name).withProtect(protect)));
    }

    /** A long size, so the scenario can ask for the largest object MaximumSizeLow can describe (4294967295 bytes). */
    @When("driver {caller} creates the shared memory object {name} of {long} bytes")
    public void creates(String caller, UnicodeString name, long size) {
        create(caller, name, CreateSharedMemoryCall.of(instance(caller), size, name));
    }

    @When("driver {caller} creates the shared memory object {name} of {int} bytes with a NULL location")
    public void createsWithoutLocationPointer(String caller, UnicodeString name, int size) {
        create(caller, name, CreateSharedMemoryCall.of(instance(caller), size, name).withLocationPointer(false));
    }

    @When("driver {caller} creates a shared memory object of {int} bytes with a Name of Length {int} and MaximumLength {int} over the buffer {string}")
    public void createsWithRawName(String caller, int size, int length, int maximumLength, String buffer) {
        UnicodeString name = UnicodeString.withLengths(NameNotation.parse("\"" + buffer + "\"").toCharArray(), length,
                maximumLength);
        create(caller, name, CreateSharedMemoryCall.of(instance(caller), size, name));
    }

    @When("driver {caller} creates the shared memory object {name} of {int} bytes with MaximumSizeHigh {int}")
    public void createsWithSizeHigh(String caller, UnicodeString name, int sizeLow, int sizeHigh) {
        create(caller, name, CreateSharedMemoryCall.of(instance(caller), sizeLow, name).withMaximumSizeHigh(sizeHigh));
    }

    @When("driver {caller} creates the shared memory object {name} of {int} bytes with a NULL SharedMemoryHandle")
    public void createsWithoutHandlePointer(String caller, UnicodeString name, int size) {
        create(caller, name, CreateSharedMemoryCall.of(instance(caller), size, name).withHandlePointer(false));
    }

    @When("driver {caller} creates an unnamed shared memory object of {int} bytes")
    public void createsUnnamed(String caller, int size) {
        create(caller, null, CreateSharedMemoryCall.of(instance(caller), size, null));
    }

    @Given("driver {caller} has created an unnamed shared memory object of {int} bytes")
    public void hasCreatedUnnamed(String caller, int size) {
        mustSucceed(create(caller, null, CreateSharedMemoryCall.of(instance(caller), size, null)));
    }

    @When("driver {caller} creates a(n) {kind} named {name}")
    public void createsOtherKind(String caller, ObjectKind kind, UnicodeString name) {
        Participant participant = world.participant(caller);
        NamedObjectResult result = participant.caller().createNamedObject(participant.instance(), kind, name);
        world.recordCall("create the " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name.describe()
                + " by driver " + caller + ", handle " + result.handle(), result.status());
        if (result.status().isSuccess() && result.handle().written()) {
            world.holdOtherHandle(participant, result.handle().value());
        }
    }

    @Given("driver {caller} has created a(n) {kind} named {name}")
    public void hasCreatedOtherKind(String caller, ObjectKind kind, UnicodeString name) {
        Participant participant = world.participant(caller);
        NamedObjectResult result = participant.caller().createNamedObject(participant.instance(), kind, name);
        if (!result.status().isSuccess() || !result.handle().written()) {
            throw new PreconditionFailedException("creating the " + kind + " " + name.describe() + " by driver " + caller
                    + " returned " + result.status() + " with handle " + result.handle());
        }
        world.holdOtherHandle(participant, result.handle().value());
    }

    private CallOutcome create(String caller, UnicodeString name, CreateSharedMemoryCall call) {
        Participant participant = world.participant(caller);
        SharedMemoryResult result = participant.caller().rtkCreateSharedMemory(call);
        return world.recordSharedMemoryCall(participant, call::toString, name, result, false,
                Integer.toUnsignedLong(call.maximumSizeLow()));
    }

    private org.rtkconformance.adapter.api.RtssInst instance(String caller) {
        return world.participant(caller).instance();
    }

    private static void mustSucceed(CallOutcome outcome) {
        boolean delivered = outcome.result().map(r -> r.handle().written() && r.location().written()).orElse(false);
        if (!outcome.status().isSuccess() || !delivered) {
            throw new PreconditionFailedException(outcome.call() + " returned " + outcome.actual());
        }
    }
}
