package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.Caller;

/** Every way an agent can misbehave ends as a BackendFailureException (UNRESOLVED) that says what happened. */
@Timeout(60)
class AgentFailureTests {

    private static AgentLaunch fake(String mode, Duration timeout) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = System.getProperty("rtk.agent.fakeAgentClasses", "target/test-classes");
        return new AgentLaunch(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classes,
                FakeAgent.class.getName(), mode), timeout);
    }

    private static Caller callerOf(String mode, Duration timeout) {
        AgentLaunch launch = fake(mode, timeout);
        AgentBackend backend = new AgentBackend(AgentHello.manifest("fake",
                AgentConnection.start("probe", launch, launch.serving("fake")).helloReply()), launch, "fake.s1", "t", null);
        return backend.newCaller("P1");
    }

    @Test
    void a_crash_is_unresolved_with_the_signal_and_the_stderr_tail() {
        Caller caller = callerOf("crash", Duration.ofSeconds(20));
        assertThatThrownBy(() -> caller.rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("exited before replying").hasMessageContaining("signal 9")
                .hasMessageContaining("about to die by SIGKILL").hasMessageContaining("ATTACH 1");
    }

    @Test
    void a_hang_is_unresolved_after_the_call_timeout() {
        Caller caller = callerOf("hang", Duration.ofMillis(700));
        long started = System.nanoTime();
        assertThatThrownBy(() -> caller.rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("did not reply within 700 ms").hasMessageContaining("fake agent: hanging");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void garbage_is_unresolved_and_quoted() {
        Caller caller = callerOf("garbage", Duration.ofSeconds(20));
        assertThatThrownBy(() -> caller.rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("replied with garbage").hasMessageContaining("this is not a reply");
    }

    @Test
    void an_early_exit_is_unresolved_with_the_exit_code() {
        Caller caller = callerOf("early-exit", Duration.ofSeconds(20));
        assertThatThrownBy(() -> caller.rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("exited before replying").hasMessageContaining("exit code 0")
                .hasMessageContaining("leaving early");
    }

    @Test
    void another_protocol_version_is_refused_at_the_greeting() {
        AgentLaunch launch = fake("wrong-version", Duration.ofSeconds(20));
        assertThatThrownBy(() -> AgentConnection.start("P1", launch, launch.serving("fake")))
                .isInstanceOf(BackendFailureException.class).hasMessageContaining("speaks protocol 'rtk-agent/2'");
    }

    @Test
    void an_agent_that_dies_before_greeting_is_unresolved() {
        AgentLaunch launch = fake("no-hello", Duration.ofSeconds(20));
        assertThatThrownBy(() -> AgentConnection.start("P1", launch, launch.serving("fake")))
                .isInstanceOf(BackendFailureException.class).hasMessageContaining("exit code 3")
                .hasMessageContaining("refusing to start");
    }

    @Test
    void a_reply_to_another_request_is_unresolved() {
        Caller caller = callerOf("wrong-id", Duration.ofSeconds(20));
        assertThatThrownBy(() -> caller.rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("with the id '999'");
    }

    @Test
    void an_endless_line_is_cut_off_not_buffered() {
        Caller caller = callerOf("flood", Duration.ofSeconds(20));
        assertThatThrownBy(() -> caller.rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("exceeded 4194304 bytes");
    }

    @Test
    void undecodable_fields_are_unresolved() {
        Caller caller = callerOf("bad-fields", Duration.ofSeconds(20));
        assertThatThrownBy(() -> caller.rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("cannot decode");
    }

    @Test
    void after_a_failure_the_caller_stays_broken_and_says_so() {
        Caller caller = callerOf("garbage", Duration.ofSeconds(20));
        assertThatThrownBy(() -> caller.rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class);
        assertThatThrownBy(() -> caller.rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class)
                .hasMessageContaining("no longer usable");
    }

    @Test
    void a_missing_program_makes_the_provider_unavailable_not_broken() {
        String before = System.getProperty(ConfiguredAgentProvider.COMMAND_PROPERTY);
        System.setProperty(ConfiguredAgentProvider.COMMAND_PROPERTY, "/nonexistent/agent --flag");
        try {
            ConfiguredAgentProvider provider = new ConfiguredAgentProvider();
            assertThat(provider.unavailableReason()).get().asString().contains("/nonexistent/agent");
            assertThat(provider.manifest().capabilities()).isEmpty();
            assertThatThrownBy(() -> provider.start(new org.rtkconformance.adapter.api.BackendContext("r", "s", Map.of())))
                    .isInstanceOf(BackendFailureException.class).hasMessageContaining("unavailable");
        } finally {
            if (before == null) {
                System.clearProperty(ConfiguredAgentProvider.COMMAND_PROPERTY);
            } else {
                System.setProperty(ConfiguredAgentProvider.COMMAND_PROPERTY, before);
            }
        }
    }

    @Test
    void a_configured_provider_without_a_command_explains_how_to_set_one() {
        assertThat(new ConfiguredAgentProvider().unavailableReason()).get().asString().contains("-Drtk.agent.command=");
    }
}
