package org.rtkconformance.reference.rules;

import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_HANDLE;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_INVALID_PARAMETER;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_NAME_TOO_LONG;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_NO_MEMORY;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_NO_SUCH_DEVICE;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_INVALID;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_OBJECT_NAME_NOT_FOUND;
import static org.rtkconformance.adapter.api.NtStatus.STATUS_UNSUCCESSFUL;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.rtkconformance.adapter.api.NtStatus;

/**
 * The status of every {@link Failure} under given readings. Readings pick entries from small tables
 * rather than branching, so each reading is data a reader can check against {@code docs/INTERPRETATIONS.md}.
 */
final class StatusTable {

    private StatusTable() {
    }

    static Map<Failure, NtStatus> of(Readings readings) {
        NtStatus notFound = Map.of("A", STATUS_UNSUCCESSFUL, "B", STATUS_OBJECT_NAME_NOT_FOUND,
                "C", STATUS_INVALID_PARAMETER, "D", STATUS_INVALID_HANDLE).get(readings.choice(Ambiguity.D_6));
        Map<Failure, NtStatus> table = new EnumMap<>(Failure.class);
        table.put(Failure.IRQL_NOT_PASSIVE, Map.of("A", STATUS_UNSUCCESSFUL, "B", STATUS_INVALID_PARAMETER,
                "C", STATUS_UNSUCCESSFUL).get(readings.choice(Ambiguity.D_23)));
        table.put(Failure.SUBSYSTEM_STOPPED, STATUS_NO_SUCH_DEVICE);
        table.put(Failure.INVALID_INSTANCE, STATUS_INVALID_PARAMETER);
        table.put(Failure.INTERNAL_FAILURE, STATUS_UNSUCCESSFUL);
        table.put(Failure.MEMORY_EXHAUSTED, STATUS_NO_MEMORY);
        table.put(Failure.ATTACH_MAX_WFSO_ZERO, STATUS_INVALID_PARAMETER);
        table.put(Failure.NULL_HANDLE_POINTER, STATUS_INVALID_PARAMETER);
        table.put(Failure.NULL_LOCATION, STATUS_INVALID_PARAMETER);
        table.put(Failure.DESIRED_ACCESS, STATUS_INVALID_PARAMETER);
        table.put(Failure.INHERIT_HANDLE, STATUS_INVALID_PARAMETER);
        table.put(Failure.NAME_NULL, Map.of("A", STATUS_INVALID_PARAMETER, "B", notFound)
                .get(readings.choice(Ambiguity.D_10)));
        table.put(Failure.NAME_MALFORMED, STATUS_INVALID_PARAMETER);
        table.put(Failure.NAME_EMPTY, Map.of("A", STATUS_INVALID_PARAMETER, "B", notFound, "C", notFound)
                .get(readings.choice(Ambiguity.D_9)));
        table.put(Failure.NAME_TOO_LONG, Map.of("A", STATUS_INVALID_PARAMETER, "B", STATUS_INVALID_PARAMETER,
                "C", STATUS_INVALID_PARAMETER, "D", STATUS_NAME_TOO_LONG, "E", STATUS_INVALID_PARAMETER,
                "F", STATUS_INVALID_PARAMETER).get(readings.choice(Ambiguity.D_8)));
        table.put(Failure.NAME_BACKSLASH, Map.of("A", STATUS_INVALID_PARAMETER, "B", notFound,
                "C", STATUS_INVALID_PARAMETER, "D", STATUS_OBJECT_NAME_INVALID).get(readings.choice(Ambiguity.D_12)));
        table.put(Failure.CREATE_NAME_BACKSLASH, Map.of("A", STATUS_INVALID_PARAMETER, "B", STATUS_INVALID_PARAMETER,
                "C", STATUS_INVALID_PARAMETER, "D", STATUS_OBJECT_NAME_INVALID).get(readings.choice(Ambiguity.D_12)));
        table.put(Failure.NOT_FOUND, notFound);
        table.put(Failure.WRONG_KIND, Map.of("A", STATUS_INVALID_HANDLE, "B", notFound)
                .get(readings.choice(Ambiguity.D_7)));
        table.put(Failure.CREATE_WRONG_KIND, STATUS_INVALID_HANDLE);
        table.put(Failure.PROTECTION, STATUS_UNSUCCESSFUL);
        table.put(Failure.SIZE_HIGH_NOT_ZERO, STATUS_INVALID_PARAMETER);
        table.put(Failure.SIZE_ZERO, STATUS_INVALID_PARAMETER);
        table.put(Failure.CLOSE_NULL_HANDLE, STATUS_INVALID_PARAMETER);
        table.put(Failure.CLOSE_INVALID_HANDLE, STATUS_UNSUCCESSFUL);
        table.put(Failure.CLOSE_VIEW_MAPPED, STATUS_INVALID_PARAMETER);
        table.put(Failure.UNMAP_NOT_MAPPED, STATUS_INVALID_PARAMETER);
        return Collections.unmodifiableMap(table);
    }
}
