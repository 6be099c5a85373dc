package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.MemoryAccess.Outcome;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

class TerminationTests {

    @Test
    void terminating_a_caller_closes_its_handles_and_unmaps_its_views_and_nobody_elses() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            a.create("a-only", 64);
            SharedMemoryResult shared = a.create("shared", 64);
            SharedMemoryResult bView = b.open("shared", SHM_MAP_WRITE);
            b.create("b-only", 64);

            a.caller.terminate();

            assertThat(world.handles(a)).isZero();
            assertThat(world.views(a)).isZero();
            assertThat(world.exists("a-only")).isFalse();
            assertThat(world.exists("shared")).isTrue();
            assertThat(world.exists("b-only")).isTrue();
            assertThat(world.handles(b)).isEqualTo(2);
            assertThat(b.read(bView, 0, 1).outcome()).isEqualTo(Outcome.OK);
            assertThat(world.backend.introspection().lookup(UnicodeString.of("shared")).orElseThrow().handleCount())
                    .isEqualTo(1);
            assertThat(shared.status()).isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void a_terminated_caller_makes_no_more_calls_but_keeps_its_name() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.caller.terminate();

            assertThat(a.caller.name()).isEqualTo("A");
            assertThat(a.caller).hasToString("reference caller A");
            assertThatThrownBy(() -> a.open("x", SHM_MAP_WRITE)).isInstanceOf(BackendFailureException.class)
                    .hasMessage("Caller 'A' was terminated; a terminated caller makes no more calls");
            assertThatThrownBy(a.caller::terminate).isInstanceOf(BackendFailureException.class);
            assertThatThrownBy(() -> a.caller.rtkRtssAttach(1)).isInstanceOf(BackendFailureException.class);
        }
    }

    @Test
    void a_terminated_callers_attach_ex_routine_is_not_called_at_shutdown() {
        try (TestWorld world = TestWorld.defaults()) {
            var caller = world.backend.newCaller("A");
            int[] calls = new int[1];
            caller.rtkRtssAttachEx(1, reason -> calls[0]++);
            caller.terminate();

            world.backend.faults().inject(Fault.RTSS_STOPPED);

            assertThat(calls[0]).isZero();
        }
    }

    @Test
    void detach_reclaims_what_was_made_through_the_instance_under_D16A() {
        try (TestWorld world = TestWorld.with("D-16.A")) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver second = new TestWorld.Driver(a.caller, a.caller.rtkRtssAttach(1).instance().value());
            a.create("first", 64);
            second.create("second", 64);

            assertThat(a.caller.rtkRtssDetach(a.inst)).isEqualTo(STATUS_SUCCESS);

            assertThat(world.exists("first")).isFalse();
            assertThat(world.exists("second")).isTrue();
            assertThat(world.handles(a)).isEqualTo(1);
            assertThat(world.views(a)).isEqualTo(1);
        }
    }

    @Test
    void subsystem_shutdown_reclaims_every_callers_handles_under_D16C() {
        try (TestWorld world = TestWorld.with("D-16.C")) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            a.create("x", 64);
            b.create("y", 64);

            world.backend.faults().inject(Fault.RTSS_STOPPED);

            assertThat(world.backend.introspection().liveObjects()).isEmpty();
            assertThat(world.handles(a) + world.handles(b) + world.views(a) + world.views(b)).isZero();
        }
        try (TestWorld world = TestWorld.defaults()) {
            world.driver("A").create("x", 64);
            world.backend.faults().inject(Fault.RTSS_STOPPED);
            assertThat(world.backend.introspection().liveObjects()).as("D-16.B: a stop reclaims nothing").hasSize(1);
        }
    }

    @Test
    void termination_leaks_under_D16D() {
        try (TestWorld world = TestWorld.with("D-16.D")) {
            TestWorld.Driver a = world.driver("A");
            a.create("x", 64);

            a.caller.terminate();

            assertThat(world.exists("x")).isTrue();
            assertThat(world.handles(a)).isEqualTo(1);
            assertThat(world.views(a)).isEqualTo(1);
        }
    }
}
