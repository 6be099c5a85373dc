package org.rtkconformance.steps.assertions;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.assertj.core.api.AbstractAssert;
import org.rtkconformance.adapter.api.MemoryAccess;

/** Checks on one read or write through a view. */
public final class MemoryOutcomeAssert extends AbstractAssert<MemoryOutcomeAssert, MemoryOutcome> {

    MemoryOutcomeAssert(MemoryOutcome actual) {
        super(actual, MemoryOutcomeAssert.class);
    }

    /** The access completed. */
    public MemoryOutcomeAssert completed() {
        return hasOutcome(MemoryAccess.Outcome.OK);
    }

    /** The access ended with {@code expected} (OK, ACCESS_VIOLATION, NOT_MAPPED). */
    public MemoryOutcomeAssert hasOutcome(MemoryAccess.Outcome expected) {
        isNotNull();
        if (actual.access().outcome() != expected) {
            fail(expected.toString());
        }
        return this;
    }

    /** The access completed and read exactly {@code expected}. */
    public MemoryOutcomeAssert read(byte[] expected) {
        completed();
        if (!Arrays.equals(actual.access().data(), expected)) {
            fail(render(expected));
        }
        return this;
    }

    private void fail(String expected) {
        MemoryAccess access = actual.access();
        String seen = access.outcome() == MemoryAccess.Outcome.OK && access.data().length > 0
                ? "OK " + render(access.data()) : access.toString();
        failWithMessage("%s", ConformanceFailure.message(actual.verdict(), actual.operation(), expected, seen));
    }

    /** Printable ASCII as text, anything else in hex, so NULs and garbage are visible. */
    static String render(byte[] data) {
        boolean printable = true;
        for (byte b : data) {
            printable &= b >= 0x20 && b < 0x7F;
        }
        if (printable) {
            return "\"" + new String(data, StandardCharsets.US_ASCII) + "\" (" + data.length + " bytes)";
        }
        StringBuilder hex = new StringBuilder();
        for (byte b : data) {
            hex.append(String.format("%02X ", b));
        }
        return "[" + hex.toString().trim() + "] (" + data.length + " bytes)";
    }
}
