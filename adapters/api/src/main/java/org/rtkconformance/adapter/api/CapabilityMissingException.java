package org.rtkconformance.adapter.api;

/** A harness operation the backend does not declare was asked for: the scenario is UNSUPPORTED, not failed. */
public final class CapabilityMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Capability capability;

    public CapabilityMissingException(Capability capability, String backendId) {
        super("Backend '" + backendId + "' does not declare the capability " + capability + " ("
                + capability.description() + ")");
        this.capability = capability;
    }

    /** The capability that is missing. */
    public Capability capability() {
        return capability;
    }
}
