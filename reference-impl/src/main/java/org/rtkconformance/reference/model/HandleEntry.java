package org.rtkconformance.reference.model;

/**
 * One open handle in a caller's table: the object it references, the instance it was opened through
 * (D-16.A), and the view its open mapped, if any (D-14.A, D-15.C).
 */
final class HandleEntry {

    private final long value;
    private final RtssObject object;
    private final long instance;
    private final View view;

    HandleEntry(long value, RtssObject object, long instance, View view) {
        this.value = value;
        this.object = object;
        this.instance = instance;
        this.view = view;
    }

    long value() {
        return value;
    }

    RtssObject object() {
        return object;
    }

    long instance() {
        return instance;
    }

    /** The view the open mapped, or {@code null} when it mapped none. */
    View view() {
        return view;
    }
}
