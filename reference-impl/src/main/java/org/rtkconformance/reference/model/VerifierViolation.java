package org.rtkconformance.reference.model;

/**
 * A call made above PASSIVE_LEVEL, as the reference's checked mode records it (D-23), whatever the reading
 * decides about the call itself.
 *
 * @param caller the caller's name
 * @param call   the RTK function called
 * @param irql   the IRQL it was called at
 */
public record VerifierViolation(String caller, String call, int irql) {

    @Override
    public String toString() {
        return caller + " called " + call + " at IRQL " + irql + " (the page requires PASSIVE_LEVEL)";
    }
}
