package org.rtkconformance.adapter.api;

import java.util.Set;

/**
 * One isolated RTSS world for one scenario: its callers, objects and namespace. Closing it releases
 * everything (agents are stopped, memory returned) whatever the scenario left.
 */
public interface Backend extends AutoCloseable {

    /** The capabilities this session offers (those of its provider's manifest). */
    Set<Capability> capabilities();

    /**
     * A new caller. The second and later callers need {@link Capability#MULTIPLE_CALLERS}.
     *
     * @param name the name the scenario uses for it, for messages
     */
    Caller newCaller(String name);

    /** Introspection; throws {@link CapabilityMissingException} without {@link Capability#INTROSPECTION}. */
    Introspection introspection();

    /** Fault injection; throws {@link CapabilityMissingException} without {@link Capability#FAULT_INJECTION}. */
    FaultInjection faults();

    /**
     * The header and library this backend's calls are built from; needs {@link Capability#NATIVE_HEADER}.
     * The default, for backends without one, throws {@link CapabilityMissingException}.
     */
    default NativeInterface nativeInterface() {
        throw new CapabilityMissingException(Capability.NATIVE_HEADER);
    }

    /** Whether this session declares {@code capability}. */
    default boolean has(Capability capability) {
        return capabilities().contains(capability);
    }

    @Override
    void close();
}
