package org.rtkconformance.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.notation.NameNotation;

/** The call under test, {@code RtkOpenSharedMemory}, with each argument as the scenario words it. */
public final class OpenSteps {

    private final World world;

    public OpenSteps(World world) {
        this.world = world;
    }

    @When("driver {caller} opens {name} with {access}")
    public void opens(String caller, UnicodeString name, Integer access) {
        open(caller, OpenSharedMemoryCall.of(instance(caller), access, name));
    }

    @Given("driver {caller} has opened {name} with {access}")
    public void hasOpened(String caller, UnicodeString name, Integer access) {
        OpenSharedMemoryCall call = OpenSharedMemoryCall.of(instance(caller), access, name);
        boolean held = !world.openHandlesTo(name).isEmpty();
        open(caller, call);
        RequiredSuccess.ofOpen(world, world.participant(caller), call, world.lastCall(), held);
    }

    @When("driver {caller} opens {name} with {access} {int} times")
    public void opensRepeatedly(String caller, UnicodeString name, Integer access, int times) {
        for (int i = 0; i < times; i++) {
            opens(caller, name, access);
        }
    }

    @When("driver {caller} opens {name} with {access} and InheritHandle {bool}")
    public void opensInheriting(String caller, UnicodeString name, Integer access, Byte inherit) {
        open(caller, OpenSharedMemoryCall.of(instance(caller), access, name).withInheritHandle(inherit));
    }

    @When("driver {caller} opens {name} with {access} passing RtssInst {long}")
    public void opensWithInstance(String caller, UnicodeString name, Integer access, Long rtssInst) {
        open(caller, OpenSharedMemoryCall.of(new RtssInst(rtssInst), access, name));
    }

    @When("driver {caller} opens {name} with {access} passing driver {caller}'s RtssInst")
    public void opensWithOthersInstance(String caller, UnicodeString name, Integer access, String owner) {
        open(caller, OpenSharedMemoryCall.of(instance(owner), access, name));
    }

    @When("driver {caller} opens {name} with {access} passing an RtssInst no attach returned")
    public void opensWithForeignInstance(String caller, UnicodeString name, Integer access) {
        open(caller, OpenSharedMemoryCall.of(world.instanceNeverIssued(), access, name));
    }

    @When("driver {caller} opens {name} with {access} and a NULL SharedMemoryHandle")
    public void opensWithoutHandlePointer(String caller, UnicodeString name, Integer access) {
        open(caller, OpenSharedMemoryCall.of(instance(caller), access, name).withHandlePointer(false));
    }

    @When("driver {caller} opens {name} with {access} and a NULL location")
    public void opensWithoutLocationPointer(String caller, UnicodeString name, Integer access) {
        open(caller, OpenSharedMemoryCall.of(instance(caller), access, name).withLocationPointer(false));
    }

    @When("driver {caller} opens with {access} and a NULL Name")
    public void opensNullName(String caller, Integer access) {
        open(caller, OpenSharedMemoryCall.of(instance(caller), access, null));
    }

    @When("driver {caller} opens {name} with {access} from an unterminated buffer")
    public void opensUnterminated(String caller, UnicodeString name, Integer access) {
        open(caller, OpenSharedMemoryCall.of(instance(caller), access, UnicodeString.unterminated(name.text())));
    }

    @When("driver {caller} opens with {access} a Name of Length {int} and MaximumLength {int} over the buffer {string}")
    public void opensMalformed(String caller, Integer access, int length, int maximumLength, String buffer) {
        char[] units = NameNotation.parse("\"" + buffer + "\"").toCharArray();
        open(caller, OpenSharedMemoryCall.of(instance(caller), access,
                UnicodeString.withLengths(units, length, maximumLength)));
    }

    @When("driver {caller} opens with {access} a Name of Length {int} and MaximumLength {int} and a NULL Buffer")
    public void opensNullBuffer(String caller, Integer access, int length, int maximumLength) {
        open(caller, OpenSharedMemoryCall.of(instance(caller), access, UnicodeString.nullBuffer(length, maximumLength)));
    }

    private void open(String caller, OpenSharedMemoryCall call) {
        Participant participant = world.participant(caller);
        SharedMemoryResult result = participant.caller().rtkOpenSharedMemory(call);
        world.recordSharedMemoryCall(participant, call::toString, call.name(), result, true, 0);
    }

    private RtssInst instance(String caller) {
        return world.participant(caller).instance();
    }
}
