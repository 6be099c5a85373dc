package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_NO_MEMORY;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_NO_SUCH_DEVICE;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

class FaultTests {

    @Test
    void a_stopped_subsystem_answers_every_call_with_no_such_device_until_cleared() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            world.backend.faults().inject(Fault.RTSS_STOPPED);

            AttachResult attach = a.caller.rtkRtssAttach(1);
            assertThat(attach.status()).isEqualTo(STATUS_NO_SUCH_DEVICE);
            assertThat(attach.instance().value()).isEqualTo(RtssInst.ZERO);
            assertThat(a.open("shm", SHM_MAP_WRITE).status()).isEqualTo(STATUS_NO_SUCH_DEVICE);
            assertThat(a.create("other", 64).status()).isEqualTo(STATUS_NO_SUCH_DEVICE);
            assertThat(a.unmap(created)).isEqualTo(STATUS_NO_SUCH_DEVICE);
            assertThat(a.close(created)).isEqualTo(STATUS_NO_SUCH_DEVICE);
            assertThat(a.caller.rtkRtssDetach(a.inst)).isEqualTo(STATUS_NO_SUCH_DEVICE);
            assertThat(a.caller.createNamedObject(a.inst, ObjectKind.EVENT, UnicodeString.of("ev")).status())
                    .isEqualTo(STATUS_NO_SUCH_DEVICE);

            world.backend.faults().clear();

            assertThat(a.open("shm", SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void exhausted_memory_fails_open_and_create_but_nothing_else() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            world.backend.faults().inject(Fault.MEMORY_EXHAUSTED);

            assertThat(a.open("shm", SHM_MAP_WRITE)).isEqualTo(SharedMemoryResult.failed(STATUS_NO_MEMORY));
            assertThat(a.create("new", 64).status()).isEqualTo(STATUS_NO_MEMORY);
            assertThat(a.create("shm", 64).status()).as("even opening the existing one").isEqualTo(STATUS_NO_MEMORY);
            assertThat(a.caller.createNamedObject(a.inst, ObjectKind.EVENT, UnicodeString.of("ev")).status())
                    .isEqualTo(STATUS_SUCCESS);
            assertThat(a.unmap(created)).isEqualTo(STATUS_SUCCESS);
            assertThat(a.close(created)).isEqualTo(STATUS_SUCCESS);
            assertThat(world.backend.introspection().liveObjects()).hasSize(1);
        }
    }

    @Test
    void an_internal_failure_fails_every_call_after_its_checks_without_effect() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            world.backend.faults().inject(Fault.INTERNAL_FAILURE);

            assertThat(a.caller.rtkRtssAttach(1).status()).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.create("new", 64).status()).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.unmap(created)).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.close(created)).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.caller.rtkRtssDetach(a.inst)).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.caller.createNamedObject(a.inst, ObjectKind.EVENT, UnicodeString.of("ev")).status())
                    .isEqualTo(STATUS_UNSUCCESSFUL);
            world.backend.faults().clear();

            assertThat(world.handles(a)).isEqualTo(1);
            assertThat(world.views(a)).isEqualTo(1);
            assertThat(world.backend.introspection().liveObjects()).hasSize(1);
            assertThat(a.close(created)).isEqualTo(STATUS_SUCCESS);
        }
    }
}
