package org.rtkconformance.explore;

import java.util.Objects;

/**
 * One step of an explored sequence, in the vocabulary of the kit's Gherkin steps: each kind is one step
 * definition of {@code steps/src/main/java}, and its fields are that step's parameters.
 *
 * @param kind   which step
 * @param caller the driver making the call ({@code A} to {@code D})
 * @param name   the object name in the features' notation ({@code 255 × "a" + "b"}), or {@code null}
 * @param number the size, offset, MaxWFSO, RtssInst, Length or MaximumSizeHigh the step takes
 * @param access DesiredAccess (raw ULONG), or the InheritHandle byte for {@link Kind#OPEN_INHERIT}
 * @param text   the bytes written (ASCII), the raw buffer, the object kind, the other driver, the protection,
 *               the IRQL or the fault, as the step words it
 * @param extra  the second number a step takes (MaximumLength, MaximumSizeHigh)
 */
public record Action(Kind kind, String caller, String name, long number, int access, String text, long extra) {

    /** The steps the explorer draws from. */
    public enum Kind {
        CREATE, CREATE_PROTECTED, CREATE_RAW_NAME, CREATE_UNNAMED, CREATE_SIZE_HIGH, CREATE_NULL_HANDLE,
        CREATE_NULL_LOCATION, CREATE_OTHER_KIND,
        OPEN, OPEN_INHERIT, OPEN_NULL_HANDLE, OPEN_NULL_LOCATION, OPEN_NULL_NAME, OPEN_UNTERMINATED, OPEN_MALFORMED,
        OPEN_NULL_BUFFER, OPEN_INSTANCE, OPEN_OTHERS_INSTANCE, OPEN_NEVER_ISSUED_INSTANCE,
        WRITE, READ, VIEW_ADDRESSES, UNMAP, UNMAP_AGAIN, CLOSE, CLOSE_NULL, CLOSE_AGAIN, DETACH, TERMINATE, RUN_AT_IRQL,
        FORCE_FAULT
    }

    public Action {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caller, "caller");
    }

    static Action of(Kind kind, String caller, String name) {
        return new Action(kind, caller, name, 0, 0, null, 0);
    }

    Action withNumber(long value) {
        return new Action(kind, caller, name, value, access, text, extra);
    }

    Action withAccess(int value) {
        return new Action(kind, caller, name, number, value, text, extra);
    }

    Action withText(String value) {
        return new Action(kind, caller, name, number, access, value, extra);
    }

    Action withExtra(long value) {
        return new Action(kind, caller, name, number, access, text, value);
    }

    /** Whether the action is a read or a write through a view (capability VIEW_ACCESS). */
    boolean touchesMemory() {
        return kind == Kind.WRITE || kind == Kind.READ;
    }

    @Override
    public String toString() {
        return GherkinText.when(this);
    }
}
