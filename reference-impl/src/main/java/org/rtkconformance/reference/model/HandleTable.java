package org.rtkconformance.reference.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The handles one caller holds open, by value. New values come from the session-wide counter (unique,
 * never reused: D-19.A) or are the caller's lowest free value (D-19.B).
 */
final class HandleTable {

    /** Handle values are multiples of 4, as NT's are; 0 is NULL. */
    static final long STEP = 4;

    private final Map<Long, HandleEntry> open = new LinkedHashMap<>();

    /** The value the next handle gets: from {@code sessionCounter}, or the lowest free one when reusing. */
    long nextValue(boolean reuse, LongSupplier sessionCounter) {
        if (!reuse) {
            return sessionCounter.getAsLong();
        }
        long value = STEP;
        while (open.containsKey(value)) {
            value += STEP;
        }
        return value;
    }

    void add(HandleEntry entry) {
        open.put(entry.value(), entry);
    }

    void remove(HandleEntry entry) {
        open.remove(entry.value());
    }

    Optional<HandleEntry> get(long value) {
        return Optional.ofNullable(open.get(value));
    }

    List<HandleEntry> all() {
        return new ArrayList<>(open.values());
    }

    int size() {
        return open.size();
    }
}
