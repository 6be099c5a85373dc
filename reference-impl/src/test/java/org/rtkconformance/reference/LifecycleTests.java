package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_READ;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.MemoryAccess.Outcome;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

class LifecycleTests {

    @Test
    void the_last_close_destroys_the_object_and_a_later_open_fails() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult opened = b.open("shm", SHM_MAP_WRITE);

            assertThat(a.unmap(created)).isEqualTo(STATUS_SUCCESS);
            assertThat(a.close(created)).isEqualTo(STATUS_SUCCESS);
            assertThat(world.exists("shm")).as("the opener still holds it").isTrue();
            assertThat(b.unmap(opened)).isEqualTo(STATUS_SUCCESS);
            assertThat(b.close(opened)).isEqualTo(STATUS_SUCCESS);

            assertThat(world.exists("shm")).isFalse();
            assertThat(a.open("shm", SHM_MAP_WRITE).status()).isEqualTo(STATUS_UNSUCCESSFUL);
        }
    }

    @Test
    void re_creating_after_destruction_gives_a_fresh_zeroed_object_of_the_new_size() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult first = a.create("shm", 64);
            a.write(first, 0, "old");
            a.unmap(first);
            a.close(first);

            SharedMemoryResult second = a.create("shm", 8192);

            assertThat(second.status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.read(second, 0, 3).data()).containsExactly(0, 0, 0);
            assertThat(world.backend.introspection().lookup(UnicodeString.of("shm")).orElseThrow().size()).isEqualTo(8192);
        }
    }

    @Test
    void a_double_close_gives_unsuccessful_and_null_gives_invalid_parameter() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult opened = a.open("shm", SHM_MAP_WRITE);

            assertThat(a.close(opened)).isEqualTo(STATUS_SUCCESS);
            assertThat(a.close(opened)).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.close(new Handle(0x7777_0000L))).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.close(Handle.NULL)).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.caller.rtkCloseHandle(RtssInst.ZERO, created.handle().value())).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(world.handles(a)).isEqualTo(1);
        }
    }

    @Test
    void a_caller_cannot_close_another_callers_handle() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            SharedMemoryResult created = a.create("shm", 64);

            assertThat(b.close(created)).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(world.handles(a)).isEqualTo(1);
        }
    }

    @Test
    void events_and_other_kinds_close_like_shared_memory() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            Handle event = a.caller.createNamedObject(a.inst, ObjectKind.EVENT, UnicodeString.of("ev")).handle().value();

            assertThat(a.close(event)).isEqualTo(STATUS_SUCCESS);
            assertThat(world.exists("ev")).isFalse();
        }
    }

    @Test
    void handle_values_are_unique_in_the_session_under_D19A_and_reused_under_D19B() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            SharedMemoryResult first = a.create("shm", 64);
            a.close(first);
            SharedMemoryResult second = a.create("shm", 64);
            SharedMemoryResult other = b.open("shm", SHM_MAP_READ);
            assertThat(second.handle().value()).isNotEqualTo(first.handle().value());
            assertThat(other.handle().value()).isNotEqualTo(second.handle().value());
            assertThat(first.handle().value().value() % 4).isZero();
        }
        try (TestWorld world = TestWorld.with("D-19.B")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult first = a.create("shm", 64);
            SharedMemoryResult second = a.open("shm", SHM_MAP_READ);
            a.close(first);
            SharedMemoryResult third = a.open("shm", SHM_MAP_READ);
            assertThat(first.handle().value()).isEqualTo(new Handle(4));
            assertThat(second.handle().value()).isEqualTo(new Handle(8));
            assertThat(third.handle().value()).isEqualTo(first.handle().value());
        }
    }

    @Test
    void closing_the_last_handle_unmaps_every_view_under_D15A() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult opened = b.open("shm", SHM_MAP_WRITE);
            b.close(opened);

            assertThat(b.read(opened, 0, 1).outcome()).as("b's view outlives b's handle while a holds one")
                    .isEqualTo(Outcome.OK);
            assertThat(a.close(created)).isEqualTo(STATUS_SUCCESS);

            assertThat(world.exists("shm")).isFalse();
            assertThat(a.read(created, 0, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(b.read(opened, 0, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(world.views(a) + world.views(b)).isZero();
            assertThat(a.unmap(created)).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(world.backend.memoryInUse()).isZero();
        }
    }

    @Test
    void views_keep_the_object_alive_under_D15B() {
        try (TestWorld world = TestWorld.with("D-15.B")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            a.write(created, 0, "kept");

            assertThat(a.close(created)).isEqualTo(STATUS_SUCCESS);

            assertThat(a.readText(created, 0, 4)).isEqualTo("kept");
            assertThat(world.backend.introspection().lookup(UnicodeString.of("shm")).orElseThrow().handleCount()).isZero();
            assertThat(a.unmap(created)).isEqualTo(STATUS_SUCCESS);
            assertThat(world.exists("shm")).isFalse();
            assertThat(world.backend.introspection().liveObjects()).isEmpty();
        }
    }

    @Test
    void close_is_refused_while_the_view_is_mapped_under_D15C() {
        try (TestWorld world = TestWorld.with("D-15.C")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);

            assertThat(a.close(created)).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.unmap(created)).isEqualTo(STATUS_SUCCESS);
            assertThat(a.close(created)).isEqualTo(STATUS_SUCCESS);
            assertThat(world.exists("shm")).isFalse();
        }
    }

    @Test
    void close_releases_the_view_and_there_is_no_unmap_under_D14A() {
        try (TestWorld world = TestWorld.with("D-14.A")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult opened = a.open("shm", SHM_MAP_READ);

            assertThat(a.close(opened)).isEqualTo(STATUS_SUCCESS);

            assertThat(a.read(opened, 0, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(a.read(created, 0, 1).outcome()).isEqualTo(Outcome.OK);
            assertThatThrownBy(() -> a.unmap(created)).isInstanceOf(CapabilityMissingException.class);
            assertThat(a.close(created)).isEqualTo(STATUS_SUCCESS);
            assertThat(world.views(a)).isZero();
        }
    }

    @Test
    void views_live_until_detach_under_D14C() {
        try (TestWorld world = TestWorld.with("D-14.C")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult opened = a.open("shm", SHM_MAP_READ);
            a.close(opened);
            assertThat(a.read(opened, 0, 1).outcome()).isEqualTo(Outcome.OK);

            assertThat(a.caller.rtkRtssDetach(a.inst)).isEqualTo(STATUS_SUCCESS);

            assertThat(world.views(a)).isZero();
            assertThat(world.handles(a)).isEqualTo(1);
            assertThat(a.read(created, 0, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
        }
    }

    @Test
    void a_re_open_gives_a_fresh_view_under_D18A_and_reuses_it_under_D18B() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.create("shm", 64);
            assertThat(a.open("shm", SHM_MAP_READ).location()).isNotEqualTo(a.open("shm", SHM_MAP_READ).location());
        }
        try (TestWorld world = TestWorld.with("D-18.B")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult first = a.open("shm", SHM_MAP_READ);
            SharedMemoryResult second = a.open("shm", SHM_MAP_READ);
            SharedMemoryResult writer = a.open("shm", SHM_MAP_WRITE);

            assertThat(second.location()).isEqualTo(first.location());
            assertThat(writer.location()).isEqualTo(created.location());
            assertThat(world.views(a)).isEqualTo(2);
            assertThat(a.unmap(first)).isEqualTo(STATUS_SUCCESS);
            assertThat(a.read(second, 0, 1).outcome()).as("one mapping is left").isEqualTo(Outcome.OK);
            assertThat(a.unmap(second)).isEqualTo(STATUS_SUCCESS);
            assertThat(a.read(second, 0, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
        }
    }

    @Test
    void unmapping_what_is_not_a_mapped_view_base_gives_invalid_parameter() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            SharedMemoryResult created = a.create("shm", 64);
            Address base = created.location().value();

            assertThat(a.unmap(new Address(base.value() + 8))).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.unmap(Address.NULL)).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(b.unmap(base)).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.caller.rtkUnMapSharedMemory(RtssInst.ZERO, base)).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.unmap(base)).isEqualTo(STATUS_SUCCESS);
            assertThat(a.unmap(base)).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(world.exists("shm")).as("unmapping does not close").isTrue();
        }
    }

    @Test
    void reference_counts_follow_every_open_and_close() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult[] opens = new SharedMemoryResult[6];
            for (int i = 0; i < opens.length; i++) {
                opens[i] = (i % 2 == 0 ? a : b).open("shm", SHM_MAP_READ);
            }
            assertThat(world.backend.introspection().lookup(UnicodeString.of("shm")).orElseThrow().handleCount()).isEqualTo(7);
            assertThat(world.backend.introspection().lookup(UnicodeString.of("shm")).orElseThrow().viewCount()).isEqualTo(7);
            assertThat(a.close(created)).as("the creator closes first").isEqualTo(STATUS_SUCCESS);
            for (int i = 0; i < opens.length; i++) {
                TestWorld.Driver owner = i % 2 == 0 ? a : b;
                owner.unmap(opens[i]);
                assertThat(world.exists("shm")).isTrue();
                owner.close(opens[i]);
            }
            assertThat(world.exists("shm")).isFalse();
        }
    }
}
