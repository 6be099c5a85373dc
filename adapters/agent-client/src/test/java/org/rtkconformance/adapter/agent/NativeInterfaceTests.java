package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.BackendManifest;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.NativeInterface;

/** The C interface the posix backend hands over: RtkApi.h and librtkapi_posix.a, usable by any C program. */
class NativeInterfaceTests {

    private static final PosixAgentProvider PROVIDER = new PosixAgentProvider();

    /** A C client of the library alone: two handles on one object through RtkApi.h, a write seen through both. */
    private static final String ROUND_TRIP = """
            #include <stdio.h>
            #include <string.h>
            #include <unistd.h>
            #include <RtkApi.h>

            static WCHAR text[32];

            int main(void) {
                char ascii[32];
                snprintf(ascii, sizeof ascii, "nit.%ld", (long) getpid());
                USHORT units = (USHORT) strlen(ascii);
                for (USHORT i = 0; i < units; i++) text[i] = (WCHAR) ascii[i];
                UNICODE_STRING name = { (USHORT) (2 * units), (USHORT) sizeof text, text };
                RTSSINST inst = 0;
                HANDLE created = NULL, opened = NULL, reader = NULL;
                VOID *base = NULL, *view = NULL, *read_view = NULL;
                if (RtkRtssAttach(1, &inst) != STATUS_SUCCESS || inst == 0) return 10;
                if (RtkCreateSharedMemory(inst, &created, PAGE_READWRITE, 0, 4096, &name, &base) != STATUS_SUCCESS) return 11;
                if (RtkOpenSharedMemory(inst, &opened, SHM_MAP_WRITE, FALSE, &name, &view) != STATUS_SUCCESS) return 12;
                if (view == base || opened == created) return 13;
                memcpy((char *) view + 100, "probe", 5);
                if (memcmp((char *) base + 100, "probe", 5) != 0) return 14;
                if (RtkOpenSharedMemory(inst, &reader, 3, FALSE, &name, &read_view) != STATUS_INVALID_PARAMETER) return 15;
                if (reader != NULL || read_view != NULL) return 16;
                if (RtkUnMapSharedMemory(inst, view) != STATUS_SUCCESS) return 17;
                if (RtkCloseHandle(inst, opened) != STATUS_SUCCESS) return 18;
                if (RtkCloseHandle(inst, opened) != STATUS_UNSUCCESSFUL) return 19;
                if (RtkUnMapSharedMemory(inst, base) != STATUS_SUCCESS) return 20;
                if (RtkCloseHandle(inst, created) != STATUS_SUCCESS) return 21;
                if (RtkOpenSharedMemory(inst, &opened, SHM_MAP_READ, FALSE, &name, &view) == STATUS_SUCCESS) return 22;
                if (RtkRtssDetach(inst) != STATUS_SUCCESS) return 23;
                puts("round trip ok");
                return 0;
            }
            """;

    @Test
    void an_agent_cannot_declare_a_native_header_over_the_protocol() {
        AgentReply hello = AgentReply.parse("1 HELLO rtk-agent/1 backend=x vendor=v product=p version=0"
                + " api=RTX64_2013_SP1 caps=UNMAP,NATIVE_HEADER readings=-");
        assertThat(AgentHello.manifest("x", hello).capabilities()).containsExactly(Capability.UNMAP);
    }

    @Test
    void a_session_without_a_shipped_interface_reports_the_capability_missing() {
        BackendManifest declared = new BackendManifest("fake", "tests", "fake", "0", ApiVersion.RTX64_2013_SP1,
                Set.of(Capability.UNMAP), Map.of());
        try (Backend backend = new AgentBackend(declared, null, "fake.s1", "t", null)) {
            assertThatThrownBy(backend::nativeInterface).isInstanceOf(CapabilityMissingException.class)
                    .hasMessage("Backend 'fake' does not declare the capability NATIVE_HEADER (a native RtkApi.h header"
                            + " and library)");
        }
    }

