package org.rtkconformance.selftest.coverage;

import java.util.List;
import java.util.Optional;

/**
 * The branches of reference-impl that no conformance scenario should take, each with the reason: guards
 * against misuse by the harness or a bad configuration, which reference-impl's own unit tests exercise.
 * {@link CoverageReport} leaves them out of the behaviour figure and lists them apart, so the figure says
 * how much of the model's behaviour the scenarios reach.
 */
final class HarnessGuards {

    /**
     * One guarded source line, or every branching line of a file.
     *
     * @param file     the file as the report names it ({@code rules/Readings.java})
     * @param fragment text the source line contains, or {@code null} for every line of the file
     * @param reason   why no scenario takes its branches
     */
    record Guard(String file, String fragment, String reason) {

        boolean matches(String reportedFile, String code) {
            return file.equals(reportedFile) && (fragment == null || code.contains(fragment));
        }
    }

    private static final String READINGS = "parsing, equality and listing of -Drtk.reference.readings (the start-up"
            + " errors of a bad reading list)";
    private static final String FOREIGN_CALLER = "introspection handed a caller of another session";

    static final List<Guard> ALL = List.of(
            new Guard("rules/Readings.java", null, READINGS),
            new Guard("rules/Ambiguity.java", "for (Ambiguity ambiguity : values())", READINGS),
            new Guard("/SessionSettings.java", null, "validation of the session settings (memoryLimit, unknown keys)"),
            new Guard("/ReferenceCaller.java", "caller instanceof ReferenceCaller", FOREIGN_CALLER),
            new Guard("/ReferenceCaller.java", "caller == null ? null", FOREIGN_CALLER),
            new Guard("/ReferenceBackendProvider.java", "rules == null", "a provider built without rules"),
            new Guard("/ReferenceBackendProvider.java", "!asked.equals(declared)",
                    "a session whose readings setting differs from what the manifest declares"),
            new Guard("model/RtssWorld.java", "kind == ObjectKind.SHARED_MEMORY",
                    "createNamedObject(SHARED_MEMORY), a harness error"),
            new Guard("model/RtssWorld.java", "irql < 0 || irql > HIGHEST_IRQL", "an IRQL outside 0..15, a harness error"),
            new Guard("model/RtssWorld.java", "caller.isTerminated()",
                    "a call through a terminated caller throws: UNRESOLVED, never a scenario's outcome"),
            new Guard("model/RtssWorld.java", "if (closed)", "a call on a closed session throws"),
            new Guard("model/MemoryAccessor.java", "length < 0", "a negative read length, a harness error"),
            new Guard("model/SubsystemEvents.java", "fault == Fault.RTSS_STOPPED && !state.faults.contains(fault)",
                    "the harness forcing a stop that is already forced"));

    private HarnessGuards() {
    }

    /** The guard {@code code} at {@code file} falls under, if any. */
    static Optional<Guard> of(String file, String code) {
        return ALL.stream().filter(guard -> guard.matches(file, code)).findFirst();
    }
}
