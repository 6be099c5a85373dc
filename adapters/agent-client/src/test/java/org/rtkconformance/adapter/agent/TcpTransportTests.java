package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

/** The TCP transport end to end: a real launcher on a free loopback port, callers as forked agent processes. */
@Timeout(90)
class TcpTransportTests {

    private static final String TOKEN = "t0ken-" + Long.toHexString(System.nanoTime());

    @TempDir
    Path folder;
    private TcpLauncher launcher;
    private Backend backend;

    @BeforeEach
    void startLauncher() throws IOException {
        NativeAgentBinary binary = NativeAgentBinary.locate();
        assumeTrue(binary.path().isPresent(), () -> "posix agent unavailable: " + binary.unavailableReason());
        launcher = TcpLauncher.start(binary.path().orElseThrow(), folder, TOKEN);
    }

    @AfterEach
    void stopEverything() throws Exception {
        try {
            if (backend != null) {
                backend.close();
            }
        } finally {
            if (launcher != null) {
                launcher.close();
                // run with -Drtk.posix.agentPath=target/agent-sanitized/rtk-posix-agent, this checks the launcher too
                assertThat(launcher.stderr()).doesNotContain("Sanitizer").doesNotContain("runtime error:");
                assertThat(entriesUnder(launcher.prefix)).as("/dev/shm after the launcher stopped").isEmpty();
            }
        }
    }

