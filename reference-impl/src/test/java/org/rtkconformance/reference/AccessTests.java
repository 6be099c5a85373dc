package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;
import static org.rtkconformance.adapter.api.RtkConstants.PAGE_EXECUTE_READ;
import static org.rtkconformance.adapter.api.RtkConstants.PAGE_READONLY;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_ALL_ACCESS;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_READ;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.MemoryAccess.Outcome;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;

class AccessTests {

    @Test
    void a_write_through_one_view_is_read_through_every_view_of_every_caller() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            SharedMemoryResult created = a.create("shm", 4096);
            SharedMemoryResult second = a.open("shm", SHM_MAP_WRITE);
            SharedMemoryResult reader = b.open("shm", SHM_MAP_READ);

            assertThat(b.open("shm", SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.write(created, 100, "hello").outcome()).isEqualTo(Outcome.OK);

            assertThat(a.readText(second, 100, 5)).isEqualTo("hello");
            assertThat(b.readText(reader, 100, 5)).isEqualTo("hello");
            assertThat(second.location().value()).isNotEqualTo(created.location().value());
        }
    }

    @Test
    void a_new_object_is_zero_filled() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 10000);

            assertThat(a.read(created, 0, 10000).data()).containsOnly(0);
        }
    }

    @Test
    void a_write_through_a_read_only_view_is_an_access_violation_under_D1B() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult reader = a.open("shm", SHM_MAP_READ);

            MemoryAccess write = a.write(reader, 0, "x");

            assertThat(write.outcome()).isEqualTo(Outcome.ACCESS_VIOLATION);
            assertThat(write.detail()).contains("read-only view");
            assertThat(a.read(created, 0, 1).data()).containsExactly(0);
        }
    }

    @Test
    void every_view_is_writable_under_D1A() {
        try (TestWorld world = TestWorld.with("D-1.A")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            SharedMemoryResult reader = a.open("shm", SHM_MAP_READ);

            assertThat(a.write(reader, 0, "x").outcome()).isEqualTo(Outcome.OK);
            assertThat(a.readText(created, 0, 1)).isEqualTo("x");
        }
    }

    @Test
    void other_access_values_map_per_D4B_and_D4C() {
        try (TestWorld world = TestWorld.with("D-4.B")) {
            TestWorld.Driver a = world.driver("A");
            a.create("shm", 64);
            assertThat(a.write(a.open("shm", SHM_MAP_ALL_ACCESS), 0, "x").outcome()).isEqualTo(Outcome.OK);
            assertThat(a.write(a.open("shm", 0), 0, "x").outcome()).isEqualTo(Outcome.ACCESS_VIOLATION);
        }
        try (TestWorld world = TestWorld.with("D-4.C")) {
            TestWorld.Driver a = world.driver("A");
            a.create("shm", 64);
            assertThat(a.write(a.open("shm", 0), 0, "x").outcome()).isEqualTo(Outcome.OK);
            assertThat(a.write(a.open("shm", SHM_MAP_READ), 0, "x").outcome()).isEqualTo(Outcome.ACCESS_VIOLATION);
        }
    }

    /**
     * What public client programs of the user-mode twin do (docs/INTERPRETATIONS.md, D-4): create with Protect
     * 0, 2, 3 or 4 and InheritHandle FALSE, test the create's status for an existing object, and open with
     * DesiredAccess 3 or 4, expecting a writable view. The default readings serve every one of them.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 2, 3, 4})
    void the_defaults_serve_what_real_callers_pass(int protect) {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            CreateSharedMemoryCall create = CreateSharedMemoryCall.of(a.inst, 64, UnicodeString.of("client")).withProtect(protect);
            assertThat(a.create(create).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(b.create(CreateSharedMemoryCall.of(b.inst, 64, UnicodeString.of("client")).withProtect(protect)).status())
                    .as("create-then-test-for-existing").isEqualTo(org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS);
            for (int access : new int[] {SHM_MAP_ALL_ACCESS, 4}) {
                SharedMemoryResult opened = b.open("client", access);
                assertThat(opened.status()).as("DesiredAccess %d", access).isEqualTo(STATUS_SUCCESS);
                assertThat(b.write(opened, 0, "client writes").outcome()).as("DesiredAccess %d", access).isEqualTo(Outcome.OK);
            }
        }
    }

    @Test
    void the_creation_protection_is_vacuous_under_D3A_and_checked_under_D3B() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create(CreateSharedMemoryCall.of(a.inst, 64, UnicodeString.of("ro"))
                    .withProtect(PAGE_READONLY));
            assertThat(a.write(created, 0, "creator writes").outcome()).as("[S4] read and write").isEqualTo(Outcome.OK);
            assertThat(a.open("ro", SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
        }
        try (TestWorld world = TestWorld.with("D-3.B")) {
            TestWorld.Driver a = world.driver("A");
            a.create(CreateSharedMemoryCall.of(a.inst, 64, UnicodeString.of("ro")).withProtect(PAGE_READONLY));
            a.create(CreateSharedMemoryCall.of(a.inst, 64, UnicodeString.of("xr")).withProtect(PAGE_EXECUTE_READ));
            assertThat(a.open("ro", SHM_MAP_WRITE).status()).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.open("ro", SHM_MAP_READ).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.open("xr", SHM_MAP_READ).status()).isEqualTo(STATUS_UNSUCCESSFUL);
        }
        try (TestWorld world = TestWorld.with("D-3.B,D-4.C")) {
            TestWorld.Driver a = world.driver("A");
            a.create(CreateSharedMemoryCall.of(a.inst, 64, UnicodeString.of("ro")).withProtect(PAGE_READONLY));
            assertThat(a.open("ro", SHM_MAP_READ).status()).as("SHM_MAP_READ keeps asking for read only")
                    .isEqualTo(STATUS_SUCCESS);
            assertThat(a.open("ro", 0).status()).as("0 is ignored: read-write").isEqualTo(STATUS_UNSUCCESSFUL);
        }
        try (TestWorld world = TestWorld.with("D-3.B,D-2.B")) {
            TestWorld.Driver a = world.driver("A");
            a.create(CreateSharedMemoryCall.of(a.inst, 64, UnicodeString.of("xr")).withProtect(PAGE_EXECUTE_READ));
            assertThat(a.open("xr", SHM_MAP_READ).status()).isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void addresses_outside_every_view_are_not_mapped() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            SharedMemoryResult created = a.create("shm", 64);
            Address base = created.location().value();

            assertThat(a.caller.read(base, -1, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(a.caller.read(Address.NULL, 0, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(a.caller.read(base, Long.MAX_VALUE, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(a.caller.write(base, 4096, new byte[1]).outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(b.caller.read(base, 0, 1).outcome()).as("another caller's address").isEqualTo(Outcome.NOT_MAPPED);
            assertThat(b.caller.read(base, 0, 1).detail()).contains("no view of B contains");
            assertThat(a.caller.read(base, 0, 0).outcome()).isEqualTo(Outcome.OK);
        }
    }

    @Test
    void a_view_spans_whole_pages_under_D21B_and_exactly_the_size_under_D21A() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 100);
            assertThat(a.read(created, 100, 3996).outcome()).isEqualTo(Outcome.OK);
            assertThat(a.read(created, 100, 3997).outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(a.read(created, 4096, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
        }
        try (TestWorld world = TestWorld.with("D-21.A")) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 100);
            assertThat(a.read(created, 0, 100).outcome()).isEqualTo(Outcome.OK);
            MemoryAccess past = a.read(created, 99, 2);
            assertThat(past.outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(past.detail()).contains("run past the 100 accessible bytes");
            assertThat(a.write(created, 96, "12345").outcome()).isEqualTo(Outcome.NOT_MAPPED);
            assertThat(a.read(created, 100, 1).outcome()).isEqualTo(Outcome.NOT_MAPPED);
        }
    }

    @Test
    void a_negative_read_length_is_a_harness_error() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            assertThatThrownBy(() -> a.read(created, 0, -1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a read length is not negative: -1");
        }
    }

    @Test
    void written_bytes_are_copied_so_the_caller_can_reuse_its_array() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            SharedMemoryResult created = a.create("shm", 64);
            byte[] data = {1, 2, 3};
            a.caller.write(created.location().value(), 0, data);
            data[0] = 9;
            assertThat(a.read(created, 0, 3).data()).containsExactly(1, 2, 3);
        }
    }
}
