package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_READ;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.MemoryAccess.Outcome;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

/** Readings that meet: how lifetime decisions combine with each other. */
class LifecycleCombinationsTests {

    @Test
    void an_unnamed_object_is_destroyed_at_its_last_close() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult unnamed = a.create(CreateSharedMemoryCall.of(a.inst, 64, null));

            assertThat(a.close(unnamed)).isEqualTo(STATUS_SUCCESS);

            assertThat(world.backend.introspection().liveObjects()).isEmpty();
            assertThat(world.backend.memoryInUse()).isZero();
        }
    }

    @Test
    void close_under_D14A_releases_nothing_when_the_open_mapped_nothing_or_the_view_is_gone() {
        try (TestWorld world = TestWorld.with("D-14.A,D-11.B")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult bare = a.open(a.openCall(SHM_MAP_WRITE, UnicodeString.of("shm")).withLocationPointer(false));

            assertThat(a.close(bare)).isEqualTo(STATUS_SUCCESS);
            assertThat(a.read(created, 0, 1).outcome()).isEqualTo(Outcome.OK);
            a.caller.terminate();
            assertThat(world.backend.introspection().liveObjects()).isEmpty();
        }
    }

    @Test
    void detach_under_D14C_releases_only_the_views_of_that_instance() {
        try (TestWorld world = TestWorld.with("D-14.C")) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver second = new TestWorld.Driver(a.caller, a.caller.rtkRtssAttach(1).instance().value());
            SharedMemoryResult first = a.create("first", 64);
            SharedMemoryResult kept = second.create("second", 64);

            a.caller.rtkRtssDetach(a.inst);

            assertThat(a.read(first, 0, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(second.read(kept, 0, 1).outcome()).isEqualTo(Outcome.OK);
        }
    }

    @Test
    void under_D15B_the_object_lives_until_its_last_view_goes() {
        try (TestWorld world = TestWorld.with("D-15.B")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult opened = a.open("shm", SHM_MAP_READ);
            a.close(created);
            a.close(opened);

            assertThat(a.unmap(created)).isEqualTo(STATUS_SUCCESS);
            assertThat(world.exists("shm")).isTrue();
            assertThat(a.unmap(opened)).isEqualTo(STATUS_SUCCESS);
            assertThat(world.exists("shm")).isFalse();
        }
    }

    @Test
    void under_D15C_handles_without_a_view_close_at_once() {
        try (TestWorld world = TestWorld.with("D-15.C")) {
            TestWorld.Driver a = world.driver("A");
            Handle event = a.caller.createNamedObject(a.inst, ObjectKind.EVENT, UnicodeString.of("ev")).handle().value();

            assertThat(a.close(event)).isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void under_D18B_views_are_reused_per_object() {
        try (TestWorld world = TestWorld.with("D-18.B")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult one = a.create("one", 64);
            SharedMemoryResult two = a.create("two", 64);

            assertThat(a.open("two", SHM_MAP_WRITE).location()).isEqualTo(two.location()).isNotEqualTo(one.location());
        }
    }
}