    /** The configured provider pointed at the launcher; properties are read by the probe, then cleared. */
    private ConfiguredAgentProvider provider(String endpoint, Path tokenFile, String allowAddress) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put(ConfiguredAgentProvider.CONNECT_PROPERTY, endpoint);
        properties.put(ConfiguredAgentProvider.TOKEN_FILE_PROPERTY, tokenFile.toString());
        if (allowAddress != null) {
            properties.put(ConfiguredAgentProvider.ALLOW_ADDRESS_PROPERTY, allowAddress);
        }
        properties.forEach(System::setProperty);
        try {
            ConfiguredAgentProvider provider = new ConfiguredAgentProvider();
            provider.unavailableReason();
            return provider;
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    private Backend startBackend() {
        ConfiguredAgentProvider provider = provider(launcher.endpoint(), launcher.tokenFile, null);
        assertThat(provider.unavailableReason()).isEmpty();
        backend = provider.start(new BackendContext("tcp-transport-tests", "tcp", Map.of()));
        return backend;
    }

    private record Attached(Caller caller, RtssInst inst) {
        SharedMemoryResult create(String name, long size) {
            return caller.rtkCreateSharedMemory(CreateSharedMemoryCall.of(inst, size, UnicodeString.of(name)));
        }

        SharedMemoryResult open(int access, String name) {
            return caller.rtkOpenSharedMemory(OpenSharedMemoryCall.of(inst, access, UnicodeString.of(name)));
        }

        long pid() {
            return ((AgentCaller) caller).pid();
        }
    }

    private Attached attach(String name) {
        Caller caller = backend.newCaller(name);
        var attached = caller.rtkRtssAttach(1);
        assertThat(attached.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        return new Attached(caller, attached.instance().value());
    }

    @Test
    void two_tcp_callers_share_an_object_as_two_processes_of_the_launcher() {
        startBackend();
        Attached p1 = attach("P1");
        Attached p2 = attach("P2");
        assertThat(p1.pid()).isNotEqualTo(p2.pid());
        assertThat(launcher.children()).extracting(ProcessHandle::pid).contains(p1.pid(), p2.pid());

        SharedMemoryResult created = p1.create("tcp/shared", 4096);
        assertThat(created.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
        assertThat(p1.caller().write(created.location().value(), 8, hello).outcome()).isEqualTo(MemoryAccess.Outcome.OK);
        SharedMemoryResult opened = p2.open(RtkConstants.SHM_MAP_READ, "tcp/shared");
        assertThat(opened.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p2.caller().read(opened.location().value(), 8, 5).data()).isEqualTo(hello);

        assertThat(p1.caller().rtkCloseHandle(p1.inst(), created.handle().value())).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p2.caller().rtkCloseHandle(p2.inst(), opened.handle().value())).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(backend.introspection().liveObjects()).isEmpty();
        assertThat(p1.open(RtkConstants.SHM_MAP_READ, "tcp/shared").status()).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
    }

    @Test
    void terminate_kills_the_callers_process_and_the_system_releases_its_handles() {
        startBackend();
        Attached p1 = attach("P1");
        Attached p2 = attach("P2");
        Attached p3 = attach("P3");
        assertThat(p1.create("tcp/held", 64).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p2.open(RtkConstants.SHM_MAP_WRITE, "tcp/held").status()).isEqualTo(NtStatus.STATUS_SUCCESS);

        p1.caller().terminate();
        assertThat(ProcessHandle.of(p1.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        // P2 still holds it: the object survives its creator's death
        SharedMemoryResult third = p3.open(RtkConstants.SHM_MAP_READ, "tcp/held");
        assertThat(third.status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(p3.caller().rtkCloseHandle(p3.inst(), third.handle().value())).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(backend.introspection().lookup(UnicodeString.of("tcp/held")).orElseThrow().handleCount()).isEqualTo(1);

        p2.caller().terminate();
        assertThat(p3.open(RtkConstants.SHM_MAP_READ, "tcp/held").status()).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
        assertThatThrownBy(() -> p1.caller().rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("terminated");
        assertThat(launcher.children()).extracting(ProcessHandle::pid).containsExactly(p3.pid());
    }

    @Test
    void a_wrong_token_is_refused_and_nothing_is_forked() throws IOException {
        Path wrong = TcpLauncher.writeToken(folder.resolve("wrong-token"), TOKEN + "x");
        ConfiguredAgentProvider provider = provider(launcher.endpoint(), wrong, null);
        assertThat(provider.unavailableReason()).get().asString().contains("refused the token")
                .contains("ERR - bad token").contains(launcher.endpoint());
        assertThat(rawControl("TOKEN " + TOKEN.substring(1) + "\nSERVE x\n")).isEqualTo("ERR - bad token");
        assertThat(rawControl("SERVE x\n")).isEqualTo("ERR - bad token");
        assertThat(launcher.children()).isEmpty();
    }

    @Test
    void the_launcher_kills_only_its_own_live_callers() throws IOException {
        assertThat(rawControl("TOKEN " + TOKEN + "\nKILL 1\n")).isEqualTo("ERR - not a live caller of this launcher");
        assertThat(rawControl("TOKEN " + TOKEN + "\nKILL " + ProcessHandle.current().pid() + "\n"))
                .isEqualTo("ERR - not a live caller of this launcher");
        assertThat(rawControl("TOKEN " + TOKEN + "\nRUN sh\n")).startsWith("ERR - expected SERVE");
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void garbage_control_lines_get_one_err_and_the_launcher_keeps_serving() throws IOException {
        assertThat(rawControl("x".repeat(5000) + "\n")).isEqualTo("ERR - bad token");
        assertThat(rawControl("TOKEN " + TOKEN + "\u0000\u00ff\n")).isEqualTo("ERR - bad token");
        assertThat(rawControl("TOKEN " + TOKEN)).isEqualTo("ERR - bad token"); // no newline, then end of stream
        assertThat(rawControl("TOKEN " + TOKEN + "\nSERVE ../etc\n")).startsWith("ERR - expected SERVE");
        assertThat(rawControl("TOKEN " + TOKEN + "\nKILL -1\n")).isEqualTo("ERR - not a live caller of this launcher");
        assertThat(rawControl("TOKEN " + TOKEN + "\nSERVE " + "a".repeat(41) + "\n")).startsWith("ERR - expected SERVE");
        assertThat(launcher.children()).isEmpty();
        assertThat(rawControl("TOKEN " + TOKEN + "\nSERVE ok\n")).matches("PID [1-9][0-9]*");
    }

    @Test
    void a_non_loopback_address_is_refused_before_connecting_unless_allowed() {
        assertThat(provider("192.0.2.7:7000", launcher.tokenFile, null).unavailableReason()).get().asString()
                .contains("-Drtk.agent.connect=192.0.2.7:7000").contains("not a loopback address")
                .contains("-Drtk.agent.allowAddress=true");
        // allowed, it gets as far as connecting (TEST-NET-1 answers nobody: a bounded connect failure, not a refusal)
        TcpTransport allowed = TcpTransport.configure("192.0.2.7:7000", launcher.tokenFile.toString(), true,
                Duration.ofSeconds(5));
        assertThat(allowed.describe()).isEqualTo("tcp 192.0.2.7:7000");
        assertThat(provider("localhost:" + launcher.port, launcher.tokenFile, "yes").unavailableReason()).get()
                .asString().contains("-Drtk.agent.allowAddress is true or false, not 'yes'");
        assertThat(provider("127.0.0.1", launcher.tokenFile, null).unavailableReason()).get().asString()
                .contains("expected HOST:PORT");
        assertThat(provider(launcher.endpoint(), folder.resolve("absent"), null).unavailableReason()).get().asString()
                .contains("-Drtk.agent.tokenFile=").contains("cannot read it");
    }

    @Test
    void the_launcher_refuses_to_listen_beyond_loopback_without_allow_address() throws Exception {
        Process refused = new ProcessBuilder(launcher.agent.toString(), "--listen", "0.0.0.0:0", "--token-file",
                launcher.tokenFile.toString(), "--prefix", "tcprefused").redirectErrorStream(true).start();
        assertThat(refused.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isEqualTo(64);
        assertThat(new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("'0.0.0.0' is not a loopback address").contains("--allow-address");
    }

    @Test
    void a_launcher_killed_while_calls_are_in_flight_ends_them_as_backend_failures_not_hangs() throws Exception {
        startBackend();
        Attached p1 = attach("P1");
        SharedMemoryResult created = p1.create("tcp/busy", 65536);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CompletableFuture<Void> busy = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (;;) { // 64 KiB reads back to back: the kill lands during one of them or between two
                p1.caller().read(created.location().value(), 0, 65536);
                calls.incrementAndGet();
            }
        });
        while (calls.get() < 20) {
            Thread.sleep(5);
        }
        launcher.process.destroyForcibly();
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> busy.get(10, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(java.util.concurrent.ExecutionException.class)
                .cause().isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("tcp " + launcher.endpoint()).hasMessageContaining("READ");
    }

    @Test
    void an_unreachable_launcher_makes_the_backend_unavailable_with_the_reason() throws IOException {
        int closedPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        assertThat(provider("127.0.0.1:" + closedPort, launcher.tokenFile, null).unavailableReason()).get().asString()
                .contains("Cannot reach the agent launcher at 127.0.0.1:" + closedPort).contains("manifest probe");
    }

    @Test
    void a_killed_launcher_fails_the_next_call_at_once_and_takes_its_callers_along() throws Exception {
        startBackend();
        Attached p1 = attach("P1");
        assertThat(p1.create("tcp/orphan", 64).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        launcher.process.destroyForcibly();
        assertThat(launcher.process.waitFor(5, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        assertThatThrownBy(() -> p1.caller().rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("tcp " + launcher.endpoint()).hasMessageContaining("last request:");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        // PR_SET_PDEATHSIG: no caller outlives its launcher holding handles
        Optional<ProcessHandle> orphan = ProcessHandle.of(p1.pid());
        orphan.ifPresent(handle -> handle.onExit().orTimeout(5, TimeUnit.SECONDS).join());
    }

    @Test
    void sigterm_stops_the_launcher_kills_its_callers_and_sweeps_its_prefix() throws Exception {
        startBackend();
        Attached p1 = attach("P1");
        assertThat(p1.create("tcp/swept", 64).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
        assertThat(entriesUnder(launcher.prefix)).hasSize(1);
        launcher.process.destroy();
        assertThat(launcher.process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.process.exitValue()).isZero();
        assertThat(ProcessHandle.of(p1.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(entriesUnder(launcher.prefix)).isEmpty();
        assertThat(launcher.stderr()).contains("launcher stopped; swept 1 object(s)");
    }

    /** Sends raw control lines (one byte per char) to the launcher, ends the stream, returns its first line. */
    private String rawControl(String lines) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", launcher.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(lines.getBytes(StandardCharsets.ISO_8859_1));
            socket.shutdownOutput(); // the launcher sees the end at once instead of waiting out its handshake time
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    private static List<String> entriesUnder(String prefix) throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("/dev/shm"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("rtk." + prefix + ".")).toList();
        }
    }
}
