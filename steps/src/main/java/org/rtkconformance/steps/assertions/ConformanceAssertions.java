package org.rtkconformance.steps.assertions;

import org.assertj.core.api.Assertions;

/** The single entry point for assertions in steps: AssertJ's plus the kit's domain assertions. */
public class ConformanceAssertions extends Assertions {

    protected ConformanceAssertions() {
    }

    public static CallOutcomeAssert assertThat(CallOutcome actual) {
        return new CallOutcomeAssert(actual);
    }

    public static MemoryOutcomeAssert assertThat(MemoryOutcome actual) {
        return new MemoryOutcomeAssert(actual);
    }

    public static ObjectStateAssert assertThat(ObjectState actual) {
        return new ObjectStateAssert(actual);
    }
}
