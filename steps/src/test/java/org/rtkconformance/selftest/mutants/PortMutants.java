package org.rtkconformance.selftest.mutants;

import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_HANDLE;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_EXISTS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_SUCCESS;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.MemoryAccess;
import org.rtkconformance.adapter.api.NamedObjectResult;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.Out;
import org.rtkconformance.adapter.api.RtkConstants;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.ShutdownRoutine;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.reference.ReferenceBackendProvider;
import org.rtkconformance.reference.rules.Readings;
import org.rtkconformance.reference.rules.ReferenceRules;

/**
 * Mutants whose fault no single rule of the reference can express (what a call writes back, which object
 * a view shows, what happens across callers): a decorator over the port in front of an unchanged reference.
 */
final class PortMutants {

    /** STATUS_NOT_IMPLEMENTED, what a missing entry point of a stub library returns. */
    private static final NtStatus NOT_IMPLEMENTED = NtStatus.of(0xC0000002);
    /** STATUS_INSUFFICIENT_RESOURCES, what NT returns when a pool allocation fails. */
    private static final NtStatus INSUFFICIENT_RESOURCES = NtStatus.of(0xC000009A);
    /** A handle value no reference session ever issues (values start low and grow by 4). */
    private static final long FOREIGN_HANDLE = 0x7FFF_0000L;
    /** The page size views are mapped in. */
    private static final long PAGE = 4096;

    private PortMutants() {
    }

