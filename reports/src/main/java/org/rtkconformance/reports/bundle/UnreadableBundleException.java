package org.rtkconformance.reports.bundle;

/** The bundle exists but is not a readable, safe zip archive: an invalid bundle, not a usage error. */
final class UnreadableBundleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableBundleException(String problem) {
        super(problem);
    }
}
