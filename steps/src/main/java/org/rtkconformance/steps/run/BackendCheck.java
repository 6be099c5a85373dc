package org.rtkconformance.steps.run;

import org.rtkconformance.adapter.api.BackendProvider;
import org.rtkconformance.adapter.api.discovery.BackendSelection;

/**
 * Run by the build before the steps module's tests (exec:java, phase process-test-classes): the backend
 * {@code -Drtk.backend} names must exist and be able to start, or the build stops here, once, with the list
 * of backends or the reason, instead of after the suite and the mutant sweep have run for minutes.
 */
public final class BackendCheck {

    private BackendCheck() {
    }

    /**
     * @param args the backend id (empty for the default)
     * @throws Refused naming the unknown backend and the available ones, or why the backend cannot start
     */
    public static void main(String[] args) {
        String requested = args.length == 0 || args[0].isBlank() || args[0].startsWith("${") ? null : args[0].trim();
        BackendProvider provider;
        try {
            provider = BackendSelection.discover(BackendCheck.class.getClassLoader()).select(requested);
        } catch (IllegalStateException e) {
            throw new Refused(e.getMessage());
        }
        provider.unavailableReason().ifPresent(reason -> {
            throw new Refused("Backend '" + provider.manifest().id() + "' (-D" + BackendSelection.PROPERTY
                    + ") cannot start: " + reason);
        });
    }

    /** The build stops with this message only: a stack trace of the check would bury the reason. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
