package org.rtkconformance.selftest.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What one sweep found, as {@code sweep.json} holds it: the self-test reads it back from the sweep JVM.
 *
 * @param wallSeconds        the sweep's wall time, launches included
 * @param scenarios          scenarios per launch
 * @param referenceTally     the reference's result classes, {@code PASS=.. FAIL=..}
 * @param referenceProblems  the scenarios the reference got wrong (see {@link BaselineCheck})
 * @param notExercised       the required scenarios the reference could not run (UNSUPPORTED), with the reason
 * @param mutants            one result per mutant, in sweep order
 * @param undeclaredTally    the result classes of the reference declaring no reading at all
 * @param undeclaredFloors   how many floor scenarios that backend passed
 * @param undeclaredShown    the readings its probe showed, per ambiguity: its fingerprint as observed
 * @param undeclaredProblems what it got wrong, or a floor it was not checked by (see {@link BaselineCheck})
 */
public record SweepReport(double wallSeconds, int scenarios, String referenceTally, List<String> referenceProblems,
                          List<String> notExercised, List<MutantResult> mutants, String undeclaredTally,
                          long undeclaredFloors, String undeclaredShown, List<String> undeclaredProblems) {

    /** The file name inside the mutation directory. */
    public static final String FILE = "sweep.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SweepReport {
        referenceProblems = List.copyOf(referenceProblems);
        notExercised = List.copyOf(notExercised);
        mutants = List.copyOf(mutants);
        undeclaredProblems = List.copyOf(undeclaredProblems);
    }

    /** {@code mutants: N killed by own statement, M killed elsewhere, K survived}. */
    public String summary() {
        return "mutants: " + count(Kill.KILLED_BY_OWN_STATEMENT) + " killed by own statement, "
                + count(Kill.KILLED_ELSEWHERE) + " killed elsewhere, " + count(Kill.SURVIVED) + " survived";
    }

    public long count(Kill kill) {
        return mutants.stream().filter(result -> result.kill() == kill).count();
    }

    void write(Path directory) throws IOException {
        JSON.writeValue(directory.resolve(FILE).toFile(), this);
    }

    /**
     * The report a sweep left in {@code directory}.
     *
     * @throws IOException naming the file when it is missing or not a sweep report
     */
    public static SweepReport read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("No sweep report at " + file + ": the sweep did not finish");
        }
        try {
            return JSON.readValue(file.toFile(), SweepReport.class);
        } catch (IOException unreadable) {
            throw new IOException(file + " is not a sweep report: " + unreadable.getMessage(), unreadable);
        }
    }
}
