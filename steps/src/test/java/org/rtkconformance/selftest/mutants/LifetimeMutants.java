package org.rtkconformance.selftest.mutants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CallerKilledException;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.Introspection;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectInfo;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * Mutants of an object's lifetime, each proving one class of behavioural check: introspection that lies
 * while the calls behave (killed only because behaviour and the second witness disagree), objects that
 * outlive their last handle (with truthful introspection, and with introspection that says "destroyed"),
 * a second create that clears the object, a failed open that keeps a reference, a close of a foreign
 * handle value that closes the owner's handle, and a backend that kills its caller on a NULL Name.
 */
final class LifetimeMutants {

    private LifetimeMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                mutant("introspection-reports-last-holder-gone", "OPEN-REM-4",
                        "introspection reports an object with one handle left as destroyed; every call behaves",
                        () -> decorator(new Hidden(), (inner, session, hidden) -> new ForwardingCaller(inner, session),
                                lookupLies(info -> info.handleCount() == 1))),
                mutant("object-outlives-last-handle", "OPEN-REM-4",
                        "every created object keeps a reference nobody holds, so it survives its last close; introspection tells the truth",
                        () -> decorator(new Hidden(), LifetimeMutants::keepsHiddenReference, UnaryOperator.identity())),
                hiddenMutant("object-outlives-last-handle-unseen", "OPEN-REM-4",
                        "every created object keeps a reference nobody holds, and introspection hides it (reports the object destroyed)",
                        LifetimeMutants::keepsHiddenReference),
                hiddenMutant("failed-open-keeps-reference-unseen", "OPEN-HANDLE-2",
                        "an open refused for a NULL SharedMemoryHandle still takes a reference, and introspection hides it",
                        (inner, session, hidden) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                SharedMemoryResult opened = super.rtkOpenSharedMemory(call);
                                if (!call.handlePointer() && call.name() != null && !opened.status().isSuccess()) {
                                    SharedMemoryResult kept = inner.rtkOpenSharedMemory(call.withHandlePointer(true)
                                            .withLocationPointer(true));
                                    if (kept.status().isSuccess()) {
                                        hidden.add(call.name());
                                    }
                                }
                                return opened;
                            }
                        }),
                mutant("create-existing-clears", "CREATE-EXIST-1",
                        "a create of an existing name at another size zero-fills the existing object",
                        () -> decorator(new Hidden(), (inner, session, hidden) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                                Optional<ObjectInfo> before = call.name() == null ? Optional.empty()
                                        : session.plainIntrospection().lookup(call.name());
                                SharedMemoryResult created = super.rtkCreateSharedMemory(call);
                                long asked = Integer.toUnsignedLong(call.maximumSizeLow());
                                if (before.isPresent() && before.get().size() != asked && created.location().written()) {
                                    inner.write(created.location().value(), 0, new byte[(int) before.get().size()]);
                                }
                                return created;
                            }
                        }, UnaryOperator.identity())),
                mutant("caller-killed-by-null-name", "OPEN-RET-2",
                        "an open with a NULL Name kills the calling process, as a port dereferencing Name would",
                        () -> decorator(new Hidden(), (inner, session, hidden) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                if (call.name() == null) {
                                    throw new CallerKilledException("Agent for " + inner.name()
                                            + " exited before replying (signal 11).\n  agent stderr (tail): Segmentation fault");
                                }
                                return super.rtkOpenSharedMemory(call);
                            }
                        }, UnaryOperator.identity())),
                mutant("close-foreign-handle-closes-owner", "CLOSE-4",
                        "closing a handle value the caller does not hold closes the caller's handle that has it, and reports failure",
                        () -> decorator(new Hidden(), (inner, session, hidden) -> new InstanceCaller(inner, session) {
                            @Override
                            public NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle) {
                                NtStatus status = super.rtkCloseHandle(rtssInst, handle);
                                if (!status.isSuccess()) {
                                    for (ForwardingCaller other : session.callers()) {
                                        if (other != this && other instanceof InstanceCaller owner && owner.instance != null
                                                && other.inner.rtkCloseHandle(owner.instance, handle).isSuccess()) {
                                            break;
                                        }
                                    }
                                }
                                return status;
                            }
                        }, UnaryOperator.identity())));
    }

    /** A caller that remembers the instance its attach returned, so another caller can act in its name. */
    private static class InstanceCaller extends ForwardingCaller {
        RtssInst instance;

        InstanceCaller(Caller inner, MutantSession session) {
            super(inner, session);
        }

        @Override
        public AttachResult rtkRtssAttach(int maxWfso) {
            AttachResult result = super.rtkRtssAttach(maxWfso);
            if (result.instance().written()) {
                instance = result.instance().value();
            }
            return result;
        }
    }

    /** On every successful named create, one more open by the same caller that nobody is told of. */
    private static ForwardingCaller keepsHiddenReference(Caller inner, MutantSession session, Hidden hidden) {
        return new ForwardingCaller(inner, session) {
            @Override
            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                SharedMemoryResult created = super.rtkCreateSharedMemory(call);
                if (created.status().isSuccess() && call.name() != null && created.handle().written()) {
                    SharedMemoryResult kept = inner.rtkOpenSharedMemory(
                            OpenSharedMemoryCall.of(call.rtssInst(), RtkConstants.SHM_MAP_READ, call.name()));
                    if (kept.status().isSuccess()) {
                        hidden.add(call.name());
                    }
                }
                return created;
            }
        };
    }

    /** The references a mutant took behind the scenario's back, per name. */
    static final class Hidden {
        private final Map<UnicodeString, Integer> counts = new HashMap<>();

        void add(UnicodeString name) {
            counts.merge(name, 1, Integer::sum);
        }

        /** {@code info} without the hidden references, or empty when only hidden ones keep it. */
        Optional<ObjectInfo> hide(ObjectInfo info) {
            int hidden = info.name() == null ? 0 : counts.getOrDefault(info.name(), 0);
            if (hidden == 0) {
                return Optional.of(info);
            }
            int handles = info.handleCount() - hidden;
            return handles <= 0 ? Optional.empty() : Optional.of(new ObjectInfo(info.kind(), info.name(), info.size(),
                    handles, Math.max(0, info.viewCount() - hidden)));
        }
    }

    /** Makes one caller's decorator, given the session's hidden references. */
    private interface HiddenDecorator {
        ForwardingCaller apply(Caller inner, MutantSession session, Hidden hidden);
    }

    private static Mutant hiddenMutant(String name, String violates, String description, HiddenDecorator callers) {
        return mutant(name, violates, description, () -> {
            Hidden hidden = new Hidden();
            return decorator(hidden, callers, plain -> new Lying(plain) {
                @Override
                public Optional<ObjectInfo> lookup(UnicodeString objectName) {
                    return plain.lookup(objectName).flatMap(hidden::hide);
                }

                @Override
                public List<ObjectInfo> liveObjects() {
                    List<ObjectInfo> shown = new ArrayList<>();
                    plain.liveObjects().forEach(info -> hidden.hide(info).ifPresent(shown::add));
                    return shown;
                }
            });
        });
    }

    /** Introspection whose lookup reports no object wherever {@code lie} holds. */
    private static UnaryOperator<Introspection> lookupLies(java.util.function.Predicate<ObjectInfo> lie) {
        return plain -> new Lying(plain) {
            @Override
            public Optional<ObjectInfo> lookup(UnicodeString name) {
                return plain.lookup(name).filter(info -> !lie.test(info));
            }
        };
    }

    /** An introspection that forwards everything; a lying one overrides what it misreports. */
    private static class Lying implements Introspection {
        final Introspection plain;

        Lying(Introspection plain) {
            this.plain = plain;
        }

        @Override
        public Optional<ObjectInfo> lookup(UnicodeString name) {
            return plain.lookup(name);
        }

        @Override
        public List<ObjectInfo> liveObjects() {
            return plain.liveObjects();
        }

        @Override
        public int openHandles(Caller caller) {
            return plain.openHandles(caller);
        }

        @Override
        public int mappedViews(Caller caller) {
            return plain.mappedViews(caller);
        }
    }

    private static PortMutantProvider.Decorator decorator(Hidden hidden, HiddenDecorator callers,
                                                          UnaryOperator<Introspection> lens) {
        return new PortMutantProvider.Decorator() {
            @Override
            public ForwardingCaller apply(Caller inner, MutantSession session) {
                return callers.apply(inner, session, hidden);
            }

            @Override
            public UnaryOperator<Introspection> introspectionLens() {
                return lens;
            }
        };
    }

    private static Mutant mutant(String name, String violates, String description,
                                 java.util.function.Supplier<PortMutantProvider.Decorator> perSession) {
        String id = "mutant:" + name;
        ReferenceBackendProvider reference = ReferenceBackendProvider.withRules(id, new ReferenceRules(Readings.defaults()));
        return new Mutant(id, violates, description, Optional.empty(), new PortMutantProvider(reference, perSession));
    }
}
