package org.rtkconformance.steps.assertions;

/** Formats every conformance failure the same way, so a vendor reads statement, call, expected, actual and backend at a glance. */
public final class ConformanceFailure {

    private ConformanceFailure() {
    }

    /**
     * The message of a failed check.
     *
     * @param verdict  the statements and backend
     * @param what     the call or operation as written
     * @param expected what the statements demand
     * @param actual   what the backend did
     */
    public static String message(Verdict verdict, String what, String expected, String actual) {
        return "[" + String.join(", ", verdict.statements()) + "] not met by backend '" + verdict.backendId() + "'"
                + System.lineSeparator() + "  call:     " + what
                + System.lineSeparator() + "  expected: " + expected
                + System.lineSeparator() + "  actual:   " + actual;
    }
}
