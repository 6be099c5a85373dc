package org.rtkconformance.reference.model;

import org.rtkconformance.adapter.api.Address;
import org.rtkconformance.adapter.api.Handle;
import org.rtkconformance.adapter.api.NtStatus;
import org.rtkconformance.adapter.api.Out;
import org.rtkconformance.adapter.api.SharedMemoryResult;
import org.rtkconformance.reference.rules.Failure;
import org.rtkconformance.reference.rules.ReferenceRules;

/** What the calls leave behind their out-pointers: the values on success, NULL or nothing on failure (D-11). */
final class Outputs {

    private Outputs() {
    }

    /** A successful Create or Open: the handle, and the view's base when a view was mapped. */
    static SharedMemoryResult succeeded(NtStatus status, HandleEntry entry, View view) {
        Out<Address> location = view == null ? Out.untouched() : Out.written(new Address(view.base()));
        return SharedMemoryResult.of(status, Out.written(new Handle(entry.value())), location);
    }

    /** A refused Create or Open, with its out-pointers written or untouched per D-11. */
    static SharedMemoryResult refused(ReferenceRules rules, Failure failure, boolean handlePointer,
                                      boolean locationPointer) {
        return SharedMemoryResult.of(rules.status(failure), onFailure(rules, handlePointer, Handle.NULL),
                onFailure(rules, locationPointer, Address.NULL));
    }

    /** What a failed call leaves behind a pointer: NULL written under D-11.D, otherwise nothing. */
    static <T> Out<T> onFailure(ReferenceRules rules, boolean pointer, T nullValue) {
        return pointer && rules.writesOutParametersOnFailure() ? Out.written(nullValue) : Out.untouched();
    }
}
