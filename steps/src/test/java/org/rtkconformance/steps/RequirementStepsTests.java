package org.rtkconformance.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.FaultInjection;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.NativeInterface;
import org.rtkconformance.steps.run.CapabilityGuard;
import org.rtkconformance.steps.run.ScenarioTags;

/** The build-check steps judge a backend's header and library: FAIL naming the statements, UNSUPPORTED without them. */
class RequirementStepsTests {

    private static final Path FAITHFUL = Path.of("..", "agents", "sdk", "include", "RtkApi.h");

    @TempDir
    Path work;

    /** A session that offers nothing but its header and library. */
    private record HeaderOnlyBackend(Set<Capability> capabilities, NativeInterface shipped) implements Backend {
        @Override
        public Caller newCaller(String name) {
            throw new UnsupportedOperationException("no callers in a build check");
        }

        @Override
        public Introspection introspection() {
            throw new UnsupportedOperationException("no introspection in a build check");
        }

        @Override
        public FaultInjection faults() {
            throw new UnsupportedOperationException("no faults in a build check");
        }

        @Override
        public NativeInterface nativeInterface() {
            return shipped == null ? Backend.super.nativeInterface() : shipped;
        }

        @Override
        public void close() {
        }
    }

    private RequirementSteps steps(Set<Capability> capabilities, NativeInterface shipped, String... statements) {
        World world = new World();
        BackendManifest manifest = new BackendManifest("fake", "tests", "fake", "0", ApiVersion.RTX64_2013_SP1,
                capabilities, Map.of());
        List<String> tags = new java.util.ArrayList<>(List.of("@required"));
        for (String statement : statements) {
            tags.add(ScenarioTags.STATEMENT + statement);
        }
        world.begin(manifest, CapabilityGuard.guard(new HeaderOnlyBackend(capabilities, shipped)), ScenarioTags.of(tags));
        return new RequirementSteps(world);
    }

    private NativeInterface shipped(String header, String library) throws IOException {
        assumeTrue(compilerPresent(), "no C compiler on this machine");
        Path include = Files.createDirectories(work.resolve("include"));
        Files.writeString(include.resolve("RtkApi.h"), header);
        Path source = Files.writeString(work.resolve("library.c"), library);
        Path object = work.resolve("librtkapi.o");
        Process compile = new ProcessBuilder("cc", "-std=c11", "-I" + include, "-c", source.toString(), "-o",
                object.toString()).redirectErrorStream(true).start();
        String said = new String(compile.getInputStream().readAllBytes());
        try {
            assertThat(compile.waitFor()).as(said).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new NativeInterface(include, "RtkApi.h", object, List.of());
    }

    private static boolean compilerPresent() {
        try {
            return new ProcessBuilder("cc", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static final String DEFINITION = """
            #include <RtkApi.h>
            NTSTATUS RtkOpenSharedMemory(RTSSINST i, PHANDLE h, ULONG a, BOOLEAN b, PUNICODE_STRING n, VOID **l) {
                (void) i; (void) h; (void) a; (void) b; (void) n; (void) l;
                return STATUS_UNSUCCESSFUL;
            }
            """;

    @Test
    void a_header_with_boolean_as_int_fails_the_prototype_scenario_naming_its_statements() throws IOException {
        String wrong = Files.readString(FAITHFUL).replace("typedef UCHAR BOOLEAN;", "typedef int BOOLEAN;");
        RequirementSteps steps = steps(EnumSet.of(Capability.NATIVE_HEADER), shipped(wrong, DEFINITION),
                "OPEN-SIG-1", "OPEN-SIG-2", "OPEN-REQ-2");

        assertThatThrownBy(steps::headerDeclaresThePrototype).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[OPEN-SIG-1, OPEN-SIG-2, OPEN-REQ-2] not met by backend 'fake'")
                .hasMessageContaining("the probe does not compile:")
                .hasMessageContaining("static assertion failed: \"OPEN-SIG-2: BOOLEAN is one unsigned byte (UCHAR)\"");
    }

    @Test
    void the_faithful_header_and_a_defining_library_pass_both_scenarios() throws IOException {
        NativeInterface shipped = shipped(Files.readString(FAITHFUL), DEFINITION);

        steps(EnumSet.of(Capability.NATIVE_HEADER), shipped, "OPEN-SIG-1").headerDeclaresThePrototype();
        steps(EnumSet.of(Capability.NATIVE_HEADER), shipped, "OPEN-REQ-3").libraryResolvesTheSymbol("RtkApi.lib");
    }

    @Test
    void a_library_without_the_symbol_fails_the_link_scenario() throws IOException {
        RequirementSteps steps = steps(EnumSet.of(Capability.NATIVE_HEADER),
                shipped(Files.readString(FAITHFUL), "int rtk_unrelated;\n"), "OPEN-REQ-3");

        assertThatThrownBy(() -> steps.libraryResolvesTheSymbol("RtkApi.lib")).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("[OPEN-REQ-3] not met by backend 'fake'")
                .hasMessageContaining("RtkApi.lib (librtkapi.o) defines RtkOpenSharedMemory")
                .hasMessageContaining("undefined reference to `RtkOpenSharedMemory'");
    }

    @Test
    void without_native_header_both_scenarios_are_unsupported() {
        RequirementSteps steps = steps(EnumSet.noneOf(Capability.class), null, "OPEN-REQ-3");

        assertThatThrownBy(steps::headerDeclaresThePrototype).isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("UNSUPPORTED: NATIVE_HEADER");
        assertThatThrownBy(() -> steps.libraryResolvesTheSymbol("RtkApi.lib")).isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("UNSUPPORTED: NATIVE_HEADER");
    }

    @Test
    void without_a_compiler_the_scenario_is_unsupported_with_the_reason() {
        NativeInterface shipped = new NativeInterface(work, "RtkApi.h", work.resolve("lib.a"), List.of());
        RequirementSteps steps = steps(EnumSet.of(Capability.NATIVE_HEADER), shipped, "OPEN-REQ-3");
        String before = System.getProperty(NativeBuildProbe.COMPILER_PROPERTY);
        System.setProperty(NativeBuildProbe.COMPILER_PROPERTY, "no-such-compiler-rtk");
        try {
            assertThatThrownBy(() -> steps.libraryResolvesTheSymbol("RtkApi.lib")).isInstanceOf(TestAbortedException.class)
                    .hasMessageStartingWith("UNSUPPORTED: no C compiler to build the probe with: cannot start the C"
                            + " compiler 'no-such-compiler-rtk'");
        } finally {
            if (before == null) {
                System.clearProperty(NativeBuildProbe.COMPILER_PROPERTY);
            } else {
                System.setProperty(NativeBuildProbe.COMPILER_PROPERTY, before);
            }
        }
    }
}
