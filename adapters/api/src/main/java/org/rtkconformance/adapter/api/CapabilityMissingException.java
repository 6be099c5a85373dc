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

    /** The same, for a session that does not know its backend's id (a port default method). */
    public CapabilityMissingException(Capability capability) {
        super("The backend does not declare the capability " + capability + " (" + capability.description() + ")");
        this.capability = capability;
    }

    /** The capability that is missing. */
    public Capability capability() {
        return capability;
    }
}
