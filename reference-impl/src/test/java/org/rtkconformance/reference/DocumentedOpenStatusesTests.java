package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.UnicodeString;

/** Each of the five failure codes the page lists for RtkOpenSharedMemory is reachable through a named condition. */
class DocumentedOpenStatusesTests {

    @Test
    void every_documented_failure_status_of_open_is_reachable_under_the_defaults() {
        Set<NtStatus> reached = new LinkedHashSet<>();
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.create("shm", 64);
            a.caller.createNamedObject(a.inst, ObjectKind.MUTEX, UnicodeString.of("mutex"));

            // STATUS_INVALID_PARAMETER: RtssInst 0 [S1].
            reached.add(a.open(a.openCall(SHM_MAP_WRITE, UnicodeString.of("shm")).withRtssInst(RtssInst.ZERO)).status());
            // STATUS_UNSUCCESSFUL: no object has the name (D-6.A).
            reached.add(a.open("nobody", SHM_MAP_WRITE).status());
            // STATUS_INVALID_HANDLE: the name is a mutex's (D-7.A).
            reached.add(a.open("mutex", SHM_MAP_WRITE).status());
            // STATUS_NO_MEMORY: mapping the view fails (D-17.A).
            world.backend.faults().inject(Fault.MEMORY_EXHAUSTED);
            reached.add(a.open("shm", SHM_MAP_WRITE).status());
            world.backend.faults().clear();
            // STATUS_NO_SUCH_DEVICE: the subsystem is not running (D-17.A).
            world.backend.faults().inject(Fault.RTSS_STOPPED);
            reached.add(a.open("shm", SHM_MAP_WRITE).status());
        }
        assertThat(reached).containsExactly(NtStatus.STATUS_INVALID_PARAMETER, NtStatus.STATUS_UNSUCCESSFUL,
                NtStatus.STATUS_INVALID_HANDLE, NtStatus.STATUS_NO_MEMORY, NtStatus.STATUS_NO_SUCH_DEVICE);
    }

    @Test
    void an_internal_failure_gives_unsuccessful_even_for_a_name_that_exists() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.create("shm", 64);
            world.backend.faults().inject(Fault.INTERNAL_FAILURE);

            assertThat(a.open("shm", SHM_MAP_WRITE).status()).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
            assertThat(world.handles(a)).isEqualTo(1);
        }
    }
}
