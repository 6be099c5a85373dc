package org.rtkconformance.steps.run;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.rtkconformance.adapter.api.Capability;
import org.rtkconformance.adapter.api.CapabilityMissingException;

/**
 * Capabilities the run pretends the backend lacks ({@code -Drtk.mask=INTROSPECTION,UNMAP}, or
 * {@code rtk-kit run --mask}): the kit then judges the backend only through what remains, which proves
 * that no statement depends on a capability a documented call could replace.
 */
public final class CapabilityMask {

    /** The system property a run reads the mask from. */
    public static final String PROPERTY = "rtk.mask";

    private static final CapabilityMask NONE = new CapabilityMask(EnumSet.noneOf(Capability.class));

    private final Set<Capability> masked;

    private CapabilityMask(Set<Capability> masked) {
        this.masked = Collections.unmodifiableSet(masked);
    }

    /** No capability masked. */
    public static CapabilityMask none() {
        return NONE;
    }

    /**
     * The mask {@code text} lists (names separated by commas or blanks, any case; empty or null for none).
     *
     * @throws IllegalArgumentException naming the unknown entry and every valid capability
     */
    public static CapabilityMask parse(String text, String source) {
        EnumSet<Capability> masked = EnumSet.noneOf(Capability.class);
        if (text == null || text.isBlank()) {
            return NONE;
        }
        for (String entry : text.trim().split("[,\\s]+")) {
            try {
                masked.add(Capability.valueOf(entry.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("Unknown capability '" + entry + "' in " + source
                        + "; valid capabilities: " + validNames());
            }
        }
        return new CapabilityMask(masked);
    }

    /** Every capability name a mask accepts, comma-separated. */
    public static String validNames() {
        return Arrays.stream(Capability.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    public Set<Capability> masked() {
        return masked;
    }

    public boolean masks(Capability capability) {
        return masked.contains(capability);
    }

    /** {@code declared} without the masked capabilities. */
    public Set<Capability> apply(Set<Capability> declared) {
        EnumSet<Capability> left = declared.isEmpty() ? EnumSet.noneOf(Capability.class) : EnumSet.copyOf(declared);
        left.removeAll(masked);
        return Collections.unmodifiableSet(left);
    }

    /** Throws the missing-capability exception when {@code capability} is masked (the guard turns it into UNSUPPORTED). */
    void check(Capability capability) {
        if (masked.contains(capability)) {
            throw new CapabilityMissingException(capability, "masked by " + PROPERTY);
        }
    }

    @Override
    public String toString() {
        return masked.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
