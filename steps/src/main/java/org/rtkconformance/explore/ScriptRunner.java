package org.rtkconformance.explore;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.AttachResult;
import org.rtkconformance.adapter.api.Backend;
import org.rtkconformance.adapter.api.Caller;
import org.rtkconformance.adapter.api.CreateSharedMemoryCall;
import org.rtkconformance.adapter.api.Fault;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NamedObjectResult;
import org.rtkconformance.adapter.api.ObjectKind;
import org.rtkconformance.adapter.api.OpenSharedMemoryCall;
import org.rtkconformance.adapter.api.RtssInst;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.adapter.api.UnicodeString;
import org.rtkconformance.steps.notation.AccessNotation;
import org.rtkconformance.steps.notation.NameNotation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs actions on one backend session, keeping the bookkeeping the steps' World keeps (the latest opening
 * of a name by a caller whose handle is open or view mapped, the last handle closed), so an action means
 * here exactly what its step means in a scenario. Calls never throw: a broken backend is an observation.
 */
final class ScriptRunner {

    /** The MaxWFSO the Given attach step passes. */
    private static final int MAX_WFSO = 1;

    private static final Map<String, Integer> IRQLS = Map.of("PASSIVE_LEVEL", 0, "APC_LEVEL", 1, "DISPATCH_LEVEL", 2);
    private static final Map<String, Fault> FAULTS = Map.of("memory exhaustion", Fault.MEMORY_EXHAUSTED,
            "a stopped RTSS", Fault.RTSS_STOPPED, "an internal failure", Fault.INTERNAL_FAILURE);
    private static final Map<String, String> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private final Backend backend;
    private final Map<String, Driver> drivers = new LinkedHashMap<>();
    private final List<Opening> openings = new ArrayList<>();
    private Handle lastClosed;
    private Driver lastCloser;

    private static final class Driver {
        final Caller caller;
        RtssInst instance = RtssInst.ZERO;
        boolean terminated;

        Driver(Caller caller) {
            this.caller = caller;
        }
    }

    private static final class Opening {
        final Driver owner;
        final String name;
        final Handle handle;
        final Address address;
        boolean handleOpen;
        boolean viewMapped;

        Opening(Driver owner, String name, Handle handle, Address address) {
            this.owner = owner;
            this.name = name;
            this.handle = handle;
            this.address = address;
            this.handleOpen = handle != null;
            this.viewMapped = address != null;
        }
    }

    ScriptRunner(Backend backend) {
        this.backend = backend;
    }

    /** The driver the sequences attach with RtkRtssAttachEx (a NULL-free routine that does nothing) rather than RtkRtssAttach. */
    static final String ATTACHED_EX = "E";
    /**
     * A later mapping starting this close past a view's base makes accesses through the view undefined
     * (Observation.Kind.UNDEFINED): the accesses drawn touch the first page and 8 bytes past it.
     */
    private static final long REUSE_WINDOW = 8192;
    /** How far below a view's base another mapping may start and still cover it: the largest object drawn, and a page. */
    private static final long REUSE_BELOW = 65536 + 4096;
    /** The size a create with a raw UNICODE_STRING asks for. */
    static final int RAW_NAME_SIZE = 4096;

    /** "Given driver X is attached to the RTSS" (with RtkRtssAttachEx for driver E); false without an instance. */
    boolean attach(String caller) {
        Driver driver = new Driver(backend.newCaller(caller));
        drivers.put(caller, driver);
        AttachResult result = ATTACHED_EX.equals(caller) ? driver.caller.rtkRtssAttachEx(MAX_WFSO, reason -> { })
                : driver.caller.rtkRtssAttach(MAX_WFSO);
        if (result.status().isSuccess() && result.instance().written()) {
            driver.instance = result.instance().value();
        }
        return driver.instance.value() != 0;
    }

