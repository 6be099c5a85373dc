package org.rtkconformance.steps.assertions;

import org.assertj.core.api.AbstractAssert;
import org.rtkconformance.adapter.api.ObjectInfo;

/** Checks on one named object as introspection sees it. */
public final class ObjectStateAssert extends AbstractAssert<ObjectStateAssert, ObjectState> {

    ObjectStateAssert(ObjectState actual) {
        super(actual, ObjectStateAssert.class);
    }

    /** No live object has the name. */
    public ObjectStateAssert doesNotExist() {
        isNotNull();
        if (actual.info().isPresent()) {
            fail("no live object named " + actual.name());
        }
        return this;
    }

    /** A live object has the name. */
    public ObjectStateAssert exists() {
        isNotNull();
        if (actual.info().isEmpty()) {
            fail("a live object named " + actual.name());
        }
        return this;
    }

    /** The object is alive with exactly {@code expected} open handles across callers. */
    public ObjectStateAssert hasHandleCount(int expected) {
        exists();
        if (actual.info().get().handleCount() != expected) {
            fail(expected + " open handle(s) to " + actual.name());
        }
        return this;
    }

    /** The object is alive and {@code expected} bytes long. */
    public ObjectStateAssert hasSize(long expected) {
        exists();
        if (actual.info().get().size() != expected) {
            fail(actual.name() + " of " + expected + " bytes");
        }
        return this;
    }

    private void fail(String expected) {
        String seen = actual.info().map(ObjectStateAssert::describe).orElse("no live object named " + actual.name());
        failWithMessage("%s", ConformanceFailure.message(actual.verdict(), "introspection lookup of " + actual.name(),
                expected, seen));
    }

    static String describe(ObjectInfo info) {
        return info.kind() + " " + (info.name() == null ? "(unnamed)" : info.name().describe()) + ", " + info.size()
                + " bytes, handles=" + info.handleCount() + ", views=" + info.viewCount();
    }
}
