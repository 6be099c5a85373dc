package org.rtkconformance.explore;

import org.rtkconformance.adapter.api.MemoryAccess;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An action and the outcome the reference showed for it, as the kit's own Gherkin steps: the When line is
 * the step the action is, the Then lines assert what the reference showed. Every line matches a step
 * definition of {@code steps/src/main/java} ({@code GherkinTextTests} checks them against the glue).
 */
final class GherkinText {

    private GherkinText() {
    }

    /** The step that makes the call; for a read, the Then step that checks it is rendered by {@link #then}. */
    static String when(Action a) {
        String d = "driver " + a.caller() + " ";
        switch (a.kind()) {
            case CREATE:
                return d + "creates the shared memory object " + a.name() + " of " + a.number() + " bytes";
            case CREATE_PROTECTED:
                return d + "has created the shared memory object " + a.name() + " of " + a.number() + " bytes with " + a.text();
            case CREATE_RAW_NAME:
                return d + "creates a shared memory object of " + ScriptRunner.RAW_NAME_SIZE + " bytes with a Name of Length "
                        + a.number() + " and MaximumLength " + a.extra() + " over the buffer \"" + a.text() + "\"";
            case CREATE_UNNAMED:
                return d + "creates an unnamed shared memory object of " + a.number() + " bytes";
            case CREATE_SIZE_HIGH:
                return d + "creates the shared memory object " + a.name() + " of " + a.number()
                        + " bytes with MaximumSizeHigh " + a.extra();
            case CREATE_NULL_HANDLE:
                return d + "creates the shared memory object " + a.name() + " of " + a.number()
                        + " bytes with a NULL SharedMemoryHandle";
            case CREATE_NULL_LOCATION:
                return d + "creates the shared memory object " + a.name() + " of " + a.number() + " bytes with a NULL location";
            case CREATE_OTHER_KIND:
                return d + "creates " + ("event".equals(a.text()) ? "an " : "a ") + a.text() + " named " + a.name();
            case OPEN:
                return d + "opens " + a.name() + " with " + access(a.access());
            case OPEN_INHERIT:
                return d + "opens " + a.name() + " with " + access(a.access()) + " and InheritHandle " + bool(a.number());
            case OPEN_NULL_HANDLE:
                return d + "opens " + a.name() + " with " + access(a.access()) + " and a NULL SharedMemoryHandle";
            case OPEN_NULL_LOCATION:
                return d + "opens " + a.name() + " with " + access(a.access()) + " and a NULL location";
            case OPEN_NULL_NAME:
                return d + "opens with " + access(a.access()) + " and a NULL Name";
            case OPEN_UNTERMINATED:
                return d + "opens " + a.name() + " with " + access(a.access()) + " from an unterminated buffer";
            case OPEN_MALFORMED:
                return d + "opens with " + access(a.access()) + " a Name of Length " + a.number() + " and MaximumLength "
                        + a.extra() + " over the buffer \"" + a.text() + "\"";
            case OPEN_NULL_BUFFER:
                return d + "opens with " + access(a.access()) + " a Name of Length " + a.number() + " and MaximumLength "
                        + a.extra() + " and a NULL Buffer";
            case OPEN_INSTANCE:
                return d + "opens " + a.name() + " with " + access(a.access()) + " passing RtssInst " + a.number();
            case OPEN_OTHERS_INSTANCE:
                return d + "opens " + a.name() + " with " + access(a.access()) + " passing driver " + a.text() + "'s RtssInst";
            case OPEN_NEVER_ISSUED_INSTANCE:
                return d + "opens " + a.name() + " with " + access(a.access()) + " passing an RtssInst no attach returned";
            case WRITE:
                return d + "writes \"" + a.text() + "\" at offset " + a.number() + " of its view of " + a.name();
            case READ:
                return d + "reads " + a.extra() + " bytes at offset " + a.number() + " of its view of " + a.name();
            case VIEW_ADDRESSES:
                return d + "counts the distinct addresses of its views of " + a.name();
            case UNMAP:
                return d + "unmaps its view of " + a.name();
            case UNMAP_AGAIN:
                return d + "unmaps its view of " + a.name() + " again";
            case CLOSE:
                return d + "closes its handle to " + a.name();
            case CLOSE_NULL:
                return d + "closes the NULL handle";
            case CLOSE_AGAIN:
                return d + "closes the same handle again";
            case DETACH:
                return d + "detaches from the RTSS";
            case TERMINATE:
                return d + "is terminated";
            case RUN_AT_IRQL:
                return d + "runs at " + a.text();
            case FORCE_FAULT:
                return "the backend is forced into " + a.text();
            default:
                throw new IllegalStateException("unknown action " + a.kind());
        }
    }

