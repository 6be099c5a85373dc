package org.rtkconformance.steps;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.NativeInterface;
import org.rtkconformance.steps.assertions.ConformanceFailure;
import org.rtkconformance.steps.run.Aborts;

/** The Requirements table: the IRQL a caller runs at, and the header and library a build needs. */
public final class RequirementSteps {

    private final World world;

    public RequirementSteps(World world) {
        this.world = world;
    }

    @Given("driver {caller} runs at {irql}")
    public void runsAt(String caller, Integer irql) {
        world.participant(caller).caller().setIrql(irql);
    }

    @Then("a C probe that includes RtkApi.h compiles with RtkOpenSharedMemory as the documented prototype")
    public void headerDeclaresThePrototype() {
        NativeInterface shipped = nativeInterface();
        NativeBuildProbe.Outcome outcome = build(NativeBuildProbe.prototypeProbe(shipped.headerName()), shipped);
        if (outcome.stage() == NativeBuildProbe.Stage.COMPILE_FAILED) {
            throw new AssertionError(ConformanceFailure.message(world.verdict(), outcome.command(),
                    shipped.headerName() + " declares NTSTATUS RtkOpenSharedMemory(RTSSINST, PHANDLE, ULONG, BOOLEAN,"
                            + " PUNICODE_STRING, VOID **) with the documented types and constants",
                    "the probe does not compile:" + System.lineSeparator() + outcome.output()));
        }
        if (outcome.stage() == NativeBuildProbe.Stage.LINK_FAILED) {
            // The header is judged by compiling; the link is the next rule's (OPEN-REQ-3) and judged there.
            return;
        }
        requireBuilt(outcome);
    }

    @Then("a C probe that calls RtkOpenSharedMemory links against {word}")
    public void libraryResolvesTheSymbol(String documentedLibrary) {
        NativeInterface shipped = nativeInterface();
        NativeBuildProbe.Outcome outcome = build(NativeBuildProbe.linkProbe(shipped.headerName()), shipped);
        if (outcome.stage() == NativeBuildProbe.Stage.COMPILE_FAILED) {
            throw new PreconditionFailedException("the link check needs a probe that compiles, and " + shipped.headerName()
                    + " does not declare RtkOpenSharedMemory as a function (" + outcome.command() + "):"
                    + System.lineSeparator() + outcome.output());
        }
        if (outcome.stage() == NativeBuildProbe.Stage.LINK_FAILED) {
            throw new AssertionError(ConformanceFailure.message(world.verdict(), outcome.command(),
                    "the backend's " + documentedLibrary + " (" + shipped.library().getFileName()
                            + ") defines RtkOpenSharedMemory",
                    "the probe does not link:" + System.lineSeparator() + outcome.output()));
        }
        requireBuilt(outcome);
    }

    private NativeInterface nativeInterface() {
        world.require(Capability.NATIVE_HEADER);
        return world.backend().nativeInterface();
    }

    private static NativeBuildProbe.Outcome build(String source, NativeInterface shipped) {
        try {
            return NativeBuildProbe.fromSystemProperties().build(source, shipped);
        } catch (IOException e) {
            throw new UncheckedIOException("The native build probe could not run: " + e.getMessage(), e);
        }
    }

    private static void requireBuilt(NativeBuildProbe.Outcome outcome) {
        if (outcome.stage() == NativeBuildProbe.Stage.NO_COMPILER) {
            throw Aborts.unsupported("no C compiler to build the probe with: " + outcome.output());
        }
    }
}