    /** Whether the driver can still make calls (not terminated). */
    boolean alive(String caller) {
        Driver driver = drivers.get(caller);
        return driver != null && !driver.terminated;
    }

    /** Whether {@code caller} holds an opening of {@code name} with an open handle (for the generator). */
    boolean holdsHandle(String caller, String name) {
        return latest(caller, name, o -> o.handleOpen) != null;
    }

    /** Whether {@code caller} holds an opening of {@code name} with a mapped view (for the generator). */
    boolean holdsView(String caller, String name) {
        return latest(caller, name, o -> o.viewMapped) != null;
    }

    /** Runs {@code action}; never throws for what the backend does. */
    Observation run(Action action) {
        Driver driver = drivers.get(action.caller());
        if (driver == null || driver.terminated) {
            return Observation.skipped();
        }
        try {
            return perform(driver, action);
        } catch (RuntimeException broke) {
            return Observation.broke(broke);
        }
    }

    private Observation perform(Driver driver, Action action) {
        Caller caller = driver.caller;
        RtssInst inst = driver.instance;
        switch (action.kind()) {
            case CREATE:
                return create(driver, action.name(), CreateSharedMemoryCall.of(inst, action.number(), name(action)));
            case CREATE_PROTECTED:
                return create(driver, action.name(), CreateSharedMemoryCall.of(inst, action.number(), name(action))
                        .withProtect(AccessNotation.protect(action.text())));
            case CREATE_RAW_NAME: {
                UnicodeString raw = raw(action);
                return create(driver, notationOf(raw.text()), CreateSharedMemoryCall.of(inst, RAW_NAME_SIZE, raw));
            }
            case CREATE_UNNAMED:
                return create(driver, null, CreateSharedMemoryCall.of(inst, action.number(), null));
            case CREATE_SIZE_HIGH:
                return create(driver, action.name(), CreateSharedMemoryCall.of(inst, action.number(), name(action))
                        .withMaximumSizeHigh((int) action.extra()));
            case CREATE_NULL_HANDLE:
                return create(driver, action.name(), CreateSharedMemoryCall.of(inst, action.number(), name(action))
                        .withHandlePointer(false));
            case CREATE_NULL_LOCATION:
                return create(driver, action.name(), CreateSharedMemoryCall.of(inst, action.number(), name(action))
                        .withLocationPointer(false));
            case CREATE_OTHER_KIND: {
                NamedObjectResult result = caller.createNamedObject(inst,
                        ObjectKind.valueOf(action.text().toUpperCase(Locale.ROOT)), name(action));
                return Observation.call(result.status(), result.handle().written(), false);
            }
            case OPEN:
                return open(driver, action.name(), OpenSharedMemoryCall.of(inst, action.access(), name(action)));
            case OPEN_INHERIT:
                return open(driver, action.name(), OpenSharedMemoryCall.of(inst, action.access(), name(action))
                        .withInheritHandle((byte) action.number()));
            case OPEN_NULL_HANDLE:
                return open(driver, action.name(), OpenSharedMemoryCall.of(inst, action.access(), name(action))
                        .withHandlePointer(false));
            case OPEN_NULL_LOCATION:
                return open(driver, action.name(), OpenSharedMemoryCall.of(inst, action.access(), name(action))
                        .withLocationPointer(false));
            case OPEN_NULL_NAME:
                return open(driver, null, OpenSharedMemoryCall.of(inst, action.access(), null));
            case OPEN_UNTERMINATED:
                return open(driver, action.name(), OpenSharedMemoryCall.of(inst, action.access(),
                        UnicodeString.unterminated(name(action).text())));
            case OPEN_MALFORMED: {
                UnicodeString raw = raw(action);
                return open(driver, notationOf(raw.text()), OpenSharedMemoryCall.of(inst, action.access(), raw));
            }
            case OPEN_NULL_BUFFER:
                return open(driver, null, OpenSharedMemoryCall.of(inst, action.access(),
                        UnicodeString.nullBuffer((int) action.number(), (int) action.extra())));
            case OPEN_INSTANCE:
                return open(driver, action.name(), OpenSharedMemoryCall.of(new RtssInst(action.number()), action.access(),
                        name(action)));
            case OPEN_OTHERS_INSTANCE: {
                Driver other = drivers.get(action.text());
                return other == null ? Observation.skipped() : open(driver, action.name(),
                        OpenSharedMemoryCall.of(other.instance, action.access(), name(action)));
            }
            case OPEN_NEVER_ISSUED_INSTANCE:
                return open(driver, action.name(), OpenSharedMemoryCall.of(neverIssued(), action.access(), name(action)));
            case WRITE: {
                Opening view = latest(action.caller(), action.name(), o -> o.viewMapped);
                if (view == null) {
                    return Observation.skipped();
                }
                // The write is made whatever it shows: the step makes it, and later reads depend on it.
                Observation shown = Observation.memory(caller.write(view.address, action.number(),
                        action.text().getBytes(StandardCharsets.US_ASCII)), acrossFirstPageEnd(action));
                return crowded(view) ? Observation.undefined() : shown;
            }
            case READ: {
                Opening view = latest(action.caller(), action.name(), o -> o.viewMapped);
                if (view == null) {
                    return Observation.skipped();
                }
                Observation shown = Observation.memory(caller.read(view.address, action.number(), (int) action.extra()),
                        acrossFirstPageEnd(action));
                return crowded(view) ? Observation.undefined() : shown;
            }
            case VIEW_ADDRESSES: {
                String text = text(action.name());
                List<Opening> views = openings.stream().filter(o -> o.owner == driver && text.equals(o.name)
                        && o.viewMapped).toList();
                // A view whose address was handed out again is gone: the step would count a dangling address.
                return views.stream().anyMatch(this::crowded) ? Observation.undefined()
                        : Observation.count(views.stream().map(o -> o.address).distinct().count());
            }
            case UNMAP: {
                Opening view = latest(action.caller(), action.name(), o -> o.viewMapped);
                if (view == null) {
                    return Observation.skipped();
                }
                Observation shown = Observation.call(caller.rtkUnMapSharedMemory(inst, view.address));
                view.viewMapped &= !shown.status().isSuccess();
                return crowded(view) ? Observation.undefined() : shown;
            }
            case UNMAP_AGAIN: {
                Opening any = latest(action.caller(), action.name(), o -> true);
                if (any == null || any.viewMapped || any.address == null) {
                    return Observation.skipped();
                }
                // Unmapping an address handed out again unmaps the new view, as C would: nothing to compare.
                Observation again = Observation.call(caller.rtkUnMapSharedMemory(inst, any.address));
                return crowded(any) ? Observation.undefined() : again;
            }
            case CLOSE: {
                Opening held = latest(action.caller(), action.name(), o -> o.handleOpen);
                if (held == null) {
                    return Observation.skipped();
                }
                Observation shown = Observation.call(caller.rtkCloseHandle(inst, held.handle));
                lastClosed = held.handle;
                lastCloser = driver;
                held.handleOpen &= !shown.status().isSuccess();
                return shown;
            }
            case CLOSE_NULL:
                return Observation.call(caller.rtkCloseHandle(inst, Handle.NULL));
            case CLOSE_AGAIN:
                // Only the driver that closed it: handle values are per process, so in another driver the same
                // value may be a handle of its own.
                return lastClosed == null || lastCloser != driver ? Observation.skipped()
                        : Observation.call(caller.rtkCloseHandle(inst, lastClosed));
            case DETACH:
                return Observation.call(caller.rtkRtssDetach(inst));
            case RUN_AT_IRQL:
                caller.setIrql(IRQLS.get(action.text()));
                return Observation.done();
            case FORCE_FAULT:
                backend.faults().inject(FAULTS.get(action.text()));
                return Observation.done();
            case TERMINATE:
                driver.terminated = true;
                caller.terminate();
                return Observation.terminated();
            default:
                throw new IllegalStateException("unknown action " + action.kind());
        }
    }

