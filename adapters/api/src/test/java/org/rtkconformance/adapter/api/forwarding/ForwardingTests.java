package org.rtkconformance.adapter.api.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.FaultInjection;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.UnicodeString;
import org.junit.jupiter.api.Test;

/** The forwarding helpers pass calls on, let a subclass change one, and keep introspection about the real callers. */
class ForwardingTests {

    /** A caller whose every call is recorded by name; DETACH answers success. */
    private static Caller recording(String name, List<String> calls) {
        return (Caller) Proxy.newProxyInstance(Caller.class.getClassLoader(), new Class<?>[] {Caller.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals": return proxy == args[0];
                        case "hashCode": return System.identityHashCode(proxy);
                        default: break;
                    }
                    calls.add(name + "." + method.getName());
                    return switch (method.getName()) {
                        case "name" -> name;
                        case "rtkRtssDetach" -> NtStatus.STATUS_SUCCESS;
                        default -> null;
                    };
                });
    }

    @Test
    void a_forwarding_caller_passes_calls_on_and_a_subclass_changes_only_its_own() {
        List<String> calls = new ArrayList<>();
        Caller inner = recording("a", calls);
        Caller changed = new ForwardingCaller(inner) {
            @Override
            public NtStatus rtkRtssDetach(RtssInst rtssInst) {
                return NtStatus.STATUS_UNSUCCESSFUL;
            }
        };

        changed.terminate();
        assertThat(changed.rtkRtssDetach(null)).isEqualTo(NtStatus.STATUS_UNSUCCESSFUL);
        assertThat(calls).containsExactly("a.terminate");
        assertThat(ForwardingCaller.unwrap(new ForwardingCaller(changed))).isSameAs(inner);
    }

    @Test
    void a_forwarding_session_decorates_its_callers_and_asks_introspection_about_the_ones_underneath() {
        List<String> calls = new ArrayList<>();
        List<Caller> asked = new ArrayList<>();
        Caller made = recording("b", calls);
        Backend session = new Backend() {
            public Set<Capability> capabilities() {
                return Set.of(Capability.INTROSPECTION);
            }

            public Caller newCaller(String name) {
                return made;
            }

            public Introspection introspection() {
                return new Introspection() {
                    public Optional<ObjectInfo> lookup(UnicodeString name) {
                        return Optional.empty();
                    }

                    public List<ObjectInfo> liveObjects() {
                        return List.of();
                    }

                    public int openHandles(Caller caller) {
                        asked.add(caller);
                        return 3;
                    }

                    public int mappedViews(Caller caller) {
                        asked.add(caller);
                        return 2;
                    }
                };
            }

            public FaultInjection faults() {
                throw new UnsupportedOperationException();
            }

            public void close() {
                calls.add("closed");
            }
        };
        ForwardingBackend forwarding = new ForwardingBackend(session) {
            @Override
            protected Caller decorate(Caller caller) {
                return new ForwardingCaller(caller);
            }
        };

        Caller caller = forwarding.newCaller("b");
        assertThat(caller).isInstanceOf(ForwardingCaller.class).isNotSameAs(made);
        assertThat(forwarding.introspection().openHandles(caller)).isEqualTo(3);
        assertThat(forwarding.introspection().mappedViews(caller)).isEqualTo(2);
        assertThat(asked).containsExactly(made, made);
        assertThat(forwarding.capabilities()).containsExactly(Capability.INTROSPECTION);
        forwarding.close();
        assertThat(calls).containsExactly("closed");
    }
}