    static List<Mutant> all() {
        return List.of(
                mutant("open-creates-missing", "OPEN-PURPOSE-1", "Open of a name nobody has creates the object",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                SharedMemoryResult opened = super.rtkOpenSharedMemory(call);
                                if (!opened.status().equals(STATUS_UNSUCCESSFUL) || call.name() == null) {
                                    return opened;
                                }
                                SharedMemoryResult created = super.rtkCreateSharedMemory(
                                        CreateSharedMemoryCall.of(call.rtssInst(), PAGE, call.name())
                                                .withHandlePointer(call.handlePointer())
                                                .withLocationPointer(call.locationPointer()));
                                return created.status().isSuccess()
                                        ? SharedMemoryResult.of(STATUS_SUCCESS, created.handle(), created.location()) : opened;
                            }
                        }),
                mutant("unnamed-object-opens", "OPEN-PURPOSE-2",
                        "Open with an empty name opens the session's last unnamed object",
                        PortMutants::unnamedObjectOpens),
                mutant("open-first-object", "OPEN-NAME-5", "Open opens the first object of the session, whatever Name says",
                        PortMutants::openFirstObject),
                mutant("attach-ex-instance-refused", "OPEN-RTSSINST-1",
                        "an instance from RtkRtssAttachEx is refused with STATUS_INVALID_PARAMETER",
                        PortMutants::attachExRefused),
                mutant("handle-not-written", "OPEN-HANDLE-1", "a successful open leaves *SharedMemoryHandle unwritten",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                SharedMemoryResult opened = super.rtkOpenSharedMemory(call);
                                return opened.status().isSuccess()
                                        ? SharedMemoryResult.of(opened.status(), Out.untouched(), opened.location()) : opened;
                            }
                        }),
                mutant("null-handle-pointer-accepted", "OPEN-HANDLE-2", "a NULL SharedMemoryHandle pointer is accepted",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                if (call.handlePointer()) {
                                    return super.rtkOpenSharedMemory(call);
                                }
                                SharedMemoryResult opened = super.rtkOpenSharedMemory(call.withHandlePointer(true));
                                return SharedMemoryResult.of(opened.status(), Out.untouched(), opened.location());
                            }
                        }),
                mutant("failed-open-leaks-handle", "OPEN-HANDLE-2",
                        "an open refused with STATUS_INVALID_PARAMETER still opens a handle nobody receives",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                SharedMemoryResult opened = super.rtkOpenSharedMemory(call);
                                if (opened.status().equals(STATUS_INVALID_PARAMETER) && call.name() != null) {
                                    super.rtkOpenSharedMemory(call.withHandlePointer(true).withLocationPointer(true));
                                }
                                return opened;
                            }
                        }),
                mutant("read-view-reads-zeros", "OPEN-ACCESS-7",
                        "an SHM_MAP_READ view reads zeros instead of what the others wrote",
                        () -> (inner, session) -> new TrackingCaller(inner, session) {
                            @Override
                            public MemoryAccess read(Address base, long offset, int length) {
                                MemoryAccess read = super.read(base, offset, length);
                                boolean readOnly = view(base).map(v -> v.byOpen()
                                        && v.desiredAccess() == RtkConstants.SHM_MAP_READ).orElse(false);
                                return readOnly && read.outcome() == MemoryAccess.Outcome.OK
                                        ? MemoryAccess.ok(new byte[length]) : read;
                            }
                        }),
                mutant("write-visible-only-to-writer", "OPEN-ACCESS-6",
                        "a write through an opener's view is seen only through that view",
                        () -> (inner, session) -> new PrivateWritesCaller(inner, session)),
                mutant("view-one-page-short", "OPEN-LOC-2",
                        "an opener's view covers only the object's first page",
                        () -> (inner, session) -> new TrackingCaller(inner, session) {
                            @Override
                            public MemoryAccess read(Address base, long offset, int length) {
                                return beyondFirstPage(base, offset, length) ? cutOff(base) : super.read(base, offset, length);
                            }

                            @Override
                            public MemoryAccess write(Address base, long offset, byte[] data) {
                                return beyondFirstPage(base, offset, data.length) ? cutOff(base) : super.write(base, offset, data);
                            }

                            private boolean beyondFirstPage(Address base, long offset, int length) {
                                return view(base).map(TrackingCaller.Grant::byOpen).orElse(false) && offset + length > PAGE;
                            }
                        }),
                mutant("location-not-written", "OPEN-LOC-1", "a successful open leaves *location unwritten",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                SharedMemoryResult opened = super.rtkOpenSharedMemory(call);
                                return opened.status().isSuccess()
                                        ? SharedMemoryResult.of(opened.status(), opened.handle(), Out.untouched()) : opened;
                            }
                        }),
                mutant("open-returns-name-exists", "OPEN-RET-1",
                        "a successful open returns STATUS_OBJECT_NAME_EXISTS, a success status other than STATUS_SUCCESS",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                SharedMemoryResult opened = super.rtkOpenSharedMemory(call);
                                return opened.status().equals(STATUS_SUCCESS)
                                        ? SharedMemoryResult.of(STATUS_OBJECT_NAME_EXISTS, opened.handle(), opened.location())
                                        : opened;
                            }
                        }),
                mutant("open-not-implemented", "OPEN-REQ-1",
                        "claims RTX64 2013 SP1 yet every open returns STATUS_NOT_IMPLEMENTED",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                return SharedMemoryResult.failed(NOT_IMPLEMENTED);
                            }
                        }),
                mutant("unmap-fails", "OPEN-REM-1", "RtkUnMapSharedMemory of a mapped view fails and unmaps nothing",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location) {
                                return STATUS_UNSUCCESSFUL;
                            }
                        }),
                mutant("open-adds-no-reference", "OPEN-REM-2",
                        "a caller's second open of an object hands back its first handle instead of a new reference",
                        () -> (inner, session) -> new TrackingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                Optional<Long> held = call.name() == null ? Optional.empty() : handles().entrySet().stream()
                                        .filter(h -> call.name().text().equals(h.getValue().name()))
                                        .map(Map.Entry::getKey).findFirst();
                                SharedMemoryResult opened = super.rtkOpenSharedMemory(call);
                                if (held.isEmpty() || !opened.status().isSuccess() || !opened.handle().written()) {
                                    return opened;
                                }
                                inner.rtkCloseHandle(call.rtssInst(), opened.handle().value());
                                handles().remove(opened.handle().value().value());
                                return SharedMemoryResult.of(opened.status(), Out.written(new Handle(held.get())),
                                        opened.location());
                            }
                        }),
                mutant("close-keeps-reference", "CLOSE-1", "RtkCloseHandle reports success but the handle stays open",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle) {
                                return STATUS_SUCCESS;
                            }
                        }),
                mutant("termination-closes-others", "OPEN-REM-3",
                        "terminating a caller also closes the other callers' handles to the objects it held",
                        () -> (inner, session) -> new TrackingCaller(inner, session) {
                            @Override
                            public void terminate() {
                                Set<String> held = new HashSet<>();
                                handles().values().forEach(grant -> held.add(grant.name()));
                                super.terminate();
                                for (ForwardingCaller other : session.callers()) {
                                    if (other != this && other instanceof TrackingCaller) {
                                        held.stream().filter(name -> name != null)
                                                .forEach(((TrackingCaller) other)::closeEveryHandleTo);
                                    }
                                }
                            }
                        }),
                mutant("destroyed-at-first-close", "OPEN-REM-4",
                        "the object is destroyed when its first handle is closed, whoever holds the others",
                        () -> (inner, session) -> new TrackingCaller(inner, session) {
                            @Override
                            public NtStatus rtkCloseHandle(RtssInst rtssInst, Handle handle) {
                                TrackingCaller.Grant grant = handles().get(handle.value());
                                NtStatus status = super.rtkCloseHandle(rtssInst, handle);
                                if (status.isSuccess() && grant != null && grant.name() != null) {
                                    for (ForwardingCaller any : session.callers()) {
                                        if (any instanceof TrackingCaller) {
                                            ((TrackingCaller) any).closeEveryHandleTo(grant.name());
                                        }
                                    }
                                }
                                return status;
                            }
                        }),
                mutant("never-destroyed", "OPEN-REM-4",
                        "every object keeps a hidden reference, so closing its last handle never destroys it",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                                SharedMemoryResult created = super.rtkCreateSharedMemory(call);
                                if (created.status().equals(STATUS_SUCCESS) && call.name() != null) {
                                    super.rtkOpenSharedMemory(OpenSharedMemoryCall.of(call.rtssInst(),
                                            RtkConstants.SHM_MAP_WRITE, call.name()).withLocationPointer(true));
                                }
                                return created;
                            }
                        }),
                mutant("recreated-keeps-contents", "OPEN-REM-4",
                        "an object re-created under a destroyed object's name starts with the old contents",
                        PortMutants::recreatedKeepsContents),
                mutant("create-accepts-backslash", "CREATE-NAME-1",
                        "Create accepts a name with a backslash (it stores it with '/' instead)",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                                if (call.name() == null || call.name().text().indexOf('\\') < 0) {
                                    return super.rtkCreateSharedMemory(call);
                                }
                                UnicodeString renamed = UnicodeString.of(call.name().text().replace('\\', '/'));
                                return super.rtkCreateSharedMemory(new CreateSharedMemoryCall(call.rtssInst(),
                                        call.handlePointer(), call.protect(), call.maximumSizeHigh(), call.maximumSizeLow(),
                                        renamed, call.locationPointer()));
                            }
                        }),
                mutant("null-name-create-refused", "CREATE-NAME-2",
                        "Create with a NULL Name fails with STATUS_INVALID_PARAMETER instead of making an unnamed object",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                                return call.name() == null ? SharedMemoryResult.failed(STATUS_INVALID_PARAMETER)
                                        : super.rtkCreateSharedMemory(call);
                            }
                        }),
                mutant("create-existing-refused", "CREATE-EXIST-1",
                        "Create under the name of an existing shared memory object fails with STATUS_OBJECT_NAME_COLLISION",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                                SharedMemoryResult created = super.rtkCreateSharedMemory(call);
                                if (!created.status().equals(STATUS_OBJECT_NAME_EXISTS)) {
                                    return created;
                                }
                                if (created.location().written()) {
                                    inner.rtkUnMapSharedMemory(call.rtssInst(), created.location().value());
                                }
                                if (created.handle().written()) {
                                    inner.rtkCloseHandle(call.rtssInst(), created.handle().value());
                                }
                                return SharedMemoryResult.failed(NtStatus.STATUS_OBJECT_NAME_COLLISION);
                            }
                        }),
                mutant("create-null-handle-accepted", "CREATE-HANDLE-1",
                        "Create with a NULL SharedMemoryHandle pointer succeeds",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                                if (call.handlePointer()) {
                                    return super.rtkCreateSharedMemory(call);
                                }
                                SharedMemoryResult created = super.rtkCreateSharedMemory(call.withHandlePointer(true));
                                return SharedMemoryResult.of(created.status(), Out.untouched(), created.location());
                            }
                        }),
                mutant("attach-writes-zero", "ATTACH-2", "a successful attach writes 0 through RtssInstPtr",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public AttachResult rtkRtssAttach(int maxWfso) {
                                AttachResult attached = super.rtkRtssAttach(maxWfso);
                                return new AttachResult(attached.status(), Out.written(RtssInst.ZERO));
                            }
                        }),
                mutant("reopen-view-detached", "RT-OPEN-LOC-1",
                        "a caller's second view of an object shows zeroed memory of its own",
                        () -> (inner, session) -> new TrackingCaller(inner, session) {
                            private final Set<Long> detached = new HashSet<>();

                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                boolean again = call.name() != null && handles().values().stream()
                                        .anyMatch(grant -> grant.byOpen() && call.name().text().equals(grant.name()));
                                SharedMemoryResult opened = super.rtkOpenSharedMemory(call);
                                if (again && opened.status().isSuccess() && opened.location().written()) {
                                    detached.add(opened.location().value().value());
                                }
                                return opened;
                            }

                            @Override
                            public MemoryAccess read(Address base, long offset, int length) {
                                MemoryAccess read = super.read(base, offset, length);
                                return detached.contains(base.value()) && read.outcome() == MemoryAccess.Outcome.OK
                                        ? MemoryAccess.ok(new byte[length]) : read;
                            }
                        }),
                mutant("name-256-refused", "OPEN-NAME-2", "Open refuses a name of 256 code units (Create accepts it)",
                        () -> refuseOpenedNames(name -> name.codeUnits().length > 255)),
                mutant("slash-refused", "OPEN-NAME-3B", "Open refuses a name with '/' (Create accepts it)",
                        () -> refuseOpenedNames(name -> name.text().indexOf('/') >= 0)),

                mutant("unmap-keeps-view", "OPEN-REM-1",
                        "RtkUnMapSharedMemory reports success but leaves the view mapped",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location) {
                                return STATUS_SUCCESS;
                            }
                        }),
                mutant("failed-attach-leaves-instance", "ATTACH-2",
                        "a failed attach leaves *RtssInstPtr unwritten instead of writing 0",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public AttachResult rtkRtssAttach(int maxWfso) {
                                AttachResult attached = super.rtkRtssAttach(maxWfso);
                                return attached.status().isSuccess() ? attached
                                        : new AttachResult(attached.status(), Out.untouched());
                            }
                        }),
                mutant("shutdown-routine-dropped", "ATTACH-EX-1",
                        "RtkRtssAttachEx ignores its Routine, so nothing is called when the subsystem stops",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public AttachResult rtkRtssAttachEx(int maxWfso, ShutdownRoutine routine) {
                                return super.rtkRtssAttachEx(maxWfso, null);
                            }
                        }),
                mutant("namespace-per-kind", "CREATE-NAME-3B",
                        "an event, mutex or semaphore under a name another kind holds is reported created, as if each"
                                + " kind had a namespace of its own",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public NamedObjectResult createNamedObject(RtssInst rtssInst, ObjectKind kind, UnicodeString name) {
                                NamedObjectResult created = super.createNamedObject(rtssInst, kind, name);
                                return created.status().equals(STATUS_INVALID_HANDLE)
                                        ? new NamedObjectResult(STATUS_SUCCESS, Out.written(new Handle(FOREIGN_HANDLE)))
                                        : created;
                            }
                        }),
                mutant("create-null-location-accepted", "CREATE-LOC-1",
                        "Create with a NULL Location makes the object anyway (and maps nothing) instead of refusing it",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                                if (call.locationPointer()) {
                                    return super.rtkCreateSharedMemory(call);
                                }
                                SharedMemoryResult created = super.rtkCreateSharedMemory(call.withLocationPointer(true));
                                if (created.location().written()) {
                                    inner.rtkUnMapSharedMemory(call.rtssInst(), created.location().value());
                                }
                                return SharedMemoryResult.of(created.status(), created.handle(), Out.untouched());
                            }
                        }),
                mutant("no-memory-as-insufficient-resources", "CREATE-MEM-1",
                        "Create that cannot get the memory returns STATUS_INSUFFICIENT_RESOURCES, NT's pool status,"
                                + " instead of STATUS_NO_MEMORY",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                                SharedMemoryResult created = super.rtkCreateSharedMemory(call);
                                return created.status().equals(NtStatus.STATUS_NO_MEMORY)
                                        ? SharedMemoryResult.of(INSUFFICIENT_RESOURCES, created.handle(), created.location())
                                        : created;
                            }
                        }),
                mutant("foreign-instance-accepted", "OPEN-RTSSINST-2D",
                        "instances are global: Open accepts an instance issued to another driver as if it were the caller's",
                        () -> (inner, session) -> new TrackingCaller(inner, session) {
                            @Override
                            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                                boolean foreign = session.callers().stream().anyMatch(other -> other != this
                                        && other instanceof TrackingCaller
                                        && ((TrackingCaller) other).instance().equals(call.rtssInst())
                                        && !call.rtssInst().equals(RtssInst.ZERO));
                                return super.rtkOpenSharedMemory(foreign ? call.withRtssInst(instance()) : call);
                            }
                        }),

                // ---- readings the reference declares by default
                mutant("name-260-refused", "D-8.A", "Open refuses a name of exactly 260 code units",
                        () -> refuseOpenedNames(name -> name.codeUnits().length == 260)),
                mutant("view-access-clamped", "D-21.B",
                        "a read or write that runs past a view's last page is cut at the page end and reported done",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            @Override
                            public MemoryAccess read(Address base, long offset, int length) {
                                MemoryAccess read = super.read(base, offset, length);
                                int inside = mappedPrefix(inner, base, offset, length, read);
                                if (inside <= 0) {
                                    return read;
                                }
                                return MemoryAccess.ok(Arrays.copyOf(super.read(base, offset, inside).data(), length));
                            }

                            @Override
                            public MemoryAccess write(Address base, long offset, byte[] data) {
                                MemoryAccess written = super.write(base, offset, data);
                                int inside = mappedPrefix(inner, base, offset, data.length, written);
                                return inside <= 0 ? written : super.write(base, offset, Arrays.copyOf(data, inside));
                            }
                        }),
                mutant("unmap-twice-accepted", "D-14.B", "unmapping an address already unmapped succeeds",
                        () -> (inner, session) -> new ForwardingCaller(inner, session) {
                            private final Set<Long> unmapped = new HashSet<>();

                            @Override
                            public NtStatus rtkUnMapSharedMemory(RtssInst rtssInst, Address location) {
                                if (unmapped.contains(location.value())) {
                                    return STATUS_SUCCESS;
                                }
                                NtStatus status = super.rtkUnMapSharedMemory(rtssInst, location);
                                if (status.isSuccess()) {
                                    unmapped.add(location.value());
                                }
                                return status;
                            }
                        }));
    }

    private static Mutant mutant(String name, String violates, String description,
                                 java.util.function.Supplier<PortMutantProvider.Decorator> perSession) {
        String id = "mutant:" + name;
        ReferenceBackendProvider reference = ReferenceBackendProvider.withRules(id, new ReferenceRules(Readings.defaults()));
        return new Mutant(id, violates, description, Optional.empty(), new PortMutantProvider(reference, perSession));
    }

    /**
     * When {@code outcome} found nothing mapped, the longest prefix of the range that is mapped (0 when none
     * is): what a copy clamped at the end of the mapping would still reach.
     */
    private static int mappedPrefix(Caller inner, Address base, long offset, int length, MemoryAccess outcome) {
        if (outcome.outcome() != MemoryAccess.Outcome.NOT_MAPPED) {
            return 0;
        }
        int inside = length - 1;
        while (inside > 0 && inner.read(base, offset, inside).outcome() != MemoryAccess.Outcome.OK) {
            inside--;
        }
        return inside;
    }

    private static MemoryAccess cutOff(Address base) {
        return MemoryAccess.fault(MemoryAccess.Outcome.NOT_MAPPED, "mutant: the view at " + base + " ends after one page");
    }

    private static PortMutantProvider.Decorator refuseOpenedNames(java.util.function.Predicate<UnicodeString> refused) {
        return (inner, session) -> new ForwardingCaller(inner, session) {
            @Override
            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                return call.name() != null && refused.test(call.name()) ? SharedMemoryResult.failed(STATUS_INVALID_PARAMETER)
                        : super.rtkOpenSharedMemory(call);
            }
        };
    }

    private static PortMutantProvider.Decorator openFirstObject() {
        AtomicReference<UnicodeString> first = new AtomicReference<>();
        return (inner, session) -> new ForwardingCaller(inner, session) {
            @Override
            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                SharedMemoryResult created = super.rtkCreateSharedMemory(call);
                if (created.status().isSuccess() && call.name() != null) {
                    first.compareAndSet(null, call.name());
                }
                return created;
            }

            @Override
            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                UnicodeString oldest = first.get();
                return super.rtkOpenSharedMemory(oldest == null || call.name() == null ? call : call.withName(oldest));
            }
        };
    }

    private static PortMutantProvider.Decorator unnamedObjectOpens() {
        AtomicReference<SharedMemoryResult> unnamed = new AtomicReference<>();
        return (inner, session) -> new ForwardingCaller(inner, session) {
            @Override
            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                SharedMemoryResult created = super.rtkCreateSharedMemory(call);
                if (call.name() == null && created.status().isSuccess()) {
                    unnamed.set(created);
                }
                return created;
            }

            @Override
            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                SharedMemoryResult last = unnamed.get();
                boolean empty = call.name() != null && call.name().codeUnits().length == 0;
                return empty && last != null ? SharedMemoryResult.of(STATUS_SUCCESS, last.handle(), last.location())
                        : super.rtkOpenSharedMemory(call);
            }
        };
    }

    private static PortMutantProvider.Decorator attachExRefused() {
        Set<Long> fromAttachEx = new HashSet<>();
        return (inner, session) -> new ForwardingCaller(inner, session) {
            @Override
            public AttachResult rtkRtssAttachEx(int maxWfso, ShutdownRoutine routine) {
                AttachResult attached = super.rtkRtssAttachEx(maxWfso, routine);
                if (attached.instance().written()) {
                    fromAttachEx.add(attached.instance().value().value());
                }
                return attached;
            }

            @Override
            public SharedMemoryResult rtkOpenSharedMemory(OpenSharedMemoryCall call) {
                return fromAttachEx.contains(call.rtssInst().value()) ? SharedMemoryResult.failed(STATUS_INVALID_PARAMETER)
                        : super.rtkOpenSharedMemory(call);
            }
        };
    }

    /** Remembers every byte written under each name, and writes it back into a new object of that name. */
    private static PortMutantProvider.Decorator recreatedKeepsContents() {
        Map<String, byte[]> images = new HashMap<>();
        return (inner, session) -> new TrackingCaller(inner, session) {
            @Override
            public MemoryAccess write(Address base, long offset, byte[] data) {
                MemoryAccess written = super.write(base, offset, data);
                Optional<TrackingCaller.Grant> view = view(base);
                if (written.outcome() == MemoryAccess.Outcome.OK && view.isPresent() && view.get().name() != null) {
                    byte[] image = images.getOrDefault(view.get().name(), new byte[0]);
                    image = Arrays.copyOf(image, (int) Math.max(image.length, offset + data.length));
                    System.arraycopy(data, 0, image, (int) offset, data.length);
                    images.put(view.get().name(), image);
                }
                return written;
            }

            @Override
            public SharedMemoryResult rtkCreateSharedMemory(CreateSharedMemoryCall call) {
                SharedMemoryResult created = super.rtkCreateSharedMemory(call);
                byte[] image = call.name() == null ? null : images.get(call.name().text());
                if (image != null && created.status().equals(STATUS_SUCCESS) && created.location().written()) {
                    inner.write(created.location().value(), 0, image);
                }
                return created;
            }
        };
    }
}
