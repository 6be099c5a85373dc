package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Out;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.ShutdownRoutine;

class AttachTests {

    @Test
    void attach_writes_a_non_zero_instance_unique_in_the_session() {
        try (TestWorld world = TestWorld.defaults()) {
            Caller a = world.backend.newCaller("A");
            Caller b = world.backend.newCaller("B");
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < 5; i++) {
                for (Caller caller : List.of(a, b)) {
                    AttachResult result = caller.rtkRtssAttach(1);
                    assertThat(result.status()).isEqualTo(STATUS_SUCCESS);
                    assertThat(result.instance().written()).isTrue();
                    assertThat(result.instance().value().value()).isNotZero();
                    assertThat(seen.add(result.instance().value().value())).isTrue();
                }
            }
        }
    }

    @Test
    void max_wfso_zero_fails_and_writes_zero() {
        try (TestWorld world = TestWorld.defaults()) {
            AttachResult result = world.backend.newCaller("A").rtkRtssAttach(0);

            assertThat(result.status()).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(result.instance()).isEqualTo(Out.written(RtssInst.ZERO));
        }
    }

    @Test
    void attach_ex_registers_a_routine_that_the_subsystem_stop_calls() {
        try (TestWorld world = TestWorld.defaults()) {
            Caller caller = world.backend.newCaller("A");
            List<Integer> reasons = new ArrayList<>();
            AttachResult ex = caller.rtkRtssAttachEx(4, reasons::add);
            AttachResult plain = caller.rtkRtssAttach(1);
            AttachResult withoutRoutine = caller.rtkRtssAttachEx(1, null);

            assertThat(ex.status()).isEqualTo(STATUS_SUCCESS);
            assertThat(withoutRoutine.status()).isEqualTo(STATUS_SUCCESS);
            world.backend.faults().inject(org.rtkconformance.adapter.api.Fault.RTSS_STOPPED);
            world.backend.faults().inject(org.rtkconformance.adapter.api.Fault.RTSS_STOPPED);
            world.backend.faults().clear();

            assertThat(reasons).containsExactly(ShutdownRoutine.SHTDN_REASON_RTX_SYSTEM_SHUTDOWN);
            assertThat(caller.rtkRtssDetach(ex.instance().value())).as("detached by the stop")
                    .isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(caller.rtkRtssDetach(plain.instance().value())).isEqualTo(STATUS_SUCCESS);
            assertThat(caller.rtkRtssDetach(withoutRoutine.instance().value())).isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void attach_ex_with_max_wfso_zero_fails_like_attach() {
        try (TestWorld world = TestWorld.defaults()) {
            AttachResult result = world.backend.newCaller("A").rtkRtssAttachEx(0, reason -> { });

            assertThat(result.status()).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(result.instance().value()).isEqualTo(RtssInst.ZERO);
        }
    }

    @Test
    void a_shutdown_routine_can_still_close_its_handles() {
        try (TestWorld world = TestWorld.defaults()) {
            Caller caller = world.backend.newCaller("A");
            RtssInst[] inst = new RtssInst[1];
            var created = new org.rtkconformance.adapter.api.SharedMemoryResult[1];
            inst[0] = caller.rtkRtssAttachEx(1, reason -> {
                caller.rtkUnMapSharedMemory(inst[0], created[0].location().value());
                caller.rtkCloseHandle(inst[0], created[0].handle().value());
            }).instance().value();
            created[0] = new TestWorld.Driver(caller, inst[0]).create("owned", 16);

            world.backend.faults().inject(org.rtkconformance.adapter.api.Fault.RTSS_STOPPED);

            assertThat(world.backend.introspection().liveObjects()).isEmpty();
            assertThat(world.handles(new TestWorld.Driver(caller, inst[0]))).isZero();
        }
    }

    @Test
    void a_detached_instance_is_invalid_afterwards_under_D22C() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            assertThat(a.create("x", 64).status().isSuccess()).isTrue();

            assertThat(a.caller.rtkRtssDetach(a.inst)).isEqualTo(STATUS_SUCCESS);

            assertThat(a.caller.rtkRtssDetach(a.inst)).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.open("x", SHM_MAP_WRITE).status()).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(world.handles(a)).as("D-16.B: detach reclaims nothing").isEqualTo(1);
        }
    }

    @Test
    void instances_are_checked_per_D22() {
        try (TestWorld world = TestWorld.with("D-22.B")) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            assertThat(a.caller.rtkRtssDetach(a.inst)).isEqualTo(STATUS_SUCCESS);
            assertThat(a.caller.rtkRtssDetach(a.inst)).as("detached stays usable").isEqualTo(STATUS_SUCCESS);
            assertThat(a.create("x", 64).status().isSuccess()).isTrue();
            assertThat(a.caller.rtkRtssDetach(b.inst)).as("issued to another caller").isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.caller.rtkRtssDetach(new RtssInst(0x1234))).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.caller.rtkRtssDetach(RtssInst.ZERO)).isEqualTo(STATUS_INVALID_PARAMETER);
        }
        try (TestWorld world = TestWorld.with("D-22.A")) {
            TestWorld.Driver a = world.driver("A");
            assertThat(a.caller.rtkRtssDetach(new RtssInst(0x1234))).isEqualTo(STATUS_SUCCESS);
            TestWorld.Driver forged = new TestWorld.Driver(a.caller, new RtssInst(0x1234));
            assertThat(forged.create("y", 64).status().isSuccess()).isTrue();
            assertThat(a.caller.rtkRtssDetach(RtssInst.ZERO)).isEqualTo(STATUS_INVALID_PARAMETER);
        }
    }

    @Test
    void attaching_more_than_once_per_driver_is_tolerated() {
        try (TestWorld world = TestWorld.defaults()) {
            Caller caller = world.backend.newCaller("A");
            assertThat(caller.rtkRtssAttach(1).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(caller.rtkRtssAttach(-1).status()).as("MaxWFSO 0xFFFFFFFF").isEqualTo(STATUS_SUCCESS);
        }
    }
}
