package org.rtkconformance.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rtkconformance.adapter.api.RtkConstants.SHM_MAP_READ;

import org.junit.jupiter.api.Test;
import org.rtkconformance.adapter.api.BackendFailureException;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.UnicodeString;

class IntrospectionTests {

    @Test
    void lookup_compares_names_as_open_does_and_ignores_invalid_names() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            a.create("shm", 64);
            a.caller.createNamedObject(a.inst, ObjectKind.MUTEX, UnicodeString.of("mtx"));

            assertThat(world.backend.introspection().lookup(UnicodeString.unterminated("shm"))).isPresent();
            assertThat(world.backend.introspection().lookup(UnicodeString.of("SHM"))).isEmpty();
            assertThat(world.backend.introspection().lookup(UnicodeString.of("a\\b"))).isEmpty();
            assertThat(world.backend.introspection().lookup(UnicodeString.of("mtx")))
                    .contains(new ObjectInfo(ObjectKind.MUTEX, UnicodeString.of("mtx"), 0, 1, 0));
        }
    }

    @Test
    void counts_are_per_caller_and_objects_are_listed_in_creation_order() {
        try (TestWorld world = TestWorld.defaults()) {
            TestWorld.Driver a = world.driver("A");
            TestWorld.Driver b = world.driver("B");
            a.create("one", 64);
            a.create("two", 64);
            b.open("one", SHM_MAP_READ);

            assertThat(world.handles(a)).isEqualTo(2);
            assertThat(world.views(a)).isEqualTo(2);
            assertThat(world.handles(b)).isEqualTo(1);
            assertThat(world.backend.introspection().liveObjects()).extracting(ObjectInfo::name)
                    .containsExactly(UnicodeString.of("one"), UnicodeString.of("two"));
        }
    }

    @Test
    void callers_of_another_session_are_refused() {
        try (TestWorld world = TestWorld.defaults(); TestWorld other = TestWorld.defaults()) {
            Caller stranger = other.backend.newCaller("stranger");

            assertThatThrownBy(() -> world.backend.introspection().openHandles(stranger))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Caller 'stranger' is not a caller of this reference session");
            assertThatThrownBy(() -> world.backend.introspection().mappedViews(null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void sessions_are_isolated_and_a_closed_session_refuses_everything() {
        TestWorld first = TestWorld.defaults();
        try (TestWorld second = TestWorld.defaults()) {
            TestWorld.Driver a = first.driver("A");
            a.create("shm", 64);
            assertThat(second.exists("shm")).isFalse();

            first.close();
            first.close();

            assertThatThrownBy(() -> a.open("shm", SHM_MAP_READ)).isInstanceOf(BackendFailureException.class)
                    .hasMessage("This reference session was closed; start a new one");
            assertThatThrownBy(() -> first.backend.introspection().liveObjects())
                    .isInstanceOf(BackendFailureException.class);
            assertThatThrownBy(() -> first.backend.newCaller("late")).isInstanceOf(BackendFailureException.class);
        }
    }
}
