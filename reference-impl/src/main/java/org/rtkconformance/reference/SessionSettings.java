package org.rtkconformance.reference;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings a session takes, as {@code BackendContext.settings()} delivers the {@code rtk.<id>.*}
 * properties: {@value #READINGS} and {@value #MEMORY_LIMIT}. An unknown key or a bad value fails at start
 * with the property to fix.
 *
 * @param readings    the readings asked for, if any (they must equal the manifest's)
 * @param memoryLimit the bytes shared-memory objects may take in total
 */
record SessionSettings(Optional<String> readings, long memoryLimit) {

    /** The key of the readings setting ({@code -Drtk.reference.readings=D-6.B,D-1.A}). */
    static final String READINGS = "readings";
    /** The key of the memory setting, in bytes. */
    static final String MEMORY_LIMIT = "memoryLimit";
    /** 64 MiB: ample for scenarios, small enough that several sessions fit in a test JVM. */
    static final long DEFAULT_MEMORY_LIMIT = 64L << 20;
    /** 1 GiB: one object's memory is one Java array. */
    static final long MAXIMUM_MEMORY_LIMIT = 1L << 30;

    static SessionSettings of(Map<String, String> settings, String backendId) {
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.remove(READINGS);
        unknown.remove(MEMORY_LIMIT);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown setting(s) " + unknown + " for backend '" + backendId
                    + "' (properties rtk." + backendId + ".<key>); known keys: " + READINGS + ", " + MEMORY_LIMIT);
        }
        String limit = settings.get(MEMORY_LIMIT);
        return new SessionSettings(Optional.ofNullable(settings.get(READINGS)),
                limit == null ? DEFAULT_MEMORY_LIMIT : memoryLimit(limit.trim(), backendId));
    }

    private static long memoryLimit(String text, String backendId) {
        long bytes;
        try {
            bytes = Long.parseLong(text);
        } catch (NumberFormatException notNumber) {
            bytes = -1;
        }
        if (bytes < 1 || bytes > MAXIMUM_MEMORY_LIMIT) {
            throw new IllegalArgumentException("rtk." + backendId + "." + MEMORY_LIMIT + " is a number of bytes from 1 to "
                    + MAXIMUM_MEMORY_LIMIT + ", not '" + text + "'");
        }
        return bytes;
    }
}
