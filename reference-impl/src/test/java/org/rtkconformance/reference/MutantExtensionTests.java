package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_NOT_FOUND;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_READ;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_WRITE;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.BackendContext;
import org.rtkconformance.adapter.api.MemoryAccess.Outcome;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.reference.rules.Failure;
import org.rtkconformance.reference.rules.NameKey;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.reference.rules.ReferenceRules;

/** A mutant is one overridden rule: it changes exactly that behaviour and leaves the rest of the model alone. */
class MutantExtensionTests {

    private static TestWorld mutant(ReferenceRules rules) {
        return new TestWorld(ReferenceBackendProvider.withRules("mutant", rules)
                .start(new BackendContext("run", "scenario", Map.of())));
    }

    @Test
    void a_case_blind_mutant_opens_names_of_any_case_and_nothing_else_changes() {
        ReferenceRules caseBlind = new ReferenceRules(Readings.defaults()) {
            @Override
            public NameKey nameKey(char[] units) {
                return new NameKey(new String(units).toLowerCase(Locale.ROOT));
            }
        };
        try (TestWorld world = mutant(caseBlind)) {
            TestWorld.Driver a = world.driver("A");
            a.create("Shared", 64);
            assertThat(a.open("SHARED", SHM_MAP_WRITE).status()).isEqualTo(STATUS_SUCCESS);
            assertThat(a.open("missing", SHM_MAP_WRITE).status()).isEqualTo(STATUS_UNSUCCESSFUL);
            assertThat(a.open("x".repeat(261), SHM_MAP_WRITE).status()).isEqualTo(STATUS_INVALID_PARAMETER);
        }
    }

    @Test
    void a_status_mutant_changes_one_status() {
        ReferenceRules notFound = new ReferenceRules(Readings.defaults()) {
            @Override
            public NtStatus status(Failure failure) {
                return failure == Failure.NOT_FOUND ? STATUS_OBJECT_NAME_NOT_FOUND : super.status(failure);
            }
        };
        try (TestWorld world = mutant(notFound)) {
            TestWorld.Driver a = world.driver("A");
            assertThat(a.open("missing", SHM_MAP_WRITE).status()).isEqualTo(STATUS_OBJECT_NAME_NOT_FOUND);
            assertThat(a.open(a.openCall(SHM_MAP_WRITE, null)).status()).isEqualTo(STATUS_INVALID_PARAMETER);
        }
    }

    @Test
    void a_writable_read_view_mutant_breaks_only_the_read_only_view() {
        ReferenceRules writable = new ReferenceRules(Readings.parse("D-4.A", "test")) {
            @Override
            public boolean mapsWritableView(int desiredAccess) {
                return true;
            }
        };
        try (TestWorld world = mutant(writable)) {
            TestWorld.Driver a = world.driver("A");
            a.create("shm", 64);
            SharedMemoryResult reader = a.open("shm", SHM_MAP_READ);
            assertThat(a.write(reader, 0, "x").outcome()).isEqualTo(Outcome.OK);
            assertThat(a.open("shm", 7).status()).isEqualTo(STATUS_INVALID_PARAMETER);
        }
    }

    @Test
    void a_leaking_mutant_keeps_objects_after_termination() {
        ReferenceRules leaky = new ReferenceRules(Readings.defaults()) {
            @Override
            public boolean terminationReclaims() {
                return false;
            }
        };
        try (TestWorld world = mutant(leaky)) {
            TestWorld.Driver a = world.driver("A");
            a.create("shm", 64);
            a.caller.terminate();
            assertThat(world.exists("shm")).isTrue();
        }
    }
}