    /**
     * The scenario lines of {@code action} with {@code shown} asserted: a When and its Thens, or for a read one
     * Then. {@code withOutParameters} adds the out-parameter line of a create or open.
     */
    static List<String> lines(Action action, Observation shown, boolean withOutParameters) {
        List<String> lines = new ArrayList<>();
        if (action.kind() == Action.Kind.READ) {
            if (shown.kind() == Observation.Kind.MEMORY) {
                lines.add("Then " + readCheck(action, shown));
            }
            return lines;
        }
        if (action.kind() == Action.Kind.VIEW_ADDRESSES) {
            lines.add("Then driver " + action.caller() + "'s views of " + action.name() + " are at " + shown.bytes()[0]
                    + " distinct address" + (shown.bytes()[0] == 1 ? "" : "es"));
            return lines;
        }
        boolean given = action.kind() == Action.Kind.CREATE_PROTECTED || action.kind() == Action.Kind.RUN_AT_IRQL
                || action.kind() == Action.Kind.FORCE_FAULT;
        lines.add((given ? "Given " : "When ") + when(action));
        switch (shown.kind()) {
            case CALL:
                lines.add("Then the call returns " + shown.status().name());
                if (withOutParameters && isCreateOrOpen(action)) {
                    lines.add("And " + outParameters(shown));
                }
                break;
            case MEMORY:
                // The detail keeps the outcome the reference reported (the observation may have folded the fault).
                lines.add("Then the write " + (shown.access() == MemoryAccess.Outcome.OK ? "succeeds"
                        : shown.detail().equals(MemoryAccess.Outcome.ACCESS_VIOLATION.name())
                        ? "faults with an access violation" : "finds nothing mapped"));
                break;
            default:
                break;
        }
        return lines;
    }

    private static String readCheck(Action a, Observation shown) {
        if (shown.access() != MemoryAccess.Outcome.OK) {
            return "reading " + a.extra() + " bytes at offset " + a.number() + " through driver " + a.caller()
                    + "'s view of " + a.name() + " finds nothing mapped";
        }
        byte[] bytes = shown.bytes();
        boolean zeros = true;
        boolean printable = true;
        for (byte b : bytes) {
            zeros &= b == 0;
            printable &= b >= 0x20 && b < 0x7F && b != '"';
        }
        if (zeros) {
            return "driver " + a.caller() + " reads " + bytes.length + " zero bytes at offset " + a.number()
                    + " of its view of " + a.name();
        }
        if (printable) {
            return "driver " + a.caller() + " reads \"" + new String(bytes, StandardCharsets.US_ASCII) + "\" at offset "
                    + a.number() + " of its view of " + a.name();
        }
        // Mixed bytes have no step; the first text run is what the sequence wrote there.
        return "driver " + a.caller() + " reads \"" + new String(bytes, StandardCharsets.US_ASCII).replaceAll("[^ -~]", "")
                .replace("\"", "") + "\" at offset " + a.number() + " of its view of " + a.name();
    }

    private static boolean isCreateOrOpen(Action action) {
        String kind = action.kind().name();
        return (kind.startsWith("CREATE") && action.kind() != Action.Kind.CREATE_OTHER_KIND) || kind.startsWith("OPEN");
    }

    private static String outParameters(Observation shown) {
        if (shown.status().isSuccess()) {
            return "the call delivers a handle and a view";
        }
        return shown.handleWritten() || shown.locationWritten() ? "the call writes NULL through *SharedMemoryHandle and *location"
                : "the call leaves *SharedMemoryHandle and *location untouched";
    }

    static String access(int value) {
        switch (value) {
            case 1:
                return "SHM_MAP_READ";
            case 2:
                return "SHM_MAP_WRITE";
            case 3:
                return "SHM_MAP_ALL_ACCESS";
            default:
                return String.format(Locale.ROOT, "0x%X", value);
        }
    }

    static String bool(long value) {
        return value == 0 ? "FALSE" : value == 1 ? "TRUE" : String.format(Locale.ROOT, "0x%02X", value & 0xFF);
    }
}