    /**
     * Whether another mapping of the same driver starts within 8 KiB above this view's base or within the
     * largest object drawn (64 KiB) and a page below it: it may cover the base (the view is gone and its address
     * reused, a dangling pointer in C; mmap also places new mappings below old ones), or the 8 bytes across the
     * end of a one-page view reach it. Accesses through such a view may show another mapping.
     */
    private boolean crowded(Opening view) {
        long base = view.address.value();
        return openings.stream().anyMatch(other -> other != view && other.owner == view.owner && other.address != null
                && other.address.value() >= base - REUSE_BELOW && other.address.value() < base + REUSE_WINDOW);
    }

    /** Whether an access runs across the end of the first page, where a one-page view ends. */
    private static boolean acrossFirstPageEnd(Action action) {
        long length = action.kind() == Action.Kind.READ ? action.extra() : action.text().length();
        return action.number() < 4096 && action.number() + length > 4096;
    }

    /** The UNICODE_STRING of a raw-name step: the buffer in the notation, the lengths as given. */
    private static UnicodeString raw(Action action) {
        return UnicodeString.withLengths(NameNotation.parse("\"" + action.text() + "\"").toCharArray(),
                (int) action.number(), (int) action.extra());
    }

    /** A notation naming exactly {@code text}: printable ASCII as is, every other unit as {U+XXXX}. */
    static String notationOf(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char unit : text.toCharArray()) {
            out.append(unit >= 0x20 && unit < 0x7F && unit != '"' && unit != '{' ? String.valueOf(unit)
                    : String.format(Locale.ROOT, "{U+%04X}", (int) unit));
        }
        return out.append('"').toString();
    }

    private static UnicodeString name(Action action) {
        return UnicodeString.of(text(action.name()));
    }

    /** The code units a name notation stands for; parsed once per notation (a sequence repeats a few names). */
    private static String text(String notation) {
        return PARSED.computeIfAbsent(notation, NameNotation::parse);
    }

    private Observation create(Driver driver, String name, CreateSharedMemoryCall call) {
        SharedMemoryResult result = driver.caller.rtkCreateSharedMemory(call);
        return recorded(driver, name, result);
    }

    private Observation open(Driver driver, String name, OpenSharedMemoryCall call) {
        SharedMemoryResult result = driver.caller.rtkOpenSharedMemory(call);
        return recorded(driver, name, result);
    }

    /** As World.recordSharedMemoryCall: a success that wrote a handle or a location is an opening. */
    private Observation recorded(Driver driver, String name, SharedMemoryResult result) {
        if (result.status().isSuccess() && (result.handle().written() || result.location().written())) {
            openings.add(new Opening(driver, name == null ? null : text(name),
                    result.handle().written() ? result.handle().value() : null,
                    result.location().written() ? result.location().value() : null));
        }
        return Observation.call(result.status(), result.handle().written(), result.location().written());
    }

    private Opening latest(String caller, String name, java.util.function.Predicate<Opening> state) {
        Driver driver = drivers.get(caller);
        String text = name == null ? null : text(name);
        for (int i = openings.size() - 1; i >= 0; i--) {
            Opening opening = openings.get(i);
            if (opening.owner == driver && opening.name != null && opening.name.equals(text) && state.test(opening)) {
                return opening;
            }
        }
        return null;
    }

    /** As World.instanceNeverIssued. */
    private RtssInst neverIssued() {
        long candidate = 0x7FFF_FFFF_FFFF_FFF1L;
        Set<Long> issued = new HashSet<>();
        drivers.values().forEach(d -> issued.add(d.instance.value()));
        while (issued.contains(candidate)) {
            candidate -= 0x10;
        }
        return new RtssInst(candidate);
    }
}