    @Test
    void a_configured_agent_names_its_header_folder_and_library(@TempDir Path work) throws IOException {
        Path include = Files.createDirectory(work.resolve("include"));
        Files.writeString(include.resolve("RtkApi.h"), "/* vendor header */\n");
        Path library = Files.writeString(work.resolve("libvendor.a"), "!<arch>\n");

        NativeInterface shipped = ConfiguredAgentProvider.checked(include.toString(), library.toString(), "-DX -m64");

        assertThat(shipped).isEqualTo(new NativeInterface(include.toAbsolutePath(), "RtkApi.h",
                library.toAbsolutePath(), List.of("-DX", "-m64")));
    }

    @Test
    void a_configured_agent_with_wrong_native_paths_says_which_one(@TempDir Path work) throws IOException {
        Path library = Files.writeString(work.resolve("libvendor.a"), "!<arch>\n");

        assertThatThrownBy(() -> ConfiguredAgentProvider.checked(work.toString(), library.toString(), ""))
                .isInstanceOf(BackendFailureException.class)
                .hasMessage("-Drtk.agent.include=" + work + " holds no RtkApi.h");
        Files.writeString(work.resolve("RtkApi.h"), "");
        assertThatThrownBy(() -> ConfiguredAgentProvider.checked(work.toString(), work.resolve("nope.a").toString(), ""))
                .isInstanceOf(BackendFailureException.class)
                .hasMessage("-Drtk.agent.library=" + work.resolve("nope.a") + " is not a file");
        assertThatThrownBy(() -> ConfiguredAgentProvider.checked(work.toString(), "", ""))
                .isInstanceOf(BackendFailureException.class)
                .hasMessageStartingWith("-Drtk.agent.include and -Drtk.agent.library go together");
    }

    @Test
    void posix_declares_and_hands_over_its_header_and_library() throws IOException {
        assumeTrue(PROVIDER.unavailableReason().isEmpty(), () -> "posix agent unavailable: " + PROVIDER.unavailableReason());
        assertThat(PROVIDER.manifest().capabilities()).contains(Capability.NATIVE_HEADER);
        try (Backend backend = PROVIDER.start(new BackendContext("native-interface-tests", "t", Map.of()))) {
            NativeInterface shipped = backend.nativeInterface();
            assertThat(shipped.headerName()).isEqualTo("RtkApi.h");
            String header = Files.readString(shipped.includeDirectory().resolve(shipped.headerName()));
            assertThat(header.replaceAll("\\s+", " ")).contains("NTSTATUS RtkOpenSharedMemory(RTSSINST RtssInst,"
                    + " PHANDLE SharedMemoryHandle, ULONG DesiredAccess, BOOLEAN InheritHandle, PUNICODE_STRING Name,"
                    + " VOID **Location);");
            assertThat(shipped.library()).isRegularFile().hasFileName("librtkapi_posix.a");
            assertThat(backend.nativeInterface()).isEqualTo(shipped); // unpacked once per run
        }
    }

    @Test
    void a_c_program_built_on_the_interface_shares_memory_through_the_rtkapi_calls(@TempDir Path work)
            throws IOException, InterruptedException {
        assumeTrue(PROVIDER.unavailableReason().isEmpty(), () -> "posix agent unavailable: " + PROVIDER.unavailableReason());
        NativeInterface shipped;
        try (Backend backend = PROVIDER.start(new BackendContext("native-interface-tests", "t", Map.of()))) {
            shipped = backend.nativeInterface();
        }
        Path source = Files.writeString(work.resolve("round_trip.c"), ROUND_TRIP);
        Path program = work.resolve("round_trip");
        List<String> build = new ArrayList<>(List.of("cc", "-std=c11", "-Wall", "-Werror"));
        build.addAll(shipped.compilerFlags());
        build.addAll(List.of("-I" + shipped.includeDirectory(), "-o", program.toString(), source.toString(),
                shipped.library().toString()));
        assertThat(run(build, work)).as("build").startsWith("exit 0");
        assertThat(run(List.of(program.toString()), work)).isEqualTo("exit 0: round trip ok\n");
    }

    /** "exit <code>: <output>" of a command that must finish within a minute. */
    private static String run(List<String> command, Path folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return "timeout: " + String.join(" ", command);
        }
        return "exit " + process.exitValue() + ": " + new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
    }
}
