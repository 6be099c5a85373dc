package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;
import static org.rtkconformance.adapter.api.RtkConstants.APC_LEVEL;
import static org.rtkconformance.adapter.api.RtkConstants.DISPATCH_LEVEL;
import static org.rtkconformance.adapter.api.RtkConstants.PASSIVE_LEVEL;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.reference.model.VerifierViolation;

class IrqlTests {

    @Test
    void a_call_above_passive_level_does_nothing_returns_unsuccessful_and_is_recorded_under_D23A() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.create("shm", 64);
            a.caller.setIrql(DISPATCH_LEVEL);

            assertThat(a.open("shm", SHM_MAP_WRITE).status()).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.caller.rtkRtssAttach(1).instance().value()).isEqualTo(RtssInst.ZERO);
            a.caller.setIrql(PASSIVE_LEVEL);

            assertThat(world.handles(a)).isEqualTo(1);
            assertThat(a.open("shm", SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(world.backend.verifierViolations()).containsExactly(
                    new VerifierViolation("A", "RtkOpenSharedMemory", DISPATCH_LEVEL),
                    new VerifierViolation("A", "RtkRtssAttach", DISPATCH_LEVEL));
            assertThat(world.backend.verifierViolations().get(0))
                    .hasToString("A called RtkOpenSharedMemory at IRQL 2 (the page requires PASSIVE_LEVEL)");
        }
    }

    @Test
    void the_status_is_invalid_parameter_under_D23B_and_the_call_proceeds_under_D23C() {
        try (TestWorld world = TestWorld.with("D-23.B")) {
            TestWorld.Driver a = world.driver("A");
            a.caller.setIrql(APC_LEVEL);
            assertThat(a.create("shm", 64).status()).isEqualTo(STATUS_INVALID_PARAMETER);
        }
        try (TestWorld world = TestWorld.with("D-23.C")) {
            TestWorld.Driver a = world.driver("A");
            a.caller.setIrql(APC_LEVEL);
            assertThat(a.create("shm", 64).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.caller.createNamedObject(a.inst, org.rtkconformance.adapter.api.ObjectKind.SEMAPHORE,
                    org.rtkconformance.adapter.api.UnicodeString.of("sem")).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(world.backend.verifierViolations()).extracting(VerifierViolation::call)
                    .containsExactly("RtkCreateSharedMemory", "RtkCreateSemaphore");
        }
    }

    @Test
    void an_irql_outside_0_to_15_is_a_harness_error() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            assertThatThrownBy(() -> a.caller.setIrql(16)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("An IRQL on x64 is 0 (PASSIVE_LEVEL) to 15 (HIGH_LEVEL), not 16");
            assertThatThrownBy(() -> a.caller.setIrql(-1)).isInstanceOf(IllegalArgumentException.class);
            a.caller.setIrql(15);
        }
    }
}
