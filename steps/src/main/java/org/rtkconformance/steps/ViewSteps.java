package org.rtkconformance.steps;

import static org.rtkconformance.steps.assertions.ConformanceAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.assertions.MemoryOutcome;

/** Bytes read and written through the views callers hold. */
public final class ViewSteps {

    private final World world;

    public ViewSteps(World world) {
        this.world = world;
    }

    @When("driver {caller} writes {string} at offset {long} of its view of {name}")
    public void writes(String caller, String text, long offset, UnicodeString name) {
        Opening view = world.mappedView(world.participant(caller), name);
        world.recordAccess(write(view, offset, text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Then("the write succeeds")
    public void writeSucceeds() {
        assertThat(world.lastAccess()).completed();
    }

    @Then("the write faults with an access violation")
    public void writeFaults() {
        assertThat(world.lastAccess()).hasOutcome(MemoryAccess.Outcome.ACCESS_VIOLATION);
    }

    @Then("driver {caller} reads {string} at offset {long} of its view of {name}")
    public void reads(String caller, String text, long offset, UnicodeString name) {
        Opening view = world.mappedView(world.participant(caller), name);
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(read(view, offset, expected.length)).read(expected);
    }

    @Then("driver {caller} reads {int} zero bytes at offset {long} of its view of {name}")
    public void readsZeros(String caller, int count, long offset, UnicodeString name) {
        Opening view = world.mappedView(world.participant(caller), name);
        assertThat(read(view, offset, count)).read(new byte[count]);
    }

    @Then("every view of {name} reads {string} at offset {long}")
    public void everyViewReads(UnicodeString name, String text, long offset) {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        List<Opening> views = world.mappedViewsOf(name);
        if (views.size() < 2) {
            throw new IllegalStateException("'every view of " + name.describe() + "' needs at least two mapped views;"
                    + " the scenario has " + views.size());
        }
        for (Opening view : views) {
            assertThat(read(view, offset, expected.length)).read(expected);
        }
    }

    @Then("the write finds nothing mapped")
    public void writeFindsNothingMapped() {
        assertThat(world.lastAccess()).hasOutcome(MemoryAccess.Outcome.NOT_MAPPED);
    }

    /** The caller's latest view of the object, still mapped or not: after an unmap, a close or a detach. */
    @Then("reading through driver {caller}'s view of {name} finds nothing mapped")
    public void viewGone(String caller, UnicodeString name) {
        Opening view = formerView(caller, name);
        assertThat(read(view, 0, 1)).hasOutcome(MemoryAccess.Outcome.NOT_MAPPED);
    }

    @Then("writing through driver {caller}'s view of {name} finds nothing mapped")
    public void viewGoneForWrites(String caller, UnicodeString name) {
        Opening view = formerView(caller, name);
        assertThat(write(view, 0, new byte[] {'x'})).hasOutcome(MemoryAccess.Outcome.NOT_MAPPED);
    }

    @Then("reading {int} bytes at offset {long} through driver {caller}'s view of {name} finds nothing mapped")
    public void nothingMappedAcross(int length, long offset, String caller, UnicodeString name) {
        Opening view = world.mappedView(world.participant(caller), name);
        assertThat(read(view, offset, length)).hasOutcome(MemoryAccess.Outcome.NOT_MAPPED);
    }

    @Then("reading at offset {long} through driver {caller}'s view of {name} finds nothing mapped")
    public void nothingMappedAt(long offset, String caller, UnicodeString name) {
        Opening view = world.mappedView(world.participant(caller), name);
        assertThat(read(view, offset, 1)).hasOutcome(MemoryAccess.Outcome.NOT_MAPPED);
    }

    @Then("driver {caller}'s views of {name} are at {int} distinct address(es)")
    public void viewsAtDistinctAddresses(String caller, UnicodeString name, int count) {
        List<Opening> views = world.mappedViewsOf(world.participant(caller), name);
        assertThat(views.stream().map(Opening::address).distinct().count())
                .as("[%s] backend '%s': driver %s's views of %s are at %s", world.tags().statementList(),
                        world.manifest().id(), caller, name.describe(), views.stream().map(Opening::address).toList())
                .isEqualTo(count);
    }

    private Opening formerView(String caller, UnicodeString name) {
        Opening view = world.anyOpening(world.participant(caller), name);
        if (view.address() == null) {
            throw new IllegalStateException("Driver " + caller + "'s latest opening of " + name.describe()
                    + " mapped no view (a NULL location): there is no address to read through");
        }
        return view;
    }

    private MemoryOutcome write(Opening view, long offset, byte[] data) {
        MemoryAccess access = view.owner().caller().write(view.address(), offset, data);
        return new MemoryOutcome(world.verdict(), "driver " + view.owner().name() + " writes " + data.length
                + " bytes at offset " + offset + " of " + view.describeView(), access);
    }

    private MemoryOutcome read(Opening view, long offset, int length) {
        MemoryAccess access = view.owner().caller().read(view.address(), offset, length);
        return new MemoryOutcome(world.verdict(), "driver " + view.owner().name() + " reads " + length
                + " bytes at offset " + offset + " of " + view.describeView(), access);
    }
}
