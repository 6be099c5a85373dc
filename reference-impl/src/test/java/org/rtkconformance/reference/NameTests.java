package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_NAME_TOO_LONG;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_INVALID;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.UnicodeString;

class NameTests {

    @ParameterizedTest
    @ValueSource(ints = {255, 256, 257, 259, 260})
    void names_up_to_260_code_units_open(int units) {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            String name = "x".repeat(units);
            assertThat(a.create(name, 64).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.open(name, SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void a_name_of_261_code_units_is_refused_by_open_and_create() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            String name = "x".repeat(261);
            assertThat(a.create(name, 64).status()).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.open(name, SHM_MAP_WRITE).status()).isEqualTo(STATUS_INVALID_PARAMETER);
        }
        try (TestWorld world = TestWorld.with("D-8.D")) {
            assertThat(world.driver("A").open("x".repeat(261), SHM_MAP_WRITE).status()).isEqualTo(STATUS_NAME_TOO_LONG);
        }
    }

    @Test
    void truncated_names_collide_under_D8E() {
        try (TestWorld world = TestWorld.with("D-8.E")) {
            TestWorld.Driver a = world.driver("A");
            assertThat(a.create("x".repeat(260) + "-one", 64).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.open("x".repeat(260) + "-two", SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(world.backend.introspection().liveObjects()).extracting(ObjectInfo::name)
                    .containsExactly(UnicodeString.of("x".repeat(260)));
        }
    }

    @Test
    void names_are_case_sensitive() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.create("Shared", 64);
            assertThat(a.open("shared", SHM_MAP_WRITE).status()).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.create("SHARED", 64).status()).as("a distinct object").isEqualTo(STATUS_SUCCESS);
            assertThat(world.backend.introspection().liveObjects()).hasSize(2);
        }
    }

    @Test
    void canonically_equivalent_names_are_distinct_under_D13A_and_equal_under_D13B() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.create("caf\u00E9", 64);
            assertThat(a.open("cafe\u0301", SHM_MAP_WRITE).status()).isEqualTo(STATUS_UNSUCCESSFUL);
        }
        try (TestWorld world = TestWorld.with("D-13.B")) {
            TestWorld.Driver a = world.driver("A");
            a.create("caf\u00E9", 64);
            assertThat(a.open("cafe\u0301", SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\first", "in\\side", "last\\"})
    void a_backslash_is_refused_per_D12(String name) {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            assertThat(a.create(name, 64).status()).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.open(name, SHM_MAP_WRITE).status()).isEqualTo(STATUS_INVALID_PARAMETER);
        }
        try (TestWorld world = TestWorld.with("D-12.B")) {
            TestWorld.Driver a = world.driver("A");
            assertThat(a.create(name, 64).status()).isEqualTo(STATUS_INVALID_PARAMETER);
            assertThat(a.open(name, SHM_MAP_WRITE).status()).as("not found").isEqualTo(STATUS_UNSUCCESSFUL);
        }
        try (TestWorld world = TestWorld.with("D-12.D")) {
            assertThat(world.driver("A").open(name, SHM_MAP_WRITE).status()).isEqualTo(STATUS_OBJECT_NAME_INVALID);
        }
    }

    @Test
    void a_namespace_prefix_names_the_same_object_under_D12C() {
        try (TestWorld world = TestWorld.with("D-12.C")) {
            TestWorld.Driver a = world.driver("A");
            assertThat(a.create("Global\\shm", 64).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.open("shm", SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.open("Local\\shm", SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.open("Other\\shm", SHM_MAP_WRITE).status()).isEqualTo(STATUS_INVALID_PARAMETER);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "with space", "Gr\u00FC\u00DFe-\u540D\u524D", "\uD83D\uDE00", "nul\0inside", ".", ".."})
    void any_other_character_is_allowed(String name) {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            assertThat(a.create(name, 64).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.open(name, SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void an_embedded_nul_is_part_of_the_name_and_the_terminator_is_not() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.create("ab\0cd", 64);
            assertThat(a.open("ab", SHM_MAP_WRITE).status()).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.open(a.openCall(SHM_MAP_WRITE, UnicodeString.unterminated("ab\0cd"))).status())
                    .isEqualTo(STATUS_SUCCESS);
        }
    }

    @Test
    void malformed_strings_are_refused_under_D9A() {
        UnicodeString[] malformed = {
            UnicodeString.withLengths("abcd".toCharArray(), 3, 8),
            UnicodeString.withLengths("abcd".toCharArray(), 8, 4),
            UnicodeString.nullBuffer(4, 4),
            UnicodeString.of("")};
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.create("ab", 64);
            for (UnicodeString name : malformed) {
                assertThat(a.open(a.openCall(SHM_MAP_WRITE, name)).status()).as(name.describe())
                        .isEqualTo(STATUS_INVALID_PARAMETER);
                assertThat(a.create(CreateSharedMemoryCall.of(a.inst, 64, name)).status()).as(name.describe())
                        .isEqualTo(STATUS_INVALID_PARAMETER);
            }
        }
    }

    @Test
    void malformed_strings_are_read_from_the_whole_units_under_D9B() {
        try (TestWorld world = TestWorld.with("D-9.B")) {
            TestWorld.Driver a = world.driver("A");
            a.create("ab", 64);
            assertThat(a.open(a.openCall(SHM_MAP_WRITE, UnicodeString.withLengths("abcd".toCharArray(), 5, 8))).status())
                    .isEqualTo(STATUS_SUCCESS);
            assertThat(a.open(a.openCall(SHM_MAP_WRITE, UnicodeString.nullBuffer(4, 4))).status())
                    .as("an empty name is not found").isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.create(CreateSharedMemoryCall.of(a.inst, 64, UnicodeString.of(""))).status())
                    .as("an empty name creates an unnamed object").isEqualTo(STATUS_SUCCESS);
            assertThat(world.backend.introspection().liveObjects()).hasSize(2);
        }
    }

    @Test
    void the_same_name_is_one_object_across_kinds_and_callers() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            assertThat(a.caller.createNamedObject(a.inst, org.rtkconformance.adapter.api.ObjectKind.EVENT,
                    UnicodeString.of("ev")).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(b.caller.createNamedObject(b.inst, org.rtkconformance.adapter.api.ObjectKind.EVENT,
                    UnicodeString.of("ev")).status()).isEqualTo(STATUS_OBJECT_NAME_EXISTS);
            assertThat(b.caller.createNamedObject(b.inst, org.rtkconformance.adapter.api.ObjectKind.MUTEX,
                    UnicodeString.of("ev")).status()).isEqualTo(org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_HANDLE);
            assertThat(world.backend.introspection().lookup(UnicodeString.of("ev")).orElseThrow().handleCount())
                    .isEqualTo(2);
        }
    }
}
