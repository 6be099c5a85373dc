package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.UnicodeString;

/**
 * Spare callers of the fork server (docs/agent-protocol.md §10): forked and greeted ahead of need, named by
 * {@code PREFIX} when a session takes one; still one fresh process per caller, and nothing left when the JVM ends.
 */
class SpareCallersTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private ForkServer server;
    private final List<AgentConnection> callers = new ArrayList<>();

    @AfterEach
    void stop() {
        callers.forEach(AgentConnection::close);
        if (server != null) {
            server.stop();
        }
    }

    private static String agent() {
        java.util.Optional<Path> path = NativeAgentBinary.locate().path();
        assumeTrue(path.isPresent(), "the posix agent is not built here");
        return path.get().toString();
    }

    private ForkServer start(int spares) {
        server = ForkServer.start(List.of(agent()), spares);
        return server;
    }

    /** The launcher's live children once {@code count} of them exist (spares being forked in the background). */
    private static Set<Long> awaitChildren(ForkServer server, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        Set<Long> children = Set.of();
        while (System.currentTimeMillis() < deadline) {
            children = childrenOf(server.launcherPid());
            if (children.size() >= count) {
                return children;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the fork server has " + children.size() + " callers, not " + count + ", after 10 s");
    }

    private static Set<Long> childrenOf(long pid) {
        return ProcessHandle.of(pid).map(p -> p.children().filter(ProcessHandle::isAlive).map(ProcessHandle::pid)
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    private AgentConnection take(String name, String prefix) {
        AgentConnection caller = server.connect("caller '" + name + "'", prefix, TIMEOUT);
        callers.add(caller);
        return caller;
    }

    @Test
    void a_session_gets_a_ready_spare_that_then_serves_calls() throws InterruptedException {
        start(2);
        Set<Long> spares = awaitChildren(server, 2);
        AgentConnection caller = take("P1", "sparetests.a");
        assertThat(spares).contains(caller.pid());
        assertThat(caller.exchange(RequestLine.attach(1)).field("status")).isEqualTo("00000000");
    }

    @Test
    void with_no_spare_ready_a_session_forks_its_own_and_every_caller_is_a_distinct_process() throws InterruptedException {
        start(1);
        awaitChildren(server, 1);
        List<Long> pids = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // more than the pool holds, faster than it refills
            AgentConnection caller = take("P" + i, "sparetests.b" + i);
            assertThat(caller.exchange(RequestLine.attach(1)).field("status")).isEqualTo("00000000");
            pids.add(caller.pid());
        }
        assertThat(Set.copyOf(pids)).hasSize(4);
        assertThat(childrenOf(server.launcherPid())).containsAll(pids);
    }

    @Test
    void a_spare_killed_while_it_waits_is_skipped_and_the_session_gets_a_live_caller() throws InterruptedException {
        start(1);
        long spare = awaitChildren(server, 1).iterator().next();
        ProcessHandle.of(spare).ifPresent(ProcessHandle::destroyForcibly);
        AgentConnection caller = take("P1", "sparetests.c");
        assertThat(caller.pid()).isNotEqualTo(spare);
        assertThat(caller.exchange(RequestLine.attach(1)).field("status")).isEqualTo("00000000");
    }

    @Test
    void a_spare_refuses_every_call_before_its_prefix_and_a_second_prefix() {
        start(0);
        AgentConnection spare = server.transport().connectSpare("a spare caller");
        callers.add(spare);
        assertThat(spare.exchangeRaw(RequestLine.attach(1)).errorReason()).contains("PREFIX <p> before any other request");
        assertThat(spare.exchangeRaw("SWEEP").errorReason()).contains("PREFIX <p> before any other request");
        assertThat(spare.exchangeRaw("PREFIX Not/Valid").errorReason()).contains("usage: <id> PREFIX");
        assertThat(spare.adopt("caller 'P1'", "sparetests.d", TIMEOUT)).isTrue();
        assertThat(spare.exchangeRaw("PREFIX sparetests.e").errorReason()).contains("only for a spare caller");
        assertThat(spare.exchange(RequestLine.attach(1)).field("status")).isEqualTo("00000000");
    }

    @Test
    void a_caller_served_with_a_prefix_refuses_prefix() {
        start(0);
        AgentConnection caller = take("P1", "sparetests.f");
        assertThat(caller.exchangeRaw("PREFIX sparetests.g").errorReason()).contains("only for a spare caller");
    }

    @Test
    void a_pooled_callers_objects_live_under_its_sessions_prefix_and_are_released_after_the_session()
            throws IOException, InterruptedException {
        PosixAgentProvider provider = new PosixAgentProvider();
        assumeTrue(provider.unavailableReason().isEmpty(), () -> "posix agent unavailable: " + provider.unavailableReason());
        Backend backend = provider.start(new BackendContext("spare-callers-tests", "test", Map.of()));
        awaitChildren(ForkServer.of(List.of(agent())), ForkServer.SPARE_CALLERS);
        Set<Long> spares = childrenOf(ForkServer.of(List.of(agent())).launcherPid());
        Caller p1 = backend.newCaller("P1");
        assertThat(spares).contains(((AgentCaller) p1).pid());
        RtssInst inst = p1.rtkRtssAttach(1).instance().value();
        assertThat(p1.rtkCreateSharedMemory(CreateSharedMemoryCall.of(inst, 64, UnicodeString.of("spare"))).status())
                .isEqualTo(NtStatus.STATUS_SUCCESS);
        String tag = "rtk." + RunNamespace.runTag("spare-callers-tests") + ".";
        assertThat(entries(tag)).hasSize(1);
        backend.close();
        Farewells.awaitAll(5000);
        assertThat(entries(tag)).isEmpty();
    }

    private static List<String> entries(String tag) throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("/dev/shm"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(tag)).toList();
        }
    }

    @Test
    void a_jvm_that_exits_with_spares_and_callers_leaves_no_process_and_nothing_in_dev_shm() throws Exception {
        assertNoTrace("exit");
    }

    @Test
    void a_jvm_that_is_killed_with_spares_and_callers_leaves_no_process() throws Exception {
        assertNoTrace("kill");
    }

    /** Runs {@link SpareCallersExitProbe} in a JVM of its own, which ends by exiting or by being SIGKILLed. */
    private static void assertNoTrace(String how) throws Exception {
        agent();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SpareCallersExitProbe.class.getName(), how).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Long> pids = new ArrayList<>();
        String tag = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.US_ASCII))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("PID ")) {
                    pids.add(Long.parseLong(line.substring(4)));
                } else if (line.startsWith("TAG ")) {
                    tag = line.substring(4);
                } else if (line.equals("READY")) {
                    break;
                }
            }
            if (how.equals("kill")) {
                jvm.destroyForcibly(); // SIGKILL: no shutdown hook runs, only the launcher's stdin closes
            }
        }
        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(tag).as("the probe's run tag").isNotNull();
        assertThat(pids).as("launcher, callers and spares").hasSizeGreaterThan(2);
        long deadline = System.currentTimeMillis() + 5000;
        List<Long> alive = pids;
        while (!alive.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            alive = pids.stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).toList();
        }
        assertThat(alive).as("processes left after the JVM ended (%s)", how).isEmpty();
        if (how.equals("exit")) {
            assertThat(entries("rtk." + tag + ".")).as("objects left in /dev/shm").isEmpty();
        }
    }
}
