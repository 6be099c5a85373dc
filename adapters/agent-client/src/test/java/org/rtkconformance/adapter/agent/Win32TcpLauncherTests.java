package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * The Windows build of the TCP launcher (agents/sdk/src/tcp_launcher_win32.c), in rtk-win32-agent.exe under Wine,
 * driven by the kit's TCP client from Linux as a Linux host drives the RTX64 agent: loopback only. Skipped, with the
 * reason, without mingw-w64 or Wine.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class Win32TcpLauncherTests {

    private static final String TOKEN = "w1n-" + Long.toHexString(System.nanoTime());

    @TempDir
    Path folder;
    private WineRuntime wine;
    private Process launcher;
    private Backend backend;
    private final List<String> properties = new ArrayList<>();

    @BeforeEach
    void startLauncher() throws Exception {
        NativeAgentBinary agent = NativeAgentBinary.locate(NativeAgentBinary.WIN32);
        assumeTrue(agent.path().isPresent(), () -> "win32 agent not built: " + agent.unavailableReason().orElse(""));
        try {
            wine = WineRuntime.start("tcp-launcher-" + ProcessHandle.current().pid());
        } catch (IllegalStateException e) {
            assumeTrue(false, "Wine unavailable: " + e.getMessage());
        }
        Path tokenFile = TcpLauncher.writeToken(folder.resolve("token"), TOKEN);
        ProcessBuilder builder = new ProcessBuilder(wine.loader(), agent.path().orElseThrow().toString(), "--listen",
                "127.0.0.1:0", "--token-file", "Z:" + tokenFile, "--prefix", "wtl")
                .redirectError(folder.resolve("launcher.stderr").toFile());
        wine.configure(builder);
        launcher = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.US_ASCII));
        String first = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(90, TimeUnit.SECONDS);
        assertThat(first).as("launcher stderr: %s", Files.readString(folder.resolve("launcher.stderr")))
                .matches("LISTENING [1-9][0-9]*");
        set(ConfiguredAgentProvider.CONNECT_PROPERTY, "127.0.0.1:" + first.substring(10));
        set(ConfiguredAgentProvider.TOKEN_FILE_PROPERTY, tokenFile.toString());
        ConfiguredAgentProvider provider = new ConfiguredAgentProvider();
        assertThat(provider.unavailableReason()).isEmpty();
        backend = provider.start(new BackendContext("win32-tcp-launcher-tests", "tcp", Map.of()));
    }

    private void set(String key, String value) {
        System.setProperty(key, value);
        properties.add(key);
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (backend != null) {
            backend.close();
        }
        properties.forEach(System::clearProperty);
        if (launcher != null) {
            launcher.destroy();
            if (!launcher.waitFor(20, TimeUnit.SECONDS)) {
                launcher.destroyForcibly();
            }
        }
        if (wine != null) {
            wine.stop();
        }
    }

    private record Attached(Caller caller, RtssInst inst) {
        SharedMemoryResult create(String name) {
            return caller.rtkCreateSharedMemory(CreateSharedMemoryCall.of(inst, 4096, UnicodeString.of(name)));
        }

        SharedMemoryResult open(int access, String name) {
            return caller.rtkOpenSharedMemory(OpenSharedMemoryCall.of(inst, access, UnicodeString.of(name)));
        }
    }

    private Attached attach(String name) {
        Caller caller = backend.newCaller(name);
        var attached = caller.rtkRtssAttach(1);
        assertThat(attached.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        return new Attached(caller, attached.instance().value());
    }

    @Test
    void tcp_callers_are_windows_processes_that_share_an_object_and_a_kill_releases_their_handles() {
        Attached p1 = attach("P1");
        Attached p2 = attach("P2");
        Attached p3 = attach("P3");
        SharedMemoryResult created = p1.create("tcp/held");
        assertThat(created.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        assertThat(p1.caller().write(created.location().value(), 8, hello).outcome()).isEqualTo(MemoryAccess.Outcome.OK);
        SharedMemoryResult opened = p2.open(RtkConstants.SHM_MAP_READ, "tcp/held");
        assertThat(opened.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p2.caller().read(opened.location().value(), 8, 5).data()).isEqualTo(hello);
        assertThat(p2.caller().write(opened.location().value(), 0, new byte[] {1}).outcome())
                .isEqualTo(MemoryAccess.Outcome.ACCESS_VIOLATION);

        p1.caller().terminate(); // KILL <pid>: TerminateProcess, then the wait for the process's end
        SharedMemoryResult third = p3.open(RtkConstants.SHM_MAP_READ, "tcp/held");
        assertThat(third.status()).as("P2 still holds it").isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p3.caller().rtkCloseHandle(p3.inst(), third.handle().value())).isEqualTo(NtStatus.STATUS_SUCCESS);

        p2.caller().terminate();
        assertThat(p3.open(RtkConstants.SHM_MAP_READ, "tcp/held").status()).as("the last holder was killed")
                .isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
    }
}
