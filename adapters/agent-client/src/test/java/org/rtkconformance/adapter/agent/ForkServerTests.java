package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.NtStatus;

/** Callers forked by the agent's fork server: still one real process per caller, killed and reaped for real. */
class ForkServerTests {

    private static final String PROPERTY = "rtk.posix.forkServer";
    private Backend backend;

    @AfterEach
    void stop() {
        if (backend != null) {
            backend.close();
        }
        System.clearProperty(PROPERTY);
    }

    private Backend start(PosixAgentProvider provider) {
        assumeTrue(provider.unavailableReason().isEmpty(), () -> "posix agent unavailable: " + provider.unavailableReason());
        backend = provider.start(new BackendContext("fork-server-tests", "test", Map.of()));
        return backend;
    }

    private static long parentOf(AgentCaller caller) {
        return ProcessHandle.of(caller.pid()).flatMap(ProcessHandle::parent).map(ProcessHandle::pid).orElse(-1L);
    }

    @Test
    void callers_are_separate_processes_forked_by_one_launcher_not_by_the_jvm() {
        Backend posix = start(new PosixAgentProvider());
        AgentCaller first = (AgentCaller) posix.newCaller("P1");
        AgentCaller second = (AgentCaller) posix.newCaller("P2");
        assertThat(first.pid()).isNotEqualTo(second.pid());
        assertThat(parentOf(first)).isEqualTo(parentOf(second)).isNotEqualTo(ProcessHandle.current().pid()).isPositive();
        assertThat(first.rtkRtssAttach(1).status()).isEqualTo(NtStatus.STATUS_SUCCESS);
    }

    @Test
    void a_terminated_caller_is_killed_and_reaped_before_terminate_returns() {
        Backend posix = start(new PosixAgentProvider());
        AgentCaller caller = (AgentCaller) posix.newCaller("P1");
        long pid = caller.pid();
        assertThat(ProcessHandle.of(pid)).isPresent();
        caller.terminate();
        Optional<ProcessHandle> after = ProcessHandle.of(pid);
        assertThat(after.map(ProcessHandle::isAlive).orElse(false)).as("pid %d after terminate()", pid).isFalse();
    }

    @Test
    void with_the_fork_server_off_the_jvm_starts_each_caller() {
        System.setProperty(PROPERTY, "false");
        Backend posix = start(new PosixAgentProvider());
        AgentCaller caller = (AgentCaller) posix.newCaller("P1");
        assertThat(parentOf(caller)).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void a_value_that_is_not_a_boolean_makes_the_backend_unavailable_naming_the_property() {
        System.setProperty(PROPERTY, "sometimes");
        assertThat(new PosixAgentProvider().unavailableReason())
                .hasValueSatisfying(reason -> assertThat(reason).contains(PROPERTY).contains("'sometimes'"));
    }
}
