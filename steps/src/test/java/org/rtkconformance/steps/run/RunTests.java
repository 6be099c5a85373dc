package org.rtkconformance.steps.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.rtkconformance.adapter.api.ApiVersion;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CapabilityMissingException;
import org.rtkconformance.adapter.api.FaultInjection;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.Reading;

class RunTests {

    @Test
    void scenario_tags_are_read_by_kind() {
        ScenarioTags tags = ScenarioTags.of(List.of("@statement:OPEN-NAME-2", "@interpretation", "@reading:D-8.A",
                "@since:RTX64_2013_SP1", "@statement:CREATE-NAME-1", "@other"));

        assertThat(tags.statements()).containsExactly("OPEN-NAME-2", "CREATE-NAME-1");
        assertThat(tags.strength()).contains("interpretation");
        assertThat(tags.readings()).containsExactly(new Reading("D-8", "A"));
        assertThat(tags.since()).contains(ApiVersion.RTX64_2013_SP1);
    }

    @Test
    void a_malformed_tag_is_named() {
        assertThatThrownBy(() -> ScenarioTags.of(List.of("@reading:D-99.A")))
                .hasMessage("Malformed tag @reading:D-99.A: An ambiguity id is D-1 to D-24, not 'D-99'");
    }

    @Test
    void the_history_id_depends_on_the_backend() {
        URI uri = URI.create("classpath:org/rtkconformance/features/name.feature");

        assertThat(AllureHistoryId.of("reference", uri, 12, "s")).isNotEqualTo(AllureHistoryId.of("posix", uri, 12, "s"))
                .isEqualTo(AllureHistoryId.of("reference", uri, 12, "s")).hasSize(32);
    }

    @Test
    void a_missing_capability_anywhere_becomes_an_unsupported_abort() {
        Introspection missing = proxy(Introspection.class, (method, args) -> {
            throw new CapabilityMissingException(Capability.INTROSPECTION, "tiny");
        });
        Backend guarded = CapabilityGuard.guard(proxy(Backend.class, (method, args) ->
                method.getName().equals("introspection") ? missing : null));

        assertThatThrownBy(() -> guarded.introspection().liveObjects())
                .isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("UNSUPPORTED: INTROSPECTION (Backend 'tiny' does not declare the capability");
    }

    @Test
    void the_backend_receives_its_own_caller_back() {
        AtomicReference<Object> received = new AtomicReference<>();
        Caller original = proxy(Caller.class, (method, args) -> "A");
        Introspection introspection = proxy(Introspection.class, (method, args) -> {
            received.set(args[0]);
            return 0;
        });
        Backend guarded = CapabilityGuard.guard(proxy(Backend.class, (method, args) ->
                method.getName().equals("newCaller") ? original : method.getName().equals("introspection")
                        ? introspection : Set.of()));

        guarded.introspection().openHandles(guarded.newCaller("A"));

        assertThat(received.get()).isSameAs(original);
    }

    @Test
    void a_malformed_tag_fails_every_time_it_is_read() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> ScenarioTags.of(List.of("@since:RTX64_1999")))
                    .hasMessageStartingWith("Malformed tag @since:RTX64_1999: ");
        }
    }

    @Test
    void the_same_tags_read_twice_give_equal_tags() {
        List<String> tags = List.of("@statement:OPEN-NAME-2", "@reading:D-8.A");

        assertThat(ScenarioTags.of(new java.util.ArrayList<>(tags))).isEqualTo(ScenarioTags.of(tags))
                .isNotEqualTo(ScenarioTags.of(List.of("@statement:OPEN-NAME-2", "@reading:D-8.B")));
    }

    @Test
    void every_port_method_is_delegated_by_its_guard() {
        // A method a guard inherits (a new default method of the port) would skip the backend's own override.
        Map<Class<?>, Class<?>> guards = Map.of(Backend.class, GuardedBackend.class, Caller.class, GuardedCaller.class,
                Introspection.class, GuardedIntrospection.class, FaultInjection.class, GuardedFaultInjection.class);
        guards.forEach((port, guard) -> {
            for (Method method : port.getMethods()) {
                if (!Modifier.isStatic(method.getModifiers())) {
                    assertThat(declares(guard, method)).as("%s overrides %s", guard.getSimpleName(), method).isTrue();
                }
            }
        });
    }

    @Test
    void a_guard_hands_out_guarded_objects_and_equals_what_its_target_equals() {
        Caller original = proxy(Caller.class, (method, args) -> "A");
        FaultInjection faults = proxy(FaultInjection.class, (method, args) -> {
            throw new CapabilityMissingException(Capability.FAULT_INJECTION, "tiny");
        });
        Backend session = proxy(Backend.class, (method, args) -> method.getName().equals("newCaller") ? original
                : method.getName().equals("faults") ? faults : null);
        Backend guarded = CapabilityGuard.guard(session);
        Caller caller = guarded.newCaller("A");

        assertThat(caller).isInstanceOf(GuardedCaller.class);
        assertThat(caller.name()).isEqualTo("A");
        assertThat(caller.toString()).isEqualTo("A");
        assertThat(guarded.faults()).isInstanceOf(GuardedFaultInjection.class);
        assertThatThrownBy(() -> guarded.faults().clear()).isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("UNSUPPORTED: FAULT_INJECTION");
        assertThat(CapabilityGuard.unwrapped(caller)).isSameAs(original);
    }

    @Test
    void settings_are_read_once_per_test_run() {
        String key = "rtk.settings-test.limit";
        ConformanceRun run = ConformanceRun.current();
        try {
            System.setProperty(key, "1");
            run.startTestRun();
            assertThat(run.settings("settings-test")).containsExactly(Map.entry("limit", "1"));
            System.setProperty(key, "2");
            assertThat(run.settings("settings-test")).containsExactly(Map.entry("limit", "1"));
            run.startTestRun();
            assertThat(run.settings("settings-test")).containsExactly(Map.entry("limit", "2"));
        } finally {
            System.clearProperty(key);
            run.startTestRun();
        }
    }

    private static boolean declares(Class<?> guard, Method method) {
        try {
            return guard.getDeclaredMethod(method.getName(), method.getParameterTypes()).getDeclaringClass() == guard;
        } catch (NoSuchMethodException missing) {
            return false;
        }
    }

    private interface Body {
        Object answer(java.lang.reflect.Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Body body) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> body.answer(method, args)));
    }
}
