package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_HANDLE;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_NO_MEMORY;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.Out;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

class CreateTests {

    @Test
    void create_makes_a_named_object_of_the_size_with_one_handle_and_one_view() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 5000);

            assertThat(created.status()).isEqualTo(STATUS_SUCCESS);
            assertThat(world.backend.introspection().lookup(UnicodeString.of("shm")))
                    .contains(new ObjectInfo(ObjectKind.SHARED_MEMORY, UnicodeString.of("shm"), 5000, 1, 1));
            assertThat(world.backend.memoryInUse()).isEqualTo(8192);
        }
    }

    @Test
    void create_of_an_existing_name_gives_the_existing_object_with_its_original_size() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            SharedMemoryResult first = a.create("shm", 100);
            a.write(first, 0, "kept");

            SharedMemoryResult second = b.create("shm", 9000);

            assertThat(second.status()).isEqualTo(STATUS_OBJECT_NAME_EXISTS);
            assertThat(b.readText(second, 0, 4)).isEqualTo("kept");
            assertThat(world.backend.introspection().lookup(UnicodeString.of("shm")).orElseThrow().size()).isEqualTo(100);
            assertThat(world.backend.introspection().liveObjects()).hasSize(1);
        }
        try (TestWorld world = TestWorld.with("D-24.A")) {
            TestWorld.Driver a = world.driver("A");
            a.create("shm", 100);
            assertThat(a.create("shm", 100).status()).isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void create_of_a_name_held_by_another_kind_gives_invalid_handle() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.caller.createNamedObject(a.inst, ObjectKind.SEMAPHORE, UnicodeString.of("sem"));
            a.create("shm", 64);

            assertThat(a.create("sem", 64)).isEqualTo(SharedMemoryResult.failed(STATUS_INVALID_HANDLE));
            assertThat(a.caller.createNamedObject(a.inst, ObjectKind.EVENT, UnicodeString.of("shm")).status())
                    .isEqualTo(STATUS_INVALID_HANDLE);
        }
    }

    @Test
    void a_null_name_creates_an_unnamed_object_each_time() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.create(CreateSharedMemoryCall.of(a.inst, 64, null));
            a.create(CreateSharedMemoryCall.of(a.inst, 64, null));
            assertThat(a.caller.createNamedObject(a.inst, ObjectKind.EVENT, null).status()).isEqualTo(STATUS_SUCCESS);

            assertThat(world.backend.introspection().liveObjects()).hasSize(3).extracting(ObjectInfo::name).containsOnlyNulls();
        }
    }

    @Test
    void argument_errors_are_refused_with_invalid_parameter() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            CreateSharedMemoryCall good = CreateSharedMemoryCall.of(a.inst, 64, UnicodeString.of("shm"));

            assertThat(a.create(good.withHandlePointer(false))).isEqualTo(SharedMemoryResult.failed(STATUS_INVALID_PARAMETER));
            assertThat(a.create(good.withLocationPointer(false)).status()).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.create(good.withMaximumSizeHigh(1)).status()).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.create(CreateSharedMemoryCall.of(a.inst, 0, UnicodeString.of("shm"))).status())
                    .isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.create(CreateSharedMemoryCall.of(RtssInst.ZERO, 64, UnicodeString.of("shm"))).status())
                    .isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(world.backend.introspection().liveObjects()).isEmpty();
        }
    }

    @Test
    void a_null_location_creates_without_a_view_under_D11B() {
        try (TestWorld world = TestWorld.with("D-11.B")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create(CreateSharedMemoryCall.of(a.inst, 64, UnicodeString.of("shm"))
                    .withLocationPointer(false));

            assertThat(created.status()).isEqualTo(STATUS_SUCCESS);
            assertThat(created.location()).isEqualTo(Out.untouched());
            assertThat(world.views(a)).isZero();
            assertThat(a.open("shm", SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void failures_write_nulls_under_D11D() {
        try (TestWorld world = TestWorld.with("D-11.D")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult failed = a.create(CreateSharedMemoryCall.of(a.inst, 0, UnicodeString.of("shm")));
            assertThat(failed.handle()).isEqualTo(Out.written(Handle.NULL));
            assertThat(failed.location()).isEqualTo(Out.written(Address.NULL));
            a.caller.createNamedObject(a.inst, ObjectKind.EVENT, UnicodeString.of("ev"));
            assertThat(a.caller.createNamedObject(a.inst, ObjectKind.MUTEX, UnicodeString.of("ev")).handle())
                    .isEqualTo(Out.written(Handle.NULL));
        }
    }

    @Test
    void sizes_beyond_the_memory_give_no_memory_and_freed_memory_is_reusable() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            assertThat(a.create("huge", 0xFFFF_FFFFL).status()).isEqualTo(STATUS_NO_MEMORY);
            SharedMemoryResult big = a.create("big", 48L << 20);
            assertThat(big.status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.create("more", 32L << 20).status()).isEqualTo(STATUS_NO_MEMORY);

            a.unmap(big);
            a.close(big);

            assertThat(world.backend.memoryInUse()).isZero();
            assertThat(a.create("more", 32L << 20).status()).isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void the_exact_size_is_allocated_under_D21A() {
        try (TestWorld world = TestWorld.with("D-21.A")) {
            world.driver("A").create("shm", 100);
            assertThat(world.backend.memoryInUse()).isEqualTo(100);
        }
    }

    @Test
    void shared_memory_is_not_a_kind_create_named_object_makes() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            assertThatThrownBy(() -> a.caller.createNamedObject(a.inst, ObjectKind.SHARED_MEMORY, UnicodeString.of("x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rtkCreateSharedMemory");
        }
    }

    @Test
    void named_objects_follow_the_name_rules_of_create() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            assertThat(a.caller.createNamedObject(a.inst, ObjectKind.EVENT, UnicodeString.of("a\\b")).status())
                    .isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.caller.createNamedObject(RtssInst.ZERO, ObjectKind.EVENT, UnicodeString.of("ev")).status())
                    .isEqualTo(STATUS_INVALID_PARAMETER);
        }
    }
}
